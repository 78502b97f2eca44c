/**
 * Reads one workbook for a command: Grids, or the one line that says why not and what to do
 * (never a stack trace). Every command reads its files through this.
 */
import type { Grid } from '../core/grid';
import { fileErrorMessage } from '../core/i18n/fileErrors';
import type { Lang } from '../core/i18n/lang';
import { isWorkbookReadError } from '../xlsx/readErrors';
import { readWorkbookFile } from '../xlsx/readFile';

export type ReadOutcome = { ok: true; grids: Grid[] } | { ok: false; reason: string; message: string };

export async function readInput(path: string, lang: Lang): Promise<ReadOutcome> {
  try {
    return { ok: true, grids: await readWorkbookFile(path) };
  } catch (err) {
    if (isWorkbookReadError(err)) return { ok: false, reason: err.reason, message: fileErrorMessage(err.reason, lang, path, err.detail) };
    // An exceljs failure we did not foresee: still one line, still the file named.
    return { ok: false, reason: 'unreadable', message: fileErrorMessage('unreadable', lang, path, {}) };
  }
}
