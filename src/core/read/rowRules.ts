/**
 * What each row of a table's body is, by a small set of explicit rules tried in order; the first
 * that holds decides:
 *
 * | kind              | when                                                                          |
 * |-------------------|-------------------------------------------------------------------------------|
 * | `blank`           | no cell of its own holds anything (a cell merged down from above is not its own) |
 * | `numbering`       | every filled cell numbers a column (`(1) (2)…`, `1 2 3…`, `A B 1 2…`)          |
 * | `repeated-header` | its cells repeat the header's words in the header's columns (a page break pasted back) |
 * | `total`           | no number of its own, and it opens with `Tổng cộng`, `Tổng số 30…`, `Cộng:`    |
 * | `next-title`      | no number, and it opens with `Phụ lục` or `Ban hành kèm theo`                  |
 * | `footer`          | no number, at most two cells, and it opens the signature block or `Nơi nhận:` |
 * | `area`            | a numeral and a title (or a lone heading text in the task column or across the row), and nothing in the owner, timeframe, deliverable or budget columns |
 * | `note`            | it opens with `Ghi chú`/`Lưu ý`, or has neither text nor a number of its own   |
 * | `item`            | anything else: a target or a task                                             |
 *
 * `total`, `next-title` and `footer` end the table; blank rows never do.
 */
import type { CellValue } from '../grid';
import { headerWords } from '../locate/headerWords';
import { isNumberingRow } from '../locate/numberingRow';
import type { SheetView } from '../locate/sheetView';
import { FOOTER_OPENERS, NEXT_TITLE_OPENERS, NOTE_OPENERS, TOTAL_OPENERS, type PlanRole } from '../locate/vocabulary';
import { foldKey, isBlank, readable } from '../text/normalize';
import { areaHead, bareNumeral, type AreaHead } from './numerals';
import { codePrefix } from './codes';

export type RowKind =
  'blank' | 'numbering' | 'repeated-header' | 'total' | 'next-title' | 'footer' | 'area' | 'note' | 'item';

/** What the table looks like, as the rules need it. */
export interface TableShape {
  columns: ReadonlyMap<PlanRole, number>;
  firstCol: number;
  lastCol: number;
}

export interface RowCell {
  col: number;
  value: CellValue;
  role: PlanRole | undefined;
  /** Merged across two or more columns. */
  across: boolean;
}

export interface RowFacts {
  row: number;
  /** Own filled cells, left to right: a merge counts once, at its top-left; cells merged down from above are left out. */
  cells: RowCell[];
  /** The row's first text, readable, and its folded key ('' when none). */
  firstText: string;
  firstKey: string;
  /** A number of its own in the number (STT/TT) column. */
  numbered: boolean;
  /** Cells repeating the header word of their own column. */
  headerEchoes: number;
  numberingRow: boolean;
  /** The area numeral and title when the row is shaped like an area heading. */
  areaHead: AreaHead | null;
}

/** How much of a row's first text the opener rules read (the longest opener is far shorter, even in NFD). */
const OPENER_SPAN = 40;

/** Columns whose filling makes a row a task or a target, never an area heading. */
const ITEM_ROLES: ReadonlySet<PlanRole> = new Set(['lead', 'coordinators', 'timeframe', 'start', 'budget', 'products']);

const FOOTER_WHOLE = new Set([
  'chu tich',
  'pho chu tich',
  'giam doc',
  'pho giam doc',
  'truong phong',
  'thu truong don vi',
  'nguoi lap bieu',
  'thu truong',
]);

function roleIndex(columns: ReadonlyMap<PlanRole, number>): Map<number, PlanRole> {
  const byCol = new Map<number, PlanRole>();
  for (const [role, col] of columns) byCol.set(col, role);
  return byCol;
}

const roleIndexes = new WeakMap<ReadonlyMap<PlanRole, number>, Map<number, PlanRole>>();

function rolesByColumn(columns: ReadonlyMap<PlanRole, number>): Map<number, PlanRole> {
  let idx = roleIndexes.get(columns);
  if (!idx) {
    idx = roleIndex(columns);
    roleIndexes.set(columns, idx);
  }
  return idx;
}

function echoes(v: CellValue, role: PlanRole | undefined): boolean {
  if (role === undefined || typeof v !== 'string') return false;
  return headerWords(v).matches.some((m) => m.role === role);
}

/**
 * How many of a row's cells name their own column's role, as a repeated header's cells do. The
 * rule asks for all but one, so counting stops at the second cell that does not: the count is then
 * already too low, whatever the rest hold. Short texts go first, so a data row's long, unique task
 * text is never folded and matched against the vocabulary (on a 50,000-row table that matching was
 * most of the engine's time).
 */
function headerEchoCount(cells: readonly RowCell[]): number {
  let misses = 0;
  const texts: RowCell[] = [];
  for (const c of cells) {
    if (c.role !== undefined && typeof c.value === 'string') texts.push(c);
    else if (++misses >= 2) return 0;
  }
  texts.sort((a, b) => (a.value as string).length - (b.value as string).length);
  let echo = 0;
  for (const c of texts) {
    if (echoes(c.value, c.role)) echo++;
    else if (++misses >= 2) return echo;
  }
  return echo;
}

