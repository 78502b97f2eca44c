/**
 * Reads one located plan table: every body row classified by the rules (rowRules.ts), the area
 * numerals' style decided from their sequence (numerals.ts), then the fields of each target or task
 * read from the columns the header named.
 */
import { columnLetter, type CellValue } from '../grid';
import type { Ambiguity } from '../locate/headerBands';
import type { LocatedTable, PlanRole } from '../locate/planTables';
import { indicatorsOf } from '../parse/percentages';
import { parseBudget } from '../parse/budget';
import { parseTimeframe } from '../parse/timeframe';
import type { Target, Task } from '../schema';
import { readable, readableLines } from '../text/normalize';
import { memoByText } from '../text/memo';
import { codeOfCell, codePrefix } from './codes';
import { areaHead, decideStyle, numeralValue, type NumeralStyle } from './numerals';
import { classifyRow, rowFacts, type RowFacts, type RowKind } from './rowRules';
import { splitProducts } from './products';

export interface TotalsLine {
  row: number;
  text: string;
  counts: number[];
}

export interface ReadTable {
  located: LocatedTable;
  sheet: string;
  columns: Partial<Record<PlanRole, string>>;
  targets: Target[];
  tasks: Task[];
  /** Area numerals in order, as typed (`I`, `2`, `B`). */
  sections: string[];
  /** How the area numerals are written, decided from their sequence. */
  numeralStyle: NumeralStyle | null;
  totals: TotalsLine | null;
  /** Last physical row read (the closing line, or the last data row). */
  endRow: number;
  /** Rows with a number but no text: still rows of the table. */
  rowsWithoutText: { row: number; number: string }[];
  /** Cells of the table's columns holding an Excel error value (`#DIV/0!`, `#REF!`, `#N/A`…). */
  errorCells: { row: number; column: string; value: string }[];
  /** Roles that two columns name equally well. */
  ambiguous: Ambiguity[];
  /** How many body rows of each kind (the reading shown to the user). */
  rowKinds: Partial<Record<RowKind, number>>;
}

/** Excel's error values as Range.values and exceljs give them. */
export const EXCEL_ERROR = /^#(?:DIV\/0!|REF!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!)$/;

interface Context {
  planYear: number | null;
}

function letters(columns: Map<PlanRole, number>): Partial<Record<PlanRole, string>> {
  const out: Partial<Record<PlanRole, string>> = {};
  for (const [role, col] of columns) out[role] = columnLetter(col);
  return out;
}

interface Section {
  token: string;
  value: number | null;
  title: string;
}

/** The integer a numbering cell holds: 3, `3`, `3.`, `(3)`; null otherwise. */
export function numberingOf(v: unknown): number | null {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 ? v : null;
  if (typeof v !== 'string') return null;
  const m = /^\(?\s*(\d{1,7})\s*[.)]?\s*$/.exec(readable(v));
  return m ? Number(m[1]) : null;
}

/** Body rows with their kinds, up to the table's end; area rows whose numeral is not the table's style are items. */
function classifyBody(t: LocatedTable): { rows: { facts: RowFacts; kind: RowKind }[]; style: NumeralStyle | null; totals: TotalsLine | null; endRow: number } {
  const { view } = t;
  const rows: { facts: RowFacts; kind: RowKind }[] = [];
  let totals: TotalsLine | null = null;
  let endRow = t.header.firstDataRow - 1;
  // The facts read while the table's end was sought, then any rows after them.
  const known = new Map<number, RowFacts>();
  for (const f of t.scanned) known.set(f.row, f);
  for (let row = t.header.firstDataRow; row <= t.lastRow; row++) {
    if (t.repeatedHeaderRows.has(row)) continue;
    const facts = known.get(row) ?? rowFacts(view, row, t);
    const kind = classifyRow(facts);
    if (kind === 'footer' || kind === 'next-title') break;
    if (kind === 'blank') continue;
    endRow = row;
    if (kind === 'total') {
      const text = facts.cells.map((c) => readable(c.value)).join(' ');
      totals = { row, text, counts: [...text.matchAll(/\d+/g)].map((m) => Number(m[0])) };
      break;
    }
    rows.push({ facts, kind });
  }
  const style = decideStyle(rows.filter((r) => r.kind === 'area' && r.facts.areaHead!.token !== '').map((r) => r.facts.areaHead!.token));
  for (const r of rows) {
    const token = r.kind === 'area' ? r.facts.areaHead!.token : '';
    if (r.kind !== 'area' || token === '' || (style !== null && numeralValue(token, style) !== null)) continue;
    r.kind = r.facts.numbered || r.facts.cells.some((c) => c.role === 'text') ? 'item' : 'note';
  }
  return { rows, style, totals, endRow };
}

