/**
 * Brings units' workbooks into the open one with insertWorksheetsFromBase64 (ExcelApi 1.13), all
 * or nothing: when a file fails (or the user cancels), the sheets inserted for the files before it
 * are deleted again, by the ids the API returned, and the error names the file. No existing sheet
 * or cell is touched. What Microsoft documents and this module respects
 * (Workbook.insertWorksheetsFromBase64 in @types/office-js; resource limits:
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins):
 * - it returns the new worksheets' ids, not names: names are looked up by id afterwards;
 * - Excel on the web limits a request to 5 MB, and the file travels as Base64 (4/3 of its size):
 *   a file over the limit is refused before anything is sent;
 * - Excel on the web cannot insert charts, comments, PivotTables or slicers and answers
 *   UnsupportedFeature: such a file is refused before anything is sent (its parts are listed
 *   from the zip's directory without unpacking), and an UnsupportedFeature that still comes back
 *   is reported for that file;
 * - it is not supported on iPad.
 */
import { deleteSheets } from './deleteSheets';
import { unzipSync } from 'fflate';
import { throwIfCancelled } from '../host/task';
import { ExcelHostError, errorCode, isPayloadTooLarge, toExcelHostError } from './errors';
import { type OfficePlatform, currentPlatform } from './platform';

export interface ImportSource {
  name: string;
  data: Uint8Array;
}

export interface ImportResult {
  file: string;
  /** The inserted sheets' names, as Excel named them (it renames on a clash). */
  sheets: string[];
  /** Their worksheet ids, what insertWorksheetsFromBase64 returns. */
  ids: string[];
}

/** Excel on the web's request limit. */
export const WEB_REQUEST_LIMIT = 5 * 1024 * 1024;
/** What travels besides the Base64 text itself (the call, its options, JSON quoting). */
const REQUEST_OVERHEAD = 4 * 1024;

/** Largest file, in bytes, whose Base64 still fits one request on the web (~3.7 MB). */
export const WEB_MAX_FILE_BYTES = Math.floor(((WEB_REQUEST_LIMIT - REQUEST_OVERHEAD) / 4) * 3);

export function base64Length(bytes: number): number {
  return 4 * Math.ceil(bytes / 3);
}

/** Chunked so a 20 MB workbook does not build one giant argument list. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** Parts Excel on the web cannot insert, by where a workbook keeps them. */
const UNSUPPORTED_ON_WEB: { prefix: string; what: string }[] = [
  { prefix: 'xl/charts/', what: 'charts' },
  { prefix: 'xl/comments', what: 'comments' },
  { prefix: 'xl/threadedComments/', what: 'comments' },
  { prefix: 'xl/pivotTables/', what: 'PivotTables' },
  { prefix: 'xl/slicers/', what: 'slicers' },
];

/**
 * What of a workbook Excel on the web would refuse, from the zip's file names only (the filter
 * declines every entry, so nothing is unpacked). A file that is not a readable zip gives none:
 * Excel then says what is wrong with it.
 */
export function unsupportedOnWeb(data: Uint8Array): string[] {
  const found = new Set<string>();
  try {
    unzipSync(data, {
      filter: (file) => {
        for (const u of UNSUPPORTED_ON_WEB) if (file.name.startsWith(u.prefix)) found.add(u.what);
        return false;
      },
    });
  } catch {
    // Not a zip we can list: no prediction, Excel's own answer decides.
  }
  return [...found];
}

/** Refuses, before anything is sent, what this platform cannot take. */
export function preflight(sources: readonly ImportSource[], platform: OfficePlatform | null): void {
  if (platform === 'ipad')
    throw new ExcelHostError('import-unavailable', null, 'insertWorksheetsFromBase64 is not supported on iPad.');
  if (platform !== 'web') return;
  for (const src of sources) {
    if (base64Length(src.data.length) + REQUEST_OVERHEAD > WEB_REQUEST_LIMIT) {
      throw new ExcelHostError(
        'import-too-large',
        'RequestPayloadSizeLimitExceeded',
        `${src.name} is over Excel on the web's 5 MB request limit.`,
        src.name,
      );
    }
    const unsupported = unsupportedOnWeb(src.data);
    if (unsupported.length > 0) {
      throw new ExcelHostError(
        'import-unsupported-content',
        'UnsupportedFeature',
        `${src.name} holds ${unsupported.join(', ')}.`,
        src.name,
      );
    }
  }
}

function failureFor(err: unknown, file: string | null): unknown {
  if (err instanceof ExcelHostError || (err as { name?: string } | null)?.name === 'CancelledError') return err;
  const code = errorCode(err);
  const message = err instanceof Error ? err.message : String(err);
  if (code === 'UnsupportedFeature') return new ExcelHostError('import-unsupported-content', code, message, file, err);
  if (isPayloadTooLarge(err)) return new ExcelHostError('import-too-large', code, message, file, err);
  const e = toExcelHostError(err);
  return new ExcelHostError(e.reason, e.code, e.message, file, err);
}

export async function importWorkbooks(
  context: Excel.RequestContext,
  sources: readonly ImportSource[],
  signal?: AbortSignal,
  platform: OfficePlatform | null = currentPlatform(),
): Promise<ImportResult[]> {
  preflight(sources, platform);
  const protection = context.workbook.protection;
  protection.load('protected');
  await context.sync();
  if (protection.protected)
    throw new ExcelHostError('workbook-protected', null, 'The workbook structure is protected; no sheet can be added.');

  const inserted: { file: string; ids: string[] }[] = [];
  let current = '';
  try {
    for (const src of sources) {
      throwIfCancelled(signal);
      current = src.name;
      const result = context.workbook.insertWorksheetsFromBase64(toBase64(src.data), { positionType: 'End' });
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one file per request: a failure names its file
      await context.sync();
      inserted.push({ file: src.name, ids: result.value });
    }
    throwIfCancelled(signal);
    const sheets = inserted.map((f) =>
      f.ids.map((id) => {
        const ws = context.workbook.worksheets.getItem(id);
        ws.load('name');
        return ws;
      }),
    );
    current = '';
    await context.sync();
    return inserted.map((f, i) => ({ file: f.file, ids: f.ids, sheets: sheets[i].map((ws) => ws.name) }));
  } catch (err) {
    const cleanupError = await deleteSheets(
      context,
      inserted.flatMap((f) => f.ids),
    );
    const failure = failureFor(err, current || null);
    if (cleanupError && failure && typeof failure === 'object') Object.assign(failure, { cleanupError });
    throw failure;
  }
}
