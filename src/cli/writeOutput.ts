/** Writes the sheets a command produces to an .xlsx file, or says in one line why it could not. */
import type { Lang } from '../core/i18n/lang';
import type { SheetLayout } from '../core/report/layout';
import type { CliIO } from './io';
import { type OutputRequest, writeOutputFile } from './safeOutput';

export async function writeSheets(
  out: OutputRequest,
  sheets: SheetLayout[],
  force: boolean,
  lang: Lang,
  io: CliIO,
): Promise<boolean> {
  // exceljs (about 700 modules) loads on the first write: a command that writes no .xlsx never
  // pays its start-up, which was most of a small `cchc check`.
  return writeOutputFile(
    out,
    async () => (await import('../xlsx/writeWorkbook')).writeWorkbook(sheets, { lang }),
    force,
    lang,
    io,
  );
}
