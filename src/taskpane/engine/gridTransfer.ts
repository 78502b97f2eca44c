/**
 * Grids cross between the pane and its engine worker in slices. postMessage copies (structured
 * clone) on the sending thread and again on the receiving one: a 50,000-row sheet sent whole would
 * hold the pane's thread for hundreds of milliseconds, while slices of CELLS_PER_SLICE cells each
 * cost a few, and the pane yields between them. Pure: no Worker or DOM here, so it is tested in Node.
 */
import type { CellValue, Grid, MergeArea, WordTablePlace } from '../../core/grid';

/** values + number formats of ~25k cells clone in a few ms on a slow machine. */
export const CELLS_PER_SLICE = 25000;

/** Opens a grid: everything but its rows. */
export interface GridHead {
  type: 'grid';
  id: string;
  sheet: string;
  origin: { row: number; col: number };
  merges: MergeArea[];
  rows: number;
  /** Whether numberFormats exists (it may be omitted: the Grid contract allows it). */
  formats: boolean;
  /** Where a Word table's grid sits in its document (findings name table, row, column). */
  wordTable?: WordTablePlace;
  /** The Grid's own optional facts, carried as they are (see Grid). */
  cellFonts?: Record<string, string>;
  mergesUnread?: boolean;
}

/** Rows [offset, offset + values.length) of the grid `id`. */
export interface GridRows {
  type: 'rows';
  id: string;
  offset: number;
  values: CellValue[][];
  numberFormats?: (string | null)[][];
}

export type GridMessage = GridHead | GridRows;

export function isGridMessage(m: { type: string }): m is GridMessage {
  return m.type === 'grid' || m.type === 'rows';
}

/** The messages that carry one grid, head first, rows in slices of about `cells` cells. */
export function* gridMessages(grid: Grid, id: string, cells = CELLS_PER_SLICE): Generator<GridMessage> {
  const formats = grid.numberFormats !== undefined;
  yield {
    type: 'grid',
    id,
    sheet: grid.sheet,
    origin: grid.origin,
    merges: grid.merges,
    rows: grid.values.length,
    formats,
    ...(grid.wordTable ? { wordTable: grid.wordTable } : {}),
    ...(grid.cellFonts ? { cellFonts: grid.cellFonts } : {}),
    ...(grid.mergesUnread ? { mergesUnread: true } : {}),
  };
  const width = Math.max(1, grid.values[0]?.length ?? 1);
  const step = Math.max(1, Math.floor(cells / width));
  for (let offset = 0; offset < grid.values.length; offset += step) {
    const end = Math.min(grid.values.length, offset + step);
    const msg: GridRows = { type: 'rows', id, offset, values: grid.values.slice(offset, end) };
    if (formats) msg.numberFormats = (grid.numberFormats as (string | null)[][]).slice(offset, end);
    yield msg;
  }
}

/** Rebuilds grids from their messages, in whatever thread receives them. */
export class GridAssembler {
  private readonly grids = new Map<string, Grid>();

  accept(m: GridMessage): void {
    if (m.type === 'grid') {
      const grid: Grid = { sheet: m.sheet, origin: m.origin, values: new Array<CellValue[]>(m.rows), merges: m.merges };
      if (m.formats) grid.numberFormats = new Array<(string | null)[]>(m.rows);
      if (m.wordTable) grid.wordTable = m.wordTable;
      if (m.cellFonts) grid.cellFonts = m.cellFonts;
      if (m.mergesUnread) grid.mergesUnread = true;
      this.grids.set(m.id, grid);
      return;
    }
    const grid = this.grids.get(m.id);
    if (!grid) throw new Error(`rows for unknown grid ${m.id}`);
    for (let i = 0; i < m.values.length; i++) grid.values[m.offset + i] = m.values[i];
    if (m.numberFormats && grid.numberFormats)
      for (let i = 0; i < m.numberFormats.length; i++) grid.numberFormats[m.offset + i] = m.numberFormats[i];
  }

  has(id: string): boolean {
    return this.grids.has(id);
  }

  get(id: string): Grid {
    const g = this.grids.get(id);
    if (!g) throw new Error(`unknown grid ${id}`);
    return g;
  }

  /** Forgets every grid but `keep`: the worker holds only what the last job used. */
  retain(keep: ReadonlySet<string>): void {
    for (const id of [...this.grids.keys()]) if (!keep.has(id)) this.grids.delete(id);
  }

  /** Hands the grid over and forgets it (the pane's side keeps no second copy). */
  take(id: string): Grid {
    const g = this.get(id);
    this.grids.delete(id);
    return g;
  }
}
