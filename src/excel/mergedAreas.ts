/**
 * Merged areas of every sheet, read in row bands. `Range.getMergedAreasOrNullObject` fails when
 * its range holds more than 512 merged areas (its JSDoc in @types/office-js, ExcelApi 1.13), so
 * a whole-sheet call sinks on one big appendix. It returns the areas whose top-left cell lies in
 * the range (office-js#3611), so bands of whole rows from row 1 down to the last used row find
 * every area exactly once, including those starting left of or above the values.
 *
 * readGrids first asks for each whole sheet's areas with its used range (one round trip, enough
 * for most workbooks); only when that fails does it come here. One round trip for all bands of
 * all sheets; when it fails, each sheet is retried on its own with
 * its bands halved, down to MIN_BAND_ROWS. A sheet whose merges still cannot be read gets none and
 * is named in `unread`: its values are still checked, and one sheet never sinks the others.
 */
import type { MergeArea } from '../core/grid';
import { parseAreasAddress } from './address';
import { throwIfCancelled } from '../host/task';
import { errorCode, isPayloadTooLarge } from './errors';

/** Rows per band on the first try: a plan appendix rarely has 512 merges in 2,000 rows. */
export const MERGE_BAND_ROWS = 2000;
/** Below this a band is not split again: 512 merges in 16 rows is no plan table. */
export const MIN_BAND_ROWS = 16;

export interface MergeSheet {
  name: string;
  /** Rows 1..lastRow (1-based, inclusive) are read; 0 when the sheet has no values. */
  lastRow: number;
}

export interface MergeReading {
  merges: Map<string, MergeArea[]>;
  /** Sheets whose merged areas could not be read (kept in the order given). */
  unread: string[];
}

interface Band {
  /** 1-based first row and row count. */
  row: number;
  rows: number;
}

export function bandsOf(lastRow: number, bandRows = MERGE_BAND_ROWS): Band[] {
  const bands: Band[] = [];
  for (let row = 1; row <= lastRow; row += bandRows) bands.push({ row, rows: Math.min(bandRows, lastRow - row + 1) });
  return bands;
}

function halve(bands: readonly Band[]): Band[] | null {
  if (bands.every((b) => b.rows <= MIN_BAND_ROWS)) return null;
  return bands.flatMap((b) => {
    if (b.rows <= MIN_BAND_ROWS) return [b];
    const first = Math.ceil(b.rows / 2);
    return [
      { row: b.row, rows: first },
      { row: b.row + first, rows: b.rows - first },
    ];
  });
}

/**
 * Failures worth a smaller band: the 512-area refusal has no documented code, so GeneralException
 * and errors without a code count, as do the payload codes. Cell-edit mode, an inactive workbook,
 * a deleted sheet and the like are the same at any size and go up to the caller at once.
 */
export function isSizeFailure(err: unknown): boolean {
  return isPayloadTooLarge(err) || errorCode(err) === null;
}

function queue(context: Excel.RequestContext, sheet: string, bands: readonly Band[]): Excel.RangeAreas[] {
  const ws = context.workbook.worksheets.getItem(sheet);
  return bands.map((b) => {
    const areas = ws.getRange(`${b.row}:${b.row + b.rows - 1}`).getMergedAreasOrNullObject();
    areas.load('address');
    return areas;
  });
}

export function collectAreas(sheet: string, areas: Excel.RangeAreas | null): MergeArea[] {
  return areas && !areas.isNullObject ? parseAreasAddress(areas.address, sheet) : [];
}

function collect(sheet: string, areas: readonly Excel.RangeAreas[]): MergeArea[] {
  return areas.flatMap((a) => collectAreas(sheet, a));
}

export async function readMergedAreas(
  context: Excel.RequestContext,
  sheets: readonly MergeSheet[],
  signal?: AbortSignal,
): Promise<MergeReading> {
  const merges = new Map<string, MergeArea[]>();
  const unread: string[] = [];
  const todo = sheets.filter((s) => s.lastRow > 0);
  for (const s of sheets) merges.set(s.name, []);
  if (todo.length === 0) return { merges, unread };

  const first = todo.map((s) => ({ sheet: s, bands: bandsOf(s.lastRow) }));
  const queued = first.map((f) => queue(context, f.sheet.name, f.bands));
  try {
    await context.sync();
    first.forEach((f, i) => merges.set(f.sheet.name, collect(f.sheet.name, queued[i])));
    return { merges, unread };
  } catch (err) {
    if (!isSizeFailure(err)) throw err;
  }
  throwIfCancelled(signal);

  // Sheet by sheet, so the one that fails is known and the others are kept.
  for (const f of first) {
    let bands: Band[] | null = f.bands;
    for (;;) {
      const areas = queue(context, f.sheet.name, bands);
      try {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- only after one request for all was too large
        await context.sync();
        merges.set(f.sheet.name, collect(f.sheet.name, areas));
        break;
      } catch (err) {
        if (!isSizeFailure(err)) throw err;
        bands = halve(bands);
        if (!bands) {
          unread.push(f.sheet.name);
          break;
        }
      }
      throwIfCancelled(signal);
    }
    throwIfCancelled(signal);
  }
  return { merges, unread };
}
