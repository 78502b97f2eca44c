/**
 * Reads every sheet of the open workbook into Grids (values, number formats, merged areas), the
 * same Grids the .xlsx adapter gives. Round trips: one for the sheet list, one for the used ranges
 * (and merged areas), then one per batch of ≤ CELL_BUDGET cells. Nothing is written.
 */
import type { CellValue, Grid, MergeArea } from '../core/grid';
import { parseAreasAddress } from './address';
import { type Block, type BlockOptions, type SheetExtent, CELL_BUDGET, halveBlocks, packBatches, splitIntoBlocks } from './blocks';
import { type ProgressFn, throwIfCancelled } from './cancel';
import type { Capabilities } from './capabilities';

export interface ReadOptions extends BlockOptions {
  capabilities: Capabilities;
  signal?: AbortSignal;
  onProgress?: ProgressFn;
  /** Sheets to leave out (the add-in's own report sheets), decided by name. */
  skipSheet?: (name: string) => boolean;
}

interface SheetPlan {
  name: string;
  used: Excel.Range;
  merged: Excel.RangeAreas | null;
}

/** Range.values gives "" for an empty cell; the Grid contract says null. */
function toCell(v: unknown): CellValue {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

/** Excel on the web refuses a request or response over 5 MB with this code. */
function isPayloadTooLarge(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

export async function readGrids(context: Excel.RequestContext, options: ReadOptions): Promise<Grid[]> {
  const { capabilities, signal } = options;
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  throwIfCancelled(signal);

  const plans: SheetPlan[] = [];
  for (const ws of sheets.items) {
    if (options.skipSheet?.(ws.name)) continue;
    // valuesOnly: formatting-only cells far below the table must not widen what we read.
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    let merged: Excel.RangeAreas | null = null;
    if (capabilities.mergedAreas) {
      // The whole sheet, not the used range: a merge may start above or left of the values.
      merged = ws.getRange().getMergedAreasOrNullObject();
      merged.load('address');
    }
    plans.push({ name: ws.name, used, merged });
  }
  await context.sync();
  throwIfCancelled(signal);

  const grids = new Map<string, Grid>();
  const extents: SheetExtent[] = [];
  for (const p of plans) {
    const merges: MergeArea[] = p.merged && !p.merged.isNullObject ? parseAreasAddress(p.merged.address, p.name) : [];
    if (p.used.isNullObject) {
      grids.set(p.name, { sheet: p.name, origin: { row: 1, col: 1 }, values: [], numberFormats: [], merges });
      continue;
    }
    const { rowIndex, columnIndex, rowCount, columnCount } = p.used;
    grids.set(p.name, {
      sheet: p.name,
      origin: { row: rowIndex + 1, col: columnIndex + 1 },
      values: new Array<CellValue[]>(rowCount),
      numberFormats: new Array<(string | null)[]>(rowCount),
      merges,
    });
    extents.push({ sheet: p.name, rowIndex, columnIndex, rowCount, columnCount });
  }

  const blocks = splitIntoBlocks(extents, options);
  const queue = packBatches(blocks, options.cellBudget ?? CELL_BUDGET);
  const totalCells = blocks.reduce((n, b) => n + b.rowCount * b.columnCount, 0);
  let doneCells = 0;
  options.onProgress?.({ done: 0, total: totalCells });
  while (queue.length > 0) {
    const batch = queue.shift() as Block[];
    const ranges = batch.map((b) => {
      const r = context.workbook.worksheets.getItem(b.sheet).getRangeByIndexes(b.rowIndex, b.columnIndex, b.rowCount, b.columnCount);
      r.load('values,numberFormat');
      return r;
    });
    try {
      await context.sync();
    } catch (err) {
      const smaller = halveBlocks(batch);
      if (!isPayloadTooLarge(err) || smaller.length === batch.length) throw err;
      // Each half goes in its own round trip: the whole batch was already too big for one.
      queue.unshift(...smaller.map((b) => [b]));
      continue;
    }
    throwIfCancelled(signal);
    batch.forEach((b, i) => {
      const grid = grids.get(b.sheet) as Grid;
      const values = ranges[i].values;
      const formats = ranges[i].numberFormat;
      for (let r = 0; r < b.rowCount; r++) {
        grid.values[b.offset + r] = values[r].map(toCell);
        (grid.numberFormats as (string | null)[][])[b.offset + r] = formats[r].map((f) => (typeof f === 'string' ? f : null));
      }
      doneCells += b.rowCount * b.columnCount;
    });
    options.onProgress?.({ done: doneCells, total: totalCells });
  }
  return plans.map((p) => grids.get(p.name) as Grid);
}
