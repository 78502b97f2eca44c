/**
 * Finds the header bands of plan tables: one to three rows whose cells name the columns' roles,
 * group headers over sub-columns (`Cơ quan thực hiện` over `Chủ trì | Phối hợp`, `Thời gian thực
 * hiện` over `Bắt đầu | Hoàn thành`), and the numbering row under them (`(1) (2) (3)…`). Candidates
 * are scored — how many roles, how specific the words — and the best band at each place wins, so a
 * title holding header words (`PHÂN CÔNG NHIỆM VỤ…`) or the national heading is never the header.
 */
import type { CellValue } from '../grid';
import { bestMatch, headerWords, type HeaderWords, type WordMatch } from './headerWords';
import { isNumberingRow } from './numberingRow';
import type { SheetView } from './sheetView';
import type { PlanRole } from './vocabulary';

export interface Ambiguity {
  role: PlanRole;
  /** Physical columns that name the role equally well; the first is the one read. */
  columns: number[];
}

export interface HeaderBand {
  /** Physical row of the first header row. */
  headerRow: number;
  /** 1 to 3. */
  headerRows: number;
  /** Role → physical column. */
  columns: Map<PlanRole, number>;
  /** The row numbering the columns under the header, if any. */
  numberingRow: number | null;
  /** First physical row after the header (and its numbering row). */
  firstDataRow: number;
  ambiguous: Ambiguity[];
  /** How strongly the band reads as a header: roles found, then how specific their words are. */
  score: number;
}

const MAX_BAND_ROWS = 3;

/** Roles whose doubt changes what the checks say: an equal second reading of one of these is reported. */
const DECISIVE: ReadonlySet<PlanRole> = new Set(['text', 'lead', 'timeframe', 'budget', 'stt']);

interface RowShape {
  /** Own cells (top-left of any merge starting in this row) that name a role. */
  matching: number;
  /** Own filled cells. */
  filled: number;
  /** A number, or a heading line: this row cannot be part of a header. */
  excluded: boolean;
}

/** True when the cell above lies in a group header merged across columns (a sub-header's place). */
function underGroupAt(view: SheetView, row: number, col: number): boolean {
  const m = view.mergeAt(row - 1, col);
  return m !== undefined && m.endCol > m.startCol && m.endRow === row - 1;
}

/**
 * The row's own cells: how many name a role, how many are filled. Under a group header
 * (`Kinh phí` over `Tổng số | Ngân sách | Nguồn khác`) a sub-header that names nothing is not
 * counted against the row, when `sub` is set.
 */
function shapeOf(view: SheetView, row: number, sub = false): RowShape {
  let matching = 0;
  let filled = 0;
  for (let col = view.firstCol; col <= view.lastCol; col++) {
    const m = view.mergeAt(row, col);
    if (m && (m.startRow !== row || m.startCol !== col)) continue;
    const v = view.raw(row, col);
    if (v === null || (typeof v === 'string' && v.trim() === '')) continue;
    if (typeof v !== 'string') return { matching, filled: filled + 1, excluded: true };
    const w = headerWords(v);
    if (w.never) return { matching, filled: filled + 1, excluded: true };
    if (w.matches.length) matching++;
    if (w.matches.length || !sub || !underGroupAt(view, row, col)) filled++;
  }
  return { matching, filled, excluded: false };
}

/** The header text a column shows at one level of the band: its own cell, or the group merged across it. */
function levelText(view: SheetView, row: number, col: number): HeaderWords | null {
  const m = view.mergeAt(row, col);
  let v: CellValue;
  if (m) {
    if (m.startRow !== row) return null; // merged down from the level above: nothing new here
    v = view.raw(m.startRow, m.startCol);
  } else v = view.raw(row, col);
  if (typeof v !== 'string') return null;
  return headerWords(v);
}

interface Candidate {
  col: number;
  role: PlanRole | 'other';
  score: number;
  /** The column's own best reading (for telling ambiguity from a weaker second meaning). */
  best: boolean;
}

function isGroupCell(view: SheetView, row: number, col: number): boolean {
  const m = view.mergeAt(row, col);
  return m !== undefined && m.startRow === row && m.endCol > m.startCol;
}

interface Reading {
  columns: Map<PlanRole, number>;
  ambiguous: Ambiguity[];
  score: number;
  /** A sub-row cell sits under a group header merged across columns. */
  underGroup: boolean;
}

