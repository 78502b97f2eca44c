/** The engine's jobs, the same in the worker and on the pane's thread. */
import { readPlan, type PlanReading } from '../../core/engine';
import { type Submission, type SubmissionWorkbook, consolidate, readSubmissionWorkbook } from '../../core/consolidate';
import type { Finding } from '../../core/findings/finding';
import type { Grid } from '../../core/grid';
import type { ColumnOverride } from '../../core/locate/overrides';
import { splitWorkbook } from '../../core/workbookParts';
import { placeInWordTables } from '../../core/findings/wordPlace';
import { type ConsolidateSettings, type WorkbookConsolidation, consolidateWorkbook, planOf, settingsFor } from './consolidateWorkbook';
import { type CellWindow, cellWindow } from './cellWindow';

/** Jobs on the open workbook's Grids (the worker keeps them between jobs). */
export type GridJob =
  | { job: 'check'; file: string | null; columns?: ColumnOverride[] }
  | { job: 'plan'; file: string | null }
  | { job: 'consolidate'; file: string | null; asOf: string; settings?: ConsolidateSettings }
  /** The workbook's own unit report sheets. */
  | { job: 'submissions'; file: string | null }
  /** The workbook's plan against the submissions given (read from units' files), and only those. */
  | { job: 'summarize'; file: string | null; asOf: string; submissions: Submission[]; findings: Finding[]; settings?: ConsolidateSettings };

/** Jobs on a unit's file: the bytes go in, only the small result comes back. */
export type FileJob =
  | { job: 'read-submissions'; data: Uint8Array; file: string }
  | { job: 'peek'; data: Uint8Array; sheet: string; row: number; column: string | null };

export interface FileSubmissions extends SubmissionWorkbook {
  /** Sheets in the file, for the preview ("3 sheets, none a unit report"). */
  sheets: number;
}

export type GridJobResult = PlanReading | WorkbookConsolidation | Submission[];

export function runGridJob(job: GridJob, grids: readonly Grid[]): GridJobResult {
  switch (job.job) {
    case 'check': {
      const reading = readPlan(splitWorkbook(grids, job.file).planGrids, { columns: job.columns ?? [] });
      // A Word document's findings name the table, row and column as Word numbers them.
      return { ...reading, findings: placeInWordTables(reading.findings, grids) };
    }
    case 'plan':
      return planOf(grids, job.file);
    case 'consolidate':
      return consolidateWorkbook(grids, job.file, job.asOf, job.settings);
    case 'submissions':
      return splitWorkbook(grids, job.file).submissions;
    case 'summarize': {
      const plan = planOf(grids, job.file);
      return { plan, result: consolidate(plan, job.submissions, { asOf: job.asOf, findings: job.findings, ...settingsFor(plan, job.settings) }) };
    }
  }
}

export function submissionsOfFile(grids: readonly Grid[], file: string): FileSubmissions {
  return { ...readSubmissionWorkbook(grids, file), sheets: grids.length };
}

export function peekGrids(grids: readonly Grid[], sheet: string, row: number, column: string | null): CellWindow | null {
  const g = grids.find((x) => x.sheet === sheet);
  return g ? cellWindow(g, row, column) : null;
}
