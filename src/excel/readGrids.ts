/**
 * Reads every sheet of the open workbook into Grids (values, number formats, merged areas), the
 * same Grids the .xlsx adapter gives. Round trips: one for the sheet list, one for the used ranges
 * and merged areas, then one per batch of ≤ CELL_BUDGET cells; a sheet with more than 512 merged
 * areas costs a few more (row bands, see mergedAreas.ts). A batch Excel refuses as too large is halved and retried. Nothing is written.
 */
import type { CellValue, Grid, MergeArea } from '../core/grid';
import {
  type Block,
  type BlockOptions,
  type SheetExtent,
  CELL_BUDGET,
  halveBlocks,
  packBatches,
  splitIntoBlocks,
} from './blocks';
import { type ProgressFn, throwIfCancelled } from '../host/task';
import type { Capabilities } from '../host/capabilities';
import { isPayloadTooLarge } from './errors';
import { collectAreas, isSizeFailure, readMergedAreas } from './mergedAreas';

/** Something the reader could not do on one sheet, while the rest was read. */
export interface ReadWarning {
  kind: 'merges-unread';
  sheet: string;
}

export interface ReadOptions extends BlockOptions {
  capabilities: Capabilities;
  signal?: AbortSignal;
  onProgress?: ProgressFn;
  /** Sheets to leave out (the add-in's own report sheets), decided by name. */
  skipSheet?: (name: string) => boolean;
  /** Told of each sheet whose merged areas could not be read (it is read without them). */
  onWarning?: (w: ReadWarning) => void;
}

interface SheetPlan {
  name: string;
  used: Excel.Range;
  /** The whole sheet's merged areas, asked for on the first try only. */
  merged: Excel.RangeAreas | null;
}

function queuePlans(context: Excel.RequestContext, names: readonly string[], withMerges: boolean): SheetPlan[] {
  return names.map((name) => {
    const ws = context.workbook.worksheets.getItem(name);
    // valuesOnly: formatting-only cells far below the table must not widen what we read.
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    let merged: Excel.RangeAreas | null = null;
    if (withMerges) {
      // The whole sheet, not the used range: a merge may start above or left of the values.
      merged = ws.getRange().getMergedAreasOrNullObject();
      merged.load('address');
    }
    return { name, used, merged };
  });
}

/** Range.values gives "" for an empty cell; the Grid contract says null. */
function toCell(v: unknown): CellValue {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  // Range.values documents only strings, numbers and booleans: this is for a value it never gives.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  return String(v);
}

export async function readGrids(context: Excel.RequestContext, options: ReadOptions): Promise<Grid[]> {
  const { capabilities, signal } = options;
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  throwIfCancelled(signal);

  const names = sheets.items.map((ws) => ws.name).filter((name) => !options.skipSheet?.(name));
  let plans = queuePlans(context, names, capabilities.mergedAreas);
  let merges: Map<string, MergeArea[]> | null = null;
  let unreadMerges: readonly string[] = [];
  try {
    await context.sync();
    if (capabilities.mergedAreas) merges = new Map(plans.map((p) => [p.name, collectAreas(p.name, p.merged)]));
  } catch (err) {
    // A sheet with more than 512 merged areas fails the whole-sheet call: read them in bands.
    if (!capabilities.mergedAreas || !isSizeFailure(err)) throw err;
    throwIfCancelled(signal);
    plans = queuePlans(context, names, false);
    await context.sync();
    throwIfCancelled(signal);
    const reading = await readMergedAreas(
      context,
      plans.map((p) => ({ name: p.name, lastRow: p.used.isNullObject ? 0 : p.used.rowIndex + p.used.rowCount })),
      signal,
    );
    merges = reading.merges;
    unreadMerges = reading.unread;
    for (const sheet of reading.unread) options.onWarning?.({ kind: 'merges-unread', sheet });
  }
  throwIfCancelled(signal);

  const grids = new Map<string, Grid>();
  const extents: SheetExtent[] = [];
  // The core checks tell the user, on the sheets that hold a plan table (`merges-unread`).
  const unread = new Set(unreadMerges);
  for (const p of plans) {
    const sheetMerges = merges?.get(p.name) ?? [];
    if (p.used.isNullObject) {
      grids.set(p.name, {
        sheet: p.name,
        origin: { row: 1, col: 1 },
        values: [],
        numberFormats: [],
        merges: sheetMerges,
      });
      continue;
    }
    const { rowIndex, columnIndex, rowCount, columnCount } = p.used;
    grids.set(p.name, {
      sheet: p.name,
      origin: { row: rowIndex + 1, col: columnIndex + 1 },
      values: new Array<CellValue[]>(rowCount),
      numberFormats: new Array<(string | null)[]>(rowCount),
      merges: sheetMerges,
      ...(unread.has(p.name) ? { mergesUnread: true } : {}),
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
      const r = context.workbook.worksheets
        .getItem(b.sheet)
        .getRangeByIndexes(b.rowIndex, b.columnIndex, b.rowCount, b.columnCount);
      r.load('values,numberFormat');
      return r;
    });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- batches sized to the request limit
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
        (grid.numberFormats as (string | null)[][])[b.offset + r] = formats[r].map((f) =>
          typeof f === 'string' ? f : null,
        );
      }
      doneCells += b.rowCount * b.columnCount;
    });
    options.onProgress?.({ done: doneCells, total: totalCells });
  }
  return plans.map((p) => grids.get(p.name) as Grid);
}