function readBand(view: SheetView, top: number, rows: number): Reading {
  const candidates: Candidate[] = [];
  let underGroup = false;
  for (let col = view.firstCol; col <= view.lastCol; col++) {
    const groups = new Set<PlanRole>();
    const mine: Candidate[] = [];
    for (let i = 0; i < rows; i++) {
      const w = levelText(view, top + i, col);
      if (!w || w.matches.length === 0) continue;
      if (i > 0 && isGroupCell(view, top + i - 1, col)) underGroup = true;
      for (const m of w.matches) {
        if (m.under && !groups.has(m.under)) continue;
        mine.push({ col, role: m.role, score: i * 1000 + m.score, best: false });
      }
      const g: WordMatch | null = bestMatch(w.matches, groups);
      if (g && g.role !== 'other') groups.add(g.role);
    }
    if (mine.length === 0) continue;
    let top1 = mine[0];
    for (const c of mine) if (c.score > top1.score) top1 = c;
    top1.best = true;
    candidates.push(...mine);
  }
  candidates.sort((a, b) => b.score - a.score || a.col - b.col);
  const columns = new Map<PlanRole, number>();
  const taken = new Map<number, string>();
  const winner = new Map<PlanRole, Candidate>();
  const roleSeen = new Set<string>();
  let score = 0;
  for (const c of candidates) {
    if (taken.has(c.col) || roleSeen.has(c.role)) continue;
    taken.set(c.col, c.role);
    roleSeen.add(c.role);
    if (c.role === 'other') continue;
    columns.set(c.role, c.col);
    winner.set(c.role, c);
    score += 100 + (c.score % 1000);
  }
  // An equal reading of a decisive role in a column left without a role of its own: say so.
  const ambiguous: Ambiguity[] = [];
  for (const c of candidates) {
    if (!c.best || c.role === 'other' || !DECISIVE.has(c.role) || taken.has(c.col)) continue;
    const w = winner.get(c.role);
    if (!w || w.score !== c.score) continue;
    const a = ambiguous.find((x) => x.role === c.role);
    if (a) a.columns.push(c.col);
    else ambiguous.push({ role: c.role, columns: [w.col, c.col] });
  }
  return { columns, ambiguous, score, underGroup };
}

/** A plan table's header: the task or target text, and at least three roles with an owner, timeframe, number or coordinators. */
export function isPlanHeader(columns: ReadonlyMap<PlanRole, number>): boolean {
  if (!columns.has('text') || columns.size < 3) return false;
  return columns.has('lead') || columns.has('timeframe') || columns.has('stt') || columns.has('coordinators');
}

/**
 * A header row names roles in most of its cells; a data row whose texts happen to hold header
 * words (`Báo cáo kết quả…`, `Phối hợp triển khai…`) names them in few.
 */
function headerLike(shape: RowShape, min: number): boolean {
  return !shape.excluded && shape.matching >= min && shape.matching * 2 > shape.filled;
}

function deepest(view: SheetView, row: number): { reading: Reading; rows: number } {
  let best = readBand(view, row, 1);
  let rows = 1;
  for (let k = 2; k <= MAX_BAND_ROWS && row + k - 1 <= view.lastRow; k++) {
    const shape = shapeOf(view, row + k - 1, true);
    if (!headerLike(shape, 1)) break;
    const deeper = readBand(view, row, k);
    const more = deeper.columns.size > best.columns.size;
    // Sub-headers under a group merged across columns say which of them holds the role.
    const refines = deeper.columns.size === best.columns.size && deeper.underGroup;
    if (!more && !refines) break;
    best = deeper;
    rows = k;
  }
  return { reading: best, rows };
}

function toBand(view: SheetView, row: number, rows: number, reading: Reading): HeaderBand {
  const cols = [...reading.columns.values()];
  const next = row + rows;
  const numbered =
    cols.length > 0 &&
    next <= view.lastRow &&
    isNumberingRow(view, next, Math.min(...cols), Math.max(...cols), Math.min(3, cols.length));
  return {
    headerRow: row,
    headerRows: rows,
    columns: reading.columns,
    numberingRow: numbered ? next : null,
    firstDataRow: numbered ? next + 1 : next,
    ambiguous: reading.ambiguous,
    score: reading.score,
  };
}

/** The best band starting at this row, or null when the row does not open a plan table's header. */
export function bandAt(view: SheetView, row: number): HeaderBand | null {
  if (!headerLike(shapeOf(view, row), 2)) return null;
  const { reading, rows } = deepest(view, row);
  return isPlanHeader(reading.columns) ? toBand(view, row, rows, reading) : null;
}

/** The band at a row the user named as the header, read as well as its words allow. */
export function readBandAt(view: SheetView, row: number, rows?: number): HeaderBand {
  if (rows !== undefined)
    return toBand(view, row, rows, readBand(view, row, Math.max(1, Math.min(MAX_BAND_ROWS, rows))));
  const d = deepest(view, row);
  return toBand(view, row, d.rows, d.reading);
}

/**
 * Every header band of the sheet, top to bottom. Where bands overlap, the stronger wins: a title
 * row that happens to name two roles loses to the real header below it.
 */
export function findHeaderBands(view: SheetView): HeaderBand[] {
  const out: HeaderBand[] = [];
  for (let row = view.firstRow; row <= view.lastRow; row++) {
    const band = bandAt(view, row);
    if (!band) continue;
    const below = row + 1 <= view.lastRow ? bandAt(view, row + 1) : null;
    if (below && below.score >= band.score) continue;
    out.push(band);
    row = band.firstDataRow - 1;
  }
  return out;
}
