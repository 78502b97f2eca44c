/**
 * Finds a table by its header row(s), wherever it starts: columns in any order, header text with or
 * without diacritics, NFC or NFD, extra spaces, one row or a group header over a second row
 * (`Cơ quan thực hiện` over `Chủ trì | Phối hợp`). Shared by the plan tables and the unit
 * submission tables: each passes its own column roles.
 */
import { memoByText } from '../text/memo';
import { cellText, foldKey, isBlank } from '../text/normalize';
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

/** Roles with their patterns padded by spaces once, so matching a cell allocates nothing per pattern. */
interface PreparedRole {
  role: string;
  padded: string[];
  plain: readonly string[];
}

function prepare(roles: readonly ColumnRole[]): PreparedRole[] {
  return roles.map((r) => ({ role: r.role, plain: r.patterns, padded: r.patterns.map((p) => ` ${p} `) }));
}

function bestRole(key: string, roles: readonly PreparedRole[]): CellMatch[] {
  const out: CellMatch[] = [];
  if (!key) return out;
  const padded = ` ${key} `;
  for (const r of roles) {
    let best = -1;
    for (let i = 0; i < r.padded.length; i++) {
      if (padded.includes(r.padded[i])) {
        const p = r.plain[i];
        // An exact match beats a containing one of the same length.
        const s = p.length * 2 + (key === p ? 1 : 0);
        if (s > best) best = s;
      }
    }
    if (best >= 0) out.push({ role: r.role, score: best });
  }
  return out;
}

const NO_MATCH: CellMatch[] = [];

/**
 * The roles a cell's text names, memoised per set of roles and kept across scans: real sheets
 * repeat the same short texts (owners, timeframes) on many rows, and a province's unit
 * submissions repeat the same headers and task names in every file, so each distinct text is
 * folded and matched once.
 */
class RoleCache {
  private readonly match: (text: string) => CellMatch[];

  constructor(columnRoles: readonly ColumnRole[]) {
    const roles = prepare(columnRoles);
    this.match = memoByText((t) => {
      const m = bestRole(foldKey(t), roles);
      return m.length === 0 ? NO_MATCH : m;
    }, 100_000);
  }

  at(view: SheetView, row: number, col: number): CellMatch[] {
    const v = view.value(row, col);
    if (typeof v !== 'string') return NO_MATCH;
    const t = cellText(v);
    return t.length > MAX_HEADER_LENGTH ? NO_MATCH : this.match(t);
  }
}

/** The roles are module constants of their callers, so one cache each lives as long as they do. */
const caches = new WeakMap<readonly ColumnRole[], RoleCache>();

function roleCache(columnRoles: readonly ColumnRole[]): RoleCache {
  let cache = caches.get(columnRoles);
  if (!cache) {
    cache = new RoleCache(columnRoles);
    caches.set(columnRoles, cache);
  }
  return cache;
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

function rowIsBlank(view: SheetView, row: number): boolean {
  for (let col = view.firstCol; col <= view.lastCol; col++) if (!isBlank(view.value(row, col))) return false;
  return true;
}

export interface FindHeaderOptions {
  /** The table is accepted only when all of these roles are found. */
  requireAll?: readonly string[];
  /** …and at least this many roles in all. */
  minRoles: number;
  /**
   * The last row of the table under a header just found. Rows up to it are not searched for another
   * header, except right after a blank row (where a second table could start without a title), so a
   * 50,000-row table is not matched against header words row by row.
   */
  endOf?: (match: HeaderMatch) => number;
}

/**
 * Every header in the sheet that matches the roles, top to bottom. A row is a header when enough
 * of its cells name roles; when the row below names further roles under a group header, the two
 * rows are read as one header.
 */
export function findHeaders(
  view: SheetView,
  columnRoles: readonly ColumnRole[],
  opts: FindHeaderOptions,
): HeaderMatch[] {
  const found: HeaderMatch[] = [];
  const cache = roleCache(columnRoles);
  let skipUntil = 0;
  for (let row = view.firstRow; row <= view.lastRow; row++) {
    if (row <= skipUntil && !rowIsBlank(view, row - 1)) continue;
    const one = new Map<number, CellMatch[]>();
    for (let col = view.firstCol; col <= view.lastCol; col++) {
      // A header cell is its own text, not the value of a merge started above it.
      const m = view.mergeAt(row, col);
      if (m && m.startRow !== row) continue;
      const ms = cache.at(view, row, col);
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
        const ms = cache.at(view, row + 1, col);
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
    const match: HeaderMatch = { headerRow: row, headerRows, columns, firstDataRow: row + headerRows };
    found.push(match);
    row += headerRows - 1;
    if (opts.endOf) skipUntil = opts.endOf(match);
  }
  return found;
}
