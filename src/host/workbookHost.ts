/**
 * What the pane asks of a workbook host: Excel (Office.js, src/excel/excelHost.ts) or the browser
 * (a file the user opened, src/browser/browserHost.ts). The pane holds no Office.js or exceljs code
 * of its own; it only talks to this interface.
 */
import type { Grid } from '../core/grid';
import type { ColumnOverride } from '../core/locate/overrides';
import type { SheetLayout } from '../core/report/layout';
import type { TaskOptions } from './task';
import type { Capabilities } from './capabilities';

/** `report`: results the tool computed; `submission`: a sheet units fill in, read back by Progress. */
export type SheetKind = 'report' | 'submission';

export type WriteOutcome =
  { kind: 'sheets'; sheets: string[]; skipped: string[] } | { kind: 'download'; fileName: string };

export interface UnitFile {
  name: string;
  data: Uint8Array;
}

export interface ImportOutcome {
  files: number;
  sheets: number;
}

export interface WorkbookHost {
  kind: 'excel' | 'browser';
  capabilities: Capabilities;
  /** Every sheet except the add-in's own report sheets. */
  readGrids(options: TaskOptions): Promise<Grid[]>;
  writeSheets(layouts: SheetLayout[], kind: SheetKind, fileName: string, options: TaskOptions): Promise<WriteOutcome>;
  /** Takes the user to a cell; false when the host has no workbook on screen. */
  selectCell(sheet: string, cell: string | null): Promise<boolean>;
  importWorkbooks(files: UnitFile[], options: TaskOptions): Promise<ImportOutcome>;
  /** The user's column choices kept with the workbook (Excel: workbook.settings); absent where only the session keeps them. */
  columnSettings?: {
    load(): Promise<ColumnOverride[]>;
    save(overrides: ColumnOverride[]): Promise<void>;
  };
}
