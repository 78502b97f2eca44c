/**
 * Finds a table by its header row(s), wherever it starts: columns in any order, header text with or
 * without diacritics, NFC or NFD, extra spaces, one row or a group header over a second row
 * (`Cơ quan thực hiện` over `Chủ trì | Phối hợp`). Shared by the plan tables and the unit
 * submission tables: each passes its own column roles.
 */
import { cellText, foldKey } from '../text/normalize';
import type { SheetView } from './sheetView';

export interface ColumnRole {
  role: string;
  /** Folded keys (see foldKey): a header cell matches when its key equals one or contains it as words. */
  patterns: readonly string[];
}

export interface HeaderMatch {
  /** Physical row of the first header row. */
  headerRow: number;
  headerRows: 1 | 2;
  /** Role → physical column. */
  columns: Map<string, number>;
  /** First physical row after the header. */
  firstDataRow: number;
}

/** Header cells are short; longer text is data, and skipping it keeps the scan cheap. */
const MAX_HEADER_LENGTH = 90;

interface CellMatch {
  role: string;
  /** Longer patterns are more specific and win ties. */
  score: number;
}

function containsWords(key: string, pattern: string): boolean {
  if (key === pattern) return true;
  const k = ` ${key} `;
  return k.includes(` ${pattern} `);
}

function bestRole(key: string, roles: readonly ColumnRole[]): CellMatch[] {
  const out: CellMatch[] = [];
  if (!key) return out;
  for (const r of roles) {
    let best = -1;
    for (const p of r.patterns) {
      if (containsWords(key, p)) {
        // An exact match beats a containing one of the same length.
        const s = p.length * 2 + (key === p ? 1 : 0);
        if (s > best) best = s;
      }
    }
    if (best >= 0) out.push({ role: r.role, score: best });
  }
  return out;
}

function keyAt(view: SheetView, row: number, col: number): string {
  const v = view.value(row, col);
  if (typeof v !== 'string') return typeof v === 'number' ? '' : '';
  const t = cellText(v);
  if (t.length > MAX_HEADER_LENGTH) return '';
  return foldKey(t);
}

/** Assigns roles to columns, most specific match first; each role and column used once. */
function assign(candidates: Map<number, CellMatch[]>): Map<string, number> {
  const flat: { col: number; role: string; score: number }[] = [];
  for (const [col, ms] of candidates) for (const m of ms) flat.push({ col, ...m });
  flat.sort((a, b) => b.score - a.score || a.col - b.col);
  const columns = new Map<string, number>();
  const used = new Set<number>();
  for (const f of flat) {
    if (columns.has(f.role) || used.has(f.col)) continue;
    columns.set(f.role, f.col);
    used.add(f.col);
  }
  return columns;
}

export interface FindHeaderOptions {
  /** The table is accepted only when all of these roles are found. */
  requireAll?: readonly string[];
  /** …and at least this many roles in all. */
  minRoles: number;
  /** Rows to skip (already claimed by another table). */
  skipRows?: ReadonlySet<number>;
}

/**
 * Every header in the sheet that matches the roles, top to bottom. A row is a header when enough
 * of its cells name roles; when the row below names further roles under a group header, the two
 * rows are read as one header.
 */
export function findHeaders(view: SheetView, roles: readonly ColumnRole[], opts: FindHeaderOptions): HeaderMatch[] {
  const found: HeaderMatch[] = [];
  for (let row = view.firstRow; row <= view.lastRow; row++) {
    if (opts.skipRows?.has(row)) continue;
    const one = new Map<number, CellMatch[]>();
    for (let col = view.firstCol; col <= view.lastCol; col++) {
      // A header cell is its own text, not the value of a merge started above it.
      const m = view.mergeAt(row, col);
      if (m && m.startRow !== row) continue;
      const ms = bestRole(keyAt(view, row, col), roles);
      if (ms.length) one.set(col, ms);
    }
    if (one.size < Math.min(2, opts.minRoles)) continue;

    // A second header row: cells under a group header, or sub-headers next to vertically merged ones.
    let columns = assign(one);
    let headerRows: 1 | 2 = 1;
    if (row + 1 <= view.lastRow) {
      const two = new Map<number, CellMatch[]>(one);
      let extra = 0;
      for (let col = view.firstCol; col <= view.lastCol; col++) {
        const below = view.mergeAt(row + 1, col);
        if (below && below.startRow !== row + 1) continue; // covered by a merge from the row above
        const ms = bestRole(keyAt(view, row + 1, col), roles);
        if (!ms.length) continue;
        extra++;
        const prev = two.get(col);
        // The sub-header names the column more precisely than the group header above it.
        two.set(col, prev ? [...ms.map((x) => ({ ...x, score: x.score + 1000 })), ...prev] : ms);
      }
      if (extra > 0) {
        const merged = assign(two);
        if (merged.size > columns.size) {
          columns = merged;
          headerRows = 2;
        }
      }
    }
    if (columns.size < opts.minRoles) continue;
    if (opts.requireAll && !opts.requireAll.every((r) => columns.has(r))) continue;
    found.push({ headerRow: row, headerRows, columns, firstDataRow: row + headerRows });
    row += headerRows - 1;
  }
  return found;
}
