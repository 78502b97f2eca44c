/** The work behind "Nhập vào sổ tính" from a .docx, apart from the component so it loads on demand. */
import type { Lang } from '../../../core/i18n/lang';
import type { SheetLayout } from '../../../core/report/layout';
import { appendixSheets } from '../../../core/wordImport/appendixSheets';
import { readDocx } from '../../../docx/readDocument';
import { WorkbookReadError } from '../../../xlsx/readErrors';
import type { PaneEngine } from '../../engine/types';
import type { TaskOptions } from '../../../host/task';

/** The located appendix tables of a Word plan as sheet layouts; a WorkbookReadError when it holds none. */
export async function appendixLayoutsOf(
  data: Uint8Array,
  file: string,
  engine: PaneEngine,
  lang: Lang,
  options: TaskOptions,
): Promise<SheetLayout[]> {
  // Unreadable documents throw a WorkbookReadError, which the pane shows as its one line.
  const grids = readDocx(data);
  const reading = await engine.check(grids, file, options);
  const layouts = appendixSheets(grids, reading, lang);
  if (layouts.length === 0)
    throw new WorkbookReadError('no-appendix-table', `${file}: no table has the headers of an appendix`);
  return layouts;
}
