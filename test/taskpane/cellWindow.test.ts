import type { Grid } from '../../src/core/grid';
import { cellWindow } from '../../src/taskpane/format/cellWindow';

/** A sheet starting at B3 (as a used range can), cells named by where they are. */
const grid: Grid = {
  sheet: 'Phụ lục 2',
  origin: { row: 3, col: 2 },
  values: Array.from({ length: 20 }, (_, r) =>
    Array.from({ length: 8 }, (_, c) => `${String.fromCharCode(66 + c)}${r + 3}`),
  ),
  merges: [],
};

describe('the rows around a finding’s cell', () => {
  it('centres on the cell, bounded to the sheet', () => {
    const w = cellWindow(grid, 10, 'E')!;
    expect(w.rows.map((r) => r.row)).toEqual([7, 8, 9, 10, 11, 12, 13]);
    expect(w.columns).toEqual(['C', 'D', 'E', 'F', 'G']);
    expect(w.rows[3].cells[2]).toBe('E10');
    expect(w.target).toEqual({ row: 10, column: 'E' });
  });
  it('stops at the sheet’s edges', () => {
    const w = cellWindow(grid, 3, 'B')!;
    expect(w.rows[0].row).toBe(3);
    expect(w.columns[0]).toBe('B');
    expect(w.rows[0].cells[0]).toBe('B3');
    const end = cellWindow(grid, 22, 'I')!;
    expect(end.rows.at(-1)!.row).toBe(22);
    expect(end.columns.at(-1)).toBe('I');
  });
  it('a whole-row finding shows the row from its first column; long text is cut; an empty sheet gives nothing', () => {
    const long: Grid = { ...grid, values: [['x'.repeat(500)]], origin: { row: 1, col: 1 } };
    const w = cellWindow(long, 1, null)!;
    expect(w.target.column).toBeNull();
    expect(w.rows[0].cells[0].length).toBeLessThanOrEqual(80);
    expect(cellWindow({ ...grid, values: [] }, 1, 'A')).toBeNull();
  });
});
