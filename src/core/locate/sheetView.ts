/**
 * Reads a Grid by physical coordinates, with merges resolved: a cell covered by a merge reads as
 * the merge's top-left value, because "a cell covered by a merge is not empty".
 */
import { type CellValue, type Grid, MergeIndex, type MergeArea } from '../grid';

/** Views already made: a grid is read by several passes (unit reports, the plan's tables). */
const views = new WeakMap<Grid, SheetView>();

export class SheetView {
  readonly merges: MergeIndex;

  /** The view of a grid, made once: a Grid is never changed once read. */
  static of(grid: Grid): SheetView {
    let v = views.get(grid);
    if (!v) {
      v = new SheetView(grid);
      views.set(grid, v);
    }
    return v;
  }

  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstCol: number;
  readonly lastCol: number;

  constructor(readonly grid: Grid) {
    this.merges = new MergeIndex(grid);
    this.firstRow = grid.origin.row;
    this.lastRow = grid.origin.row + grid.values.length - 1;
    this.firstCol = grid.origin.col;
    let width = 0;
    for (const r of grid.values) if (r.length > width) width = r.length;
    this.lastCol = grid.origin.col + width - 1;
  }

  get sheet(): string {
    return this.grid.sheet;
  }

  /** The raw value at a physical cell (null outside the used range or under a merge). */
  raw(row: number, col: number): CellValue {
    const r = this.grid.values[row - this.grid.origin.row];
    if (!r) return null;
    const v = r[col - this.grid.origin.col];
    return v === undefined ? null : v;
  }

  numberFormat(row: number, col: number): string | null {
    const r = this.grid.numberFormats?.[row - this.grid.origin.row];
    const f = r?.[col - this.grid.origin.col];
    return f ?? null;
  }

  /** The merge covering a cell, if any. */
  mergeAt(row: number, col: number): MergeArea | undefined {
    return this.merges.at(row, col);
  }

  /** The value a reader sees at a cell: a covered cell gives its merge's top-left value. */
  value(row: number, col: number): CellValue {
    const m = this.merges.at(row, col);
    if (m) return this.raw(m.startRow, m.startCol);
    return this.raw(row, col);
  }

  /** True when a cell is covered by a merge that starts elsewhere. */
  isCovered(row: number, col: number): boolean {
    return this.merges.isCovered(row, col);
  }
}