export function readTable(t: LocatedTable, ctx: Context): ReadTable {
  const { view, columns } = t;
  // Owners, coordinators, timeframes and notes repeat down a sheet: each distinct text is read once.
  const text$ = memoByText((s) => readable(s));
  const readCell = (v: CellValue) => (typeof v === 'string' ? text$(v) : readable(v));
  const timeframe$ = memoByText((s) => parseTimeframe(s, null, { planYear: ctx.planYear }));
  const budget$ = memoByText((s) => parseBudget(s));
  const col = (role: PlanRole) => columns.get(role);
  const cellOf = (row: number, role: PlanRole) => {
    const c = col(role);
    return c === undefined ? null : view.value(row, c);
  };
  const body = classifyBody(t);
  const out: ReadTable = {
    located: t,
    sheet: view.sheet,
    columns: letters(columns),
    targets: [],
    tasks: [],
    sections: [],
    numeralStyle: body.style,
    totals: body.totals,
    endRow: body.endRow,
    rowsWithoutText: [],
    errorCells: [],
    ambiguous: t.header.ambiguous.filter((a) => !t.overridden.includes(a.role)),
    rowKinds: {},
  };
  const allCols = [...columns.values()];
  const sttCol = col('stt');
  const areaCol = col('area');
  let section: Section | null = null;
  /** Plain task numbers as typed, with their area, to tell a per-area restart from a duplicate. */
  const plain: { task: Task; n: number }[] = [];

  for (const { facts, kind } of body.rows) {
    out.rowKinds[kind] = (out.rowKinds[kind] ?? 0) + 1;
    const row = facts.row;
    if (kind === 'area') {
      const head = facts.areaHead!;
      // An area heading without a numeral is numbered by its place, as a reader counts them.
      const value = head.token ? (body.style ? numeralValue(head.token, body.style) : null) : out.sections.length + 1;
      section = { token: head.token, value, title: head.title };
      // An area without a numeral is told apart by its title.
      out.sections.push(head.token || head.title);
      continue;
    }
    if (kind !== 'item') continue;
    for (const c of allCols) {
      const v = view.raw(row, c);
      if (typeof v === 'string' && v.charCodeAt(0) === 35 && EXCEL_ERROR.test(v)) out.errorCells.push({ row, column: columnLetter(c), value: v });
    }
    const text = readable(cellOf(row, 'text'));
    // A number merged down over several rows is an area number, not the row's own.
    const sttMerge = sttCol !== undefined ? view.mergeAt(row, sttCol) : undefined;
    const sttMerged = sttMerge !== undefined && sttMerge.endRow > sttMerge.startRow;
    const sttValue = sttCol !== undefined ? view.value(row, sttCol) : null;
    const sttFormat = sttCol !== undefined && sttMerge === undefined ? view.numberFormat(row, sttCol) : null;
    const lead = readCell(cellOf(row, 'lead'));
    const coordinators = readCell(cellOf(row, 'coordinators'));

    if (t.kind === 'targets') {
      const stt = sttMerged ? null : numberingOf(sttValue);
      if (!text) {
        if (stt !== null) out.rowsWithoutText.push({ row, number: String(stt) });
        continue;
      }
      out.targets.push({
        sheet: view.sheet,
        row,
        section: section ? section.token || null : null,
        sectionTitle: section?.title ?? null,
        stt,
        text,
        lead,
        coordinators,
        indicators: indicatorsOf(stt, text),
      });
      continue;
    }

    const prefix = codePrefix(text);
    const own = sttMerged ? null : codeOfCell(sttValue, sttFormat);
    let code: string | null = prefix && (prefix.code.includes('.') || own === null) ? prefix.code : own ?? prefix?.code ?? null;
    const taskText = prefix ? prefix.rest : text;
    if (!taskText) {
      if (code !== null) out.rowsWithoutText.push({ row, number: code });
      continue;
    }
    // The area: the first part of a dotted code, else a number merged over the area's rows, else
    // a numeral heading the area column, else the area row above.
    const areaText = areaCol !== undefined ? readCell(view.value(row, areaCol)) : '';
    const areaTextHead = areaText ? areaHead(areaText) : null;
    const areaFromCode = code && code.includes('.') ? Number(code.split('.')[0]) : null;
    const areaMerged = sttMerged ? numberingOf(sttValue) : null;
    const areaFromText = areaTextHead ? (numeralValue(areaTextHead.token, 'arabic') ?? numeralValue(areaTextHead.token, 'roman')) : null;
    const area = areaFromCode ?? areaMerged ?? areaFromText ?? section?.value ?? null;
    const tfCol = col('timeframe');
    const tfValue = tfCol !== undefined ? view.value(row, tfCol) : null;
    const budgetValue = cellOf(row, 'budget');
    const task: Task = {
      sheet: view.sheet,
      row,
      area,
      areaTitle: (areaTextHead ? areaTextHead.title : areaText) || section?.title || null,
      code: code ?? '',
      task: taskText,
      products: splitProducts(readableLines(cellOf(row, 'products'))),
      lead,
      coordinators,
      timeframe: typeof tfValue === 'string' ? timeframe$(tfValue) : parseTimeframe(tfValue, tfCol !== undefined ? view.numberFormat(row, tfCol) : null, { planYear: ctx.planYear }),
      budget: typeof budgetValue === 'string' ? (EXCEL_ERROR.test(budgetValue) ? { amount: null, note: null } : budget$(budgetValue)) : parseBudget(budgetValue),
    };
    out.tasks.push(task);
    if (code !== null && /^\d+$/.test(code)) plain.push({ task, n: Number(code) });
    code = null;
  }
  qualifyRestartingCodes(plain);
  qualifyRestartingTargets(out.targets);
  return out;
}

