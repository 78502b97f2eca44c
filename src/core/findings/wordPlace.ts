/**
 * Findings on Word tables name the table, row and column as Word numbers them (`Bảng 2, dòng 5,
 * cột 7`) rather than the grid's physical row, which counts the title paragraphs above the table.
 * The engine reads a Word table's Grid like any sheet; this maps its findings' places afterwards.
 */
import { columnNumber, type Grid, type WordTablePlace } from '../grid';
import type { Finding, TablePlace } from './finding';

function placeIn(t: WordTablePlace, f: Finding): TablePlace {
  if (f.row === null) return { table: t.index, part: 'body', row: null, column: null };
  if (f.row < t.firstRow) return { table: t.index, part: 'title', row: f.row, column: null };
  if (f.row > t.lastRow) return { table: t.index, part: 'closing', row: null, column: null };
  return {
    table: t.index,
    part: 'body',
    row: f.row - t.firstRow + 1,
    column: f.column ? columnNumber(f.column) : null,
  };
}

/** The findings with `table` set where their sheet is a Word table's grid; others unchanged. */
export function placeInWordTables(findings: readonly Finding[], grids: readonly Grid[]): Finding[] {
  const tables = new Map<string, WordTablePlace>();
  for (const g of grids) if (g.wordTable) tables.set(g.sheet, g.wordTable);
  if (tables.size === 0) return [...findings];
  return findings.map((f) => {
    const t = f.sheet === null ? undefined : tables.get(f.sheet);
    return t ? { ...f, table: placeIn(t, f) } : f;
  });
}
