/**
 * A file the user opened, workbook or Word document, as Grids: the workbook reader first; when it
 * finds a Word document (or an old Office file that may be a .doc), the Word host. Used where the
 * pane opens files outside Excel; runs in the browser and the worker.
 */
import type { Grid } from '../core/grid';
import { isWorkbookReadError } from '../xlsx/readErrors';
import { readWorkbook } from '../xlsx/readWorkbook';
import { readDocx } from './readDocument';

export async function readWorkbookOrDocument(data: Uint8Array): Promise<Grid[]> {
  try {
    return await readWorkbook(data);
  } catch (err) {
    // The Word host says what an old or protected Word file needs (save as .docx, remove the password).
    if (isWorkbookReadError(err) && (err.reason === 'word-document' || err.reason === 'legacy-office'))
      return readDocx(data);
    throw err;
  }
}
