/** A SheetLayout seen as the Grid a reader would get back from the written sheet. */
import type { Grid } from '../core/grid';
import { type SheetLayout, cellValueOf } from '../core/report/layout';

export function layoutToGrid(layout: SheetLayout, sheet: string): Grid {
  const covered = new Set<string>();
  for (const m of layout.merges ?? []) {
    for (let r = m.startRow; r <= m.endRow; r++)
      for (let c = m.startCol; c <= m.endCol; c++) if (r !== m.startRow || c !== m.startCol) covered.add(`${r},${c}`);
  }
  const values = layout.rows.map((row, r) =>
    row.map((v, c) => (covered.has(`${r + 1},${c + 1}`) ? null : cellValueOf(v))),
  );
  return { sheet, origin: { row: 1, col: 1 }, values, merges: (layout.merges ?? []).map((m) => ({ ...m })) };
}