/**
 * Plain task numbers that restart at 1 in each area (`1, 2, 3` under I, `1, 2` under II) are
 * numbered within the area: task 2 of area II is `2.2`, as a reader would cite it, and as a unit's
 * report must key it. Numbers running on across areas stay as typed.
 */
function qualifyRestartingCodes(plain: { task: Task; n: number }[]): void {
  let restarts = false;
  for (let i = 1; i < plain.length; i++) {
    const a = plain[i];
    const prev = plain[i - 1];
    if (a.n === 1 && a.task.area !== null && a.task.area !== prev.task.area) restarts = true;
  }
  if (!restarts) return;
  for (const { task, n } of plain) if (task.area !== null) task.code = `${task.area}.${n}`;
}

/** Targets numbered again from 1 in each section get their section in their indicator ids (`2.1`, `2.3a`), so no two share one. */
function qualifyRestartingTargets(targets: Target[]): void {
  const seen = new Set<number>();
  let restarts = false;
  for (const t of targets) {
    if (t.stt === null) continue;
    if (seen.has(t.stt)) restarts = true;
    seen.add(t.stt);
  }
  if (!restarts) return;
  const sections = new Map<string, number>();
  for (const t of targets) {
    // A section without a numeral is told apart by its title.
    const key = t.section ?? t.sectionTitle;
    if (t.stt === null || key === null) continue;
    if (!sections.has(key)) sections.set(key, sections.size + 1);
    t.indicators = indicatorsOf(`${sections.get(key)}.${t.stt}`, t.text);
  }
}
