/** Writes the sheets a command produces to an .xlsx file, or says in one line why it could not. */
import type { Lang } from '../core/i18n/lang';
import type { SheetLayout } from '../core/report/layout';
import { writeWorkbook } from '../xlsx/writeWorkbook';
import type { CliIO } from './io';
import { type OutputRequest, writeOutputFile } from './safeOutput';

export async function writeSheets(out: OutputRequest, sheets: SheetLayout[], force: boolean, lang: Lang, io: CliIO): Promise<boolean> {
  return writeOutputFile(out, () => writeWorkbook(sheets, { lang }), force, lang, io);
}
