/** The pane's host inside Excel: every call is one Excel.run batch over the src/excel functions. */
import type { Capabilities } from '../host/capabilities';
import { readGrids } from './readGrids';
import { writeLayouts } from './writeLayouts';
import { selectCell } from './selectCell';
import { importWorkbooks } from './importWorkbooks';
import { ExcelHostError } from './errors';
import { readColumnSettings, writeColumnSettings } from './settings';
import type { WorkbookHost } from '../host/workbookHost';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export function createExcelHost(run: ExcelRun, capabilities: Capabilities): WorkbookHost {
  /** Report sheets this session wrote; submission sheets (templates) stay readable by Progress. */
  const reports = new Set<string>();
  return {
    kind: 'excel',
    capabilities,
    readGrids: (options) =>
      run((context) => readGrids(context, { ...options, capabilities, skipSheet: (name) => reports.has(name) })),
    async writeSheets(layouts, kind, _fileName, options) {
      const result = await run((context) =>
        writeLayouts(context, layouts, { ...options, capabilities, activate: true }),
      );
      if (kind === 'report') result.sheets.forEach((s) => reports.add(s));
      return { kind: 'sheets', ...result };
    },
    selectCell: (sheet, cell) => run((context) => selectCell(context, sheet, cell)),
    columnSettings: {
      load: () => run((context) => readColumnSettings(context)),
      save: (overrides) => run((context) => writeColumnSettings(context, overrides)),
    },
    async importWorkbooks(files, options) {
      if (!capabilities.importSheets)
        throw new ExcelHostError(
          'import-unavailable',
          null,
          'insertWorksheetsFromBase64 is not available in this Excel.',
        );
      const results = await run((context) => importWorkbooks(context, files, options.signal));
      return { files: results.length, sheets: results.reduce((n, r) => n + r.sheets.length, 0) };
    },
  };
}
