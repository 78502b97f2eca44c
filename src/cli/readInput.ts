/**
 * Reads one input for a command: Grids, or the one line that says why not and what to do
 * (never a stack trace). Every command reads its files through this. A Word document (`.docx`,
 * or a legacy `.doc`, by name or, for a renamed file, by content) goes to the Word host; the
 * rest to the workbook reader.
 */
import type { Grid } from '../core/grid';
import { fileErrorMessage } from '../core/i18n/fileErrors';
import type { Lang } from '../core/i18n/lang';
import { isWorkbookReadError } from '../xlsx/readErrors';
import { readWorkbookFile } from '../xlsx/readFile';

export type ReadOutcome = { ok: true; grids: Grid[] } | { ok: false; reason: string; message: string };

const WORD_NAME = /\.(docx|docm|dotx|dotm|doc)$/i;

/** The Word host is loaded only for a Word document: a workbook's check does not pay its start-up. */
async function readDocxFile(path: string): Promise<Grid[]> {
  return (await import('../docx/readFile')).readDocxFile(path);
}

export async function readInput(path: string, lang: Lang): Promise<ReadOutcome> {
  try {
    if (WORD_NAME.test(path)) return { ok: true, grids: await readDocxFile(path) };
    try {
      return { ok: true, grids: await readWorkbookFile(path) };
    } catch (err) {
      // A Word document saved under a workbook's name is still a Word document.
      if (isWorkbookReadError(err) && err.reason === 'word-document')
        return { ok: true, grids: await readDocxFile(path) };
      throw err;
    }
  } catch (err) {
    if (isWorkbookReadError(err))
      return { ok: false, reason: err.reason, message: fileErrorMessage(err.reason, lang, path, err.detail) };
    // A failure we did not foresee: still one line, still the file named.
    return { ok: false, reason: 'unreadable', message: fileErrorMessage('unreadable', lang, path, {}) };
  }
}
