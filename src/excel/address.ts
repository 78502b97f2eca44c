/** A1 references parsed and printed without regular-expression surprises on sheet names. */
import type { MergeArea } from '../core/grid';

/** `AB` → 28. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** `B3` → { row: 3, col: 2 }, or null when the text is not a cell reference. */
export function parseCell(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  return m ? { row: Number(m[2]), col: columnNumber(m[1]) } : null;
}

/** `B3:D7` (or a single `B3`) → a 1-based area, or null. */
export function parseArea(ref: string): MergeArea | null {
  const [a, b = a] = ref.split(':');
  const s = parseCell(a);
  const e = parseCell(b);
  if (!s || !e) return null;
  return { startRow: Math.min(s.row, e.row), startCol: Math.min(s.col, e.col), endRow: Math.max(s.row, e.row), endCol: Math.max(s.col, e.col) };
}

/** The sheet name as Excel prints it in an address: quoted unless it is a plain word. */
export function quotedSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * Areas of a RangeAreas address (`'Phụ lục 2'!A5:A9, 'Phụ lục 2'!B5:B9`). The sheet prefix is
 * removed by its known text rather than split on `!` or `,`, since a sheet name may hold both.
 */
export function parseAreasAddress(address: string, sheet: string): MergeArea[] {
  const prefixes = [`${quotedSheet(sheet)}!`, `'${sheet.replace(/'/g, "''")}'!`, `${sheet}!`];
  let rest = address;
  for (const p of prefixes) rest = rest.split(p).join('');
  const areas: MergeArea[] = [];
  for (const part of rest.split(',')) {
    const area = parseArea(part);
    if (area) areas.push(area);
  }
  return areas;
}