function isNumberValue(v: CellValue): boolean {
  if (typeof v === 'number') return true;
  return typeof v === 'string' && /^\s*\(?\d{1,7}(?:[.,]\d{1,4})*[.)]?\s*$/.test(v);
}

function areaShape(cells: RowCell[], firstText: string): AreaHead | null {
  if (cells.length === 0 || cells.length > 2) return null;
  if (cells.some((c) => c.role !== undefined && ITEM_ROLES.has(c.role))) return null;
  if (cells.length === 1) {
    const only = cells[0];
    if (typeof only.value !== 'string') return null;
    const head = areaHead(firstText);
    if (head) return head;
    // A heading without a numeral (`Nhiệm vụ thường xuyên`, typed bold across the row): one text
    // in the task column or across the row, no code, nothing else a task would have.
    if (
      (only.role === 'text' || only.across) &&
      codePrefix(firstText) === null &&
      !NOTE_OPENERS.test(foldKey(firstText)) &&
      /\p{L}{2}/u.test(firstText) &&
      firstText.length <= 200
    ) {
      return { token: '', title: firstText };
    }
    return null;
  }
  const a = cells[0].value;
  const b = cells[1].value;
  if (typeof b !== 'string' || (typeof a !== 'string' && typeof a !== 'number')) return null;
  const token = bareNumeral(a);
  if (token === null) return null;
  const title = readable(b);
  return title && bareNumeral(title) === null ? { token, title } : null;
}

/** The facts the rules decide on, read once per row. */
export function rowFacts(view: SheetView, row: number, shape: TableShape): RowFacts {
  const byCol = rolesByColumn(shape.columns);
  const sttCol = shape.columns.get('stt');
  const cells: RowCell[] = [];
  let echo = 0;
  let numbered = false;
  let hasNumber = false;
  for (let col = shape.firstCol; col <= shape.lastCol; col++) {
    const m = view.mergeAt(row, col);
    if (m && (m.startRow !== row || m.startCol !== col)) continue;
    const v = view.raw(row, col);
    if (isBlank(v)) continue;
    const role = byCol.get(col);
    cells.push({ col, value: v, role, across: m !== undefined && m.endCol > m.startCol });
    if (typeof v === 'number') hasNumber = true;
    if (col === sttCol && isNumberValue(v)) numbered = true;
  }
  const first = cells.find((c) => typeof c.value === 'string');
  const firstText = first ? readable(first.value) : '';
  // A header holds no number: only a row without one is compared with the header's words.
  if (!hasNumber && cells.length >= 2) echo = headerEchoCount(cells);
  // The openers the rules look for are short: folding the start of the text is enough.
  const firstKey = first ? foldKey(firstText.length > OPENER_SPAN ? firstText.slice(0, OPENER_SPAN) : firstText) : '';
  const numberingRow =
    cells.length >= 2 && isNumberingRow(view, row, shape.firstCol, shape.lastCol, Math.min(3, shape.columns.size));
  return {
    row,
    cells,
    firstText,
    firstKey,
    numbered,
    headerEchoes: echo,
    numberingRow,
    areaHead: areaShape(cells, firstText),
  };
}

export interface RowRule {
  kind: RowKind;
  test: (f: RowFacts) => boolean;
}

/** The rules, in the order they are tried. */
export const ROW_RULES: readonly RowRule[] = [
  { kind: 'blank', test: (f) => f.cells.length === 0 },
  { kind: 'numbering', test: (f) => f.numberingRow },
  { kind: 'repeated-header', test: (f) => f.headerEchoes >= 2 && f.headerEchoes >= f.cells.length - 1 },
  { kind: 'total', test: (f) => !f.numbered && TOTAL_OPENERS.test(f.firstKey) },
  { kind: 'next-title', test: (f) => !f.numbered && f.cells.length <= 2 && NEXT_TITLE_OPENERS.test(f.firstKey) },
  {
    kind: 'footer',
    test: (f) =>
      !f.numbered && f.cells.length <= 2 && (FOOTER_OPENERS.test(f.firstKey) || FOOTER_WHOLE.has(f.firstKey)),
  },
  { kind: 'area', test: (f) => f.areaHead !== null },
  {
    kind: 'note',
    test: (f) => NOTE_OPENERS.test(f.firstKey) || (!f.numbered && !f.cells.some((c) => c.role === 'text')),
  },
  { kind: 'item', test: () => true },
];

export function classifyRow(f: RowFacts): RowKind {
  for (const rule of ROW_RULES) if (rule.test(f)) return rule.kind;
  return 'item';
}

/** Kinds after which the table has ended (a closing count is still read as the table's own). */
export const ENDS_TABLE: ReadonlySet<RowKind> = new Set(['total', 'next-title', 'footer']);
