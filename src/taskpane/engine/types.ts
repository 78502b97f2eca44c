/**
 * What the pane asks of its engine: the heavy pure work (reading .xlsx bytes, reading and checking
 * the plan, consolidating). Two implementations: a Web Worker, so the pane's thread never blocks
 * for long while a big workbook is read, and the pane's own thread where no Worker exists (jsdom,
 * old webviews).
 */
import type { PlanReading } from '../../core/readPlan';
import type { Grid } from '../../core/grid';
import type { ColumnOverride } from '../../core/locate/overrides';
import type { TaskOptions } from '../../host/task';
import type { Submission } from '../../core/consolidate';
import type { Finding } from '../../core/findings/finding';
import type { ConsolidateSettings, WorkbookConsolidation } from '../../core/workflow/consolidateWorkbook';
import type { CellWindow } from '../format/cellWindow';
import type { FileSubmissions } from './jobs';

export interface PaneEngine {
  kind: 'worker' | 'main-thread';
  /** .xlsx bytes → Grids (outside Excel: the workbook the user opened, units' workbooks). */
  readWorkbook: (data: Uint8Array, options: TaskOptions) => Promise<Grid[]>;
  /** The plan's sheets read and checked; a workbook with no plan gives an empty reading. */
  check(
    grids: readonly Grid[],
    file: string | null,
    options: TaskOptions,
    columns?: ColumnOverride[],
  ): Promise<PlanReading>;
  /** As check, but a workbook with no plan is an error (the tabs that need a plan). */
  plan(
    grids: readonly Grid[],
    file: string | null,
    options: TaskOptions,
    columns?: ColumnOverride[],
  ): Promise<PlanReading>;
  consolidate(
    grids: readonly Grid[],
    file: string | null,
    asOf: string,
    options: TaskOptions,
    settings?: ConsolidateSettings,
  ): Promise<WorkbookConsolidation>;
  /** The unit report sheets already in the workbook. */
  workbookSubmissions(grids: readonly Grid[], file: string | null, options: TaskOptions): Promise<Submission[]>;
  /** The workbook's plan consolidated over exactly these submissions (its own unit sheets are not added). */
  summarize(
    grids: readonly Grid[],
    file: string | null,
    asOf: string,
    submissions: readonly Submission[],
    findings: readonly Finding[],
    options: TaskOptions,
    settings?: ConsolidateSettings,
  ): Promise<WorkbookConsolidation>;
  /** A unit's .xlsx file → its submissions; only they come back, never the file's grids. */
  readSubmissions(data: Uint8Array, file: string, options: TaskOptions): Promise<FileSubmissions>;
  /** The rows around a cell of a sheet in an .xlsx file (a finding's place in a unit's file). */
  peek(
    data: Uint8Array,
    sheet: string,
    row: number,
    column: string | null,
    options: TaskOptions,
  ): Promise<CellWindow | null>;
}
