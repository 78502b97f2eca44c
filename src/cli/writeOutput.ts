/** Writes the sheets a command produces to an .xlsx file, or says in one line why it could not. */
import { writeFile } from 'fs/promises';
import type { Lang } from '../core/i18n/lang';
import type { SheetLayout } from '../core/report/layout';
import { writeWorkbook } from '../xlsx/writeWorkbook';
import type { CliIO } from './io';
import { CLI_WORDS } from './messages';

export async function writeSheets(path: string, sheets: SheetLayout[], lang: Lang, io: CliIO): Promise<boolean> {
  try {
    await writeFile(path, await writeWorkbook(sheets, { lang }));
    return true;
  } catch (err) {
    io.err(CLI_WORDS[lang].writeFailed(path, (err as Error).message));
    return false;
  }
}
