/** Grids typed as arrays, and a SheetLayout turned into the Grid a host would read back from it. */
import type { CellValue, Grid } from '../../../src/core/grid';
import { cellValueOf, isLayoutCell, type SheetLayout } from '../../../src/core/report/layout';

export function grid(sheet: string, values: CellValue[][], numberFormats?: (string | null)[][]): Grid {
  return { sheet, origin: { row: 1, col: 1 }, values, numberFormats, merges: [] };
}

/**
 * What Excel would hand back for a layout after a unit typed `fill` into it: formula cells are
 * evaluated by `evaluate` (the template only has the rate formula), merges kept.
 */
export function layoutToGrid(layout: SheetLayout, fill: Record<string, CellValue> = {}): Grid {
  const width = Math.max(...layout.rows.map((r) => r.length), 1);
  const values: CellValue[][] = layout.rows.map((r) =>
    Array.from({ length: width }, (_, c) => (c < r.length ? cellValueOf(r[c]) : null)),
  );
  const numberFormats: (string | null)[][] = layout.rows.map((r) =>
    Array.from({ length: width }, (_, c) =>
      c < r.length && isLayoutCell(r[c]) ? ((r[c] as { numFmt?: string }).numFmt ?? null) : null,
    ),
  );
  const put = (addr: string, v: CellValue): void => {
    const m = /^([A-Z]+)(\d+)$/.exec(addr)!;
    const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const row = Number(m[2]);
    while (values.length < row) values.push(new Array<CellValue>(width).fill(null));
    values[row - 1][col - 1] = v;
  };
  for (const [addr, v] of Object.entries(fill)) put(addr, v);
  // The template's one formula, IF(E>0,100*D/E,""), evaluated the way a spreadsheet would.
  layout.rows.forEach((r, i) => {
    r.forEach((cell, c) => {
      if (!isLayoutCell(cell) || !cell.formula) return;
      const m = /^IF\(E(\d+)>0,100\*D\1\/E\1,""\)$/.exec(cell.formula);
      if (!m) throw new Error(`unexpected formula ${cell.formula}`);
      const d = values[i][3];
      const e = values[i][4];
      values[i][c] = typeof e === 'number' && e > 0 && typeof d === 'number' ? (100 * d) / e : '';
    });
  });
  return { sheet: layout.name, origin: { row: 1, col: 1 }, values, numberFormats, merges: layout.merges ?? [] };
}
