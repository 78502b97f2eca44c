/**
 * The rows around a cell, as a user would see them in Excel: outside Excel a finding cannot select
 * its cell, so the pane shows this window instead. Bounded: at most 2·radius+1 rows and
 * 2·spread+1 columns, whatever the sheet's size.
 */
import { type CellValue, type Grid, columnLetter, columnNumber } from '../../core/grid';

export interface CellWindow {
  sheet: string;
  /** Column letters shown, left to right. */
  columns: string[];
  rows: { row: number; cells: string[] }[];
  /** The finding's cell (its column is null for a finding about a whole row). */
  target: { row: number; column: string | null };
}

/** Cells longer than this are cut: a window is for finding one's way, not for reading a memo. */
const MAX_TEXT = 80;

function show(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  const s =
    typeof v === 'number' ? String(v) : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : v.replace(/\s+/g, ' ').trim();
  return s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}…` : s;
}

export function cellWindow(grid: Grid, row: number, column: string | null, radius = 3, spread = 2): CellWindow | null {
  const height = grid.values.length;
  const width = grid.values.reduce((w, r) => Math.max(w, r.length), 0);
  if (height === 0 || row < 1) return null;
  const lastRow = grid.origin.row + height - 1;
  const lastCol = grid.origin.col + Math.max(width, 1) - 1;
  const col = column ? columnNumber(column.toUpperCase()) : grid.origin.col;
  const fromRow = Math.max(grid.origin.row, row - radius);
  const toRow = Math.min(lastRow, row + radius);
  const fromCol = Math.max(grid.origin.col, col - spread);
  const toCol = Math.max(fromCol, Math.min(lastCol, col + spread));
  if (fromRow > toRow) return null;
  const columns: string[] = [];
  for (let c = fromCol; c <= toCol; c++) columns.push(columnLetter(c));
  const rows: CellWindow['rows'] = [];
  for (let r = fromRow; r <= toRow; r++) {
    const values = grid.values[r - grid.origin.row] ?? [];
    const cells: string[] = [];
    for (let c = fromCol; c <= toCol; c++) cells.push(show(values[c - grid.origin.col]));
    rows.push({ row: r, cells });
  }
  return { sheet: grid.sheet, columns, rows, target: { row, column: column ? column.toUpperCase() : null } };
}
