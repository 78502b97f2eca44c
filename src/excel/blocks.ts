/**
 * Splits used ranges into row blocks and packs the blocks into round trips, so the number of
 * `context.sync()` calls follows the number of cells read (one per budget), not rows or sheets,
 * and no single request nears Excel on the web's 5 MB payload limit.
 */

/** Microsoft's guidance: read and write in blocks of 5k–20k rows. */
export const MAX_BLOCK_ROWS = 20000;
/**
 * Cells per round trip. values + numberFormat of a typical plan cell are ~25 bytes of JSON, so
 * 100k cells stay near 2.5 MB; a payload error halves the blocks and retries (see readGrids).
 */
export const CELL_BUDGET = 100000;

export interface SheetExtent {
  sheet: string;
  /** 0-based, as Range.rowIndex / columnIndex give them. */
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export interface Block {
  sheet: string;
  /** 0-based row within the sheet. */
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  /** Row offset of this block inside its sheet's used range. */
  offset: number;
}

export interface BlockOptions {
  maxBlockRows?: number;
  cellBudget?: number;
}

export function splitIntoBlocks(extents: readonly SheetExtent[], options: BlockOptions = {}): Block[] {
  const maxRows = options.maxBlockRows ?? MAX_BLOCK_ROWS;
  const budget = options.cellBudget ?? CELL_BUDGET;
  const blocks: Block[] = [];
  for (const e of extents) {
    if (e.rowCount <= 0 || e.columnCount <= 0) continue;
    const rowsPerBlock = Math.max(1, Math.min(maxRows, Math.floor(budget / e.columnCount)));
    for (let offset = 0; offset < e.rowCount; offset += rowsPerBlock) {
      blocks.push({
        sheet: e.sheet,
        rowIndex: e.rowIndex + offset,
        columnIndex: e.columnIndex,
        rowCount: Math.min(rowsPerBlock, e.rowCount - offset),
        columnCount: e.columnCount,
        offset,
      });
    }
  }
  return blocks;
}

/** Groups blocks into batches of at most `cellBudget` cells; a block larger than that goes alone. */
export function packBatches(blocks: readonly Block[], cellBudget = CELL_BUDGET): Block[][] {
  const batches: Block[][] = [];
  let current: Block[] = [];
  let cells = 0;
  for (const b of blocks) {
    const size = b.rowCount * b.columnCount;
    if (current.length > 0 && cells + size > cellBudget) {
      batches.push(current);
      current = [];
      cells = 0;
    }
    current.push(b);
    cells += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Halves every block of a batch that was too large for one request. */
export function halveBlocks(batch: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const b of batch) {
    if (b.rowCount <= 1) {
      out.push(b);
      continue;
    }
    const first = Math.ceil(b.rowCount / 2);
    out.push({ ...b, rowCount: first });
    out.push({ ...b, rowIndex: b.rowIndex + first, offset: b.offset + first, rowCount: b.rowCount - first });
  }
  return out;
}
