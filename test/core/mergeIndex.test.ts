/**
 * MergeIndex answers as the plain reading of a grid's merges: the last merge listed that covers a
 * cell, clipped to the used range; rows with one merge, with many (its table by column), overlaps.
 */
import fc from 'fast-check';
import { MergeIndex, type Grid, type MergeArea } from '../../src/core/grid';

function naive(grid: Grid, row: number, col: number): MergeArea | undefined {
  const lastRow = grid.origin.row + grid.values.length - 1;
  const lastCol = grid.origin.col + Math.max(0, ...grid.values.map((r) => r.length)) - 1;
  if (row < grid.origin.row || row > lastRow || col < grid.origin.col || col > lastCol) return undefined;
  let found: MergeArea | undefined;
  for (const m of grid.merges)
    if (row >= m.startRow && row <= m.endRow && col >= m.startCol && col <= m.endCol) found = m;
  return found;
}

const area = fc
  .tuple(
    fc.integer({ min: 1, max: 14 }),
    fc.integer({ min: 0, max: 3 }),
    fc.integer({ min: 1, max: 14 }),
    fc.integer({ min: 0, max: 3 }),
  )
  .map(([r, h, c, w]) => ({ startRow: r, endRow: r + h, startCol: c, endCol: c + w }));

test('every cell, inside the used range and around it, as the plain reading', () => {
  const grids = fc.record({
    origin: fc.record({ row: fc.integer({ min: 1, max: 4 }), col: fc.integer({ min: 1, max: 4 }) }),
    rows: fc.integer({ min: 0, max: 10 }),
    cols: fc.integer({ min: 1, max: 10 }),
    merges: fc.array(area, { maxLength: 40 }),
  });
  fc.assert(
    fc.property(grids, ({ origin, rows, cols, merges }) => {
      const grid: Grid = {
        sheet: 'S',
        origin,
        values: Array.from({ length: rows }, () => new Array<null>(cols).fill(null)),
        merges,
      };
      const index = new MergeIndex(grid);
      for (let r = 0; r <= 18; r++) {
        for (let c = 0; c <= 18; c++) {
          expect(index.at(r, c)).toBe(naive(grid, r, c));
          const m = naive(grid, r, c);
          expect(index.isCovered(r, c)).toBe(m !== undefined && (m.startRow !== r || m.startCol !== c));
        }
      }
    }),
    { numRuns: 300 },
  );
});

test('a row with many merges answers by its table', () => {
  const merges = Array.from({ length: 30 }, (_, i) => ({
    startRow: 1,
    endRow: 2,
    startCol: 1 + 2 * i,
    endCol: 2 + 2 * i,
  }));
  const grid: Grid = {
    sheet: 'S',
    origin: { row: 1, col: 1 },
    values: [new Array<null>(60).fill(null), [null]],
    merges,
  };
  const index = new MergeIndex(grid);
  for (let c = 1; c <= 61; c++) expect(index.at(2, c)).toBe(naive(grid, 2, c));
  expect(index.at(1, 59)).toBe(merges[29]);
  expect(index.isCovered(2, 59)).toBe(true);
});
