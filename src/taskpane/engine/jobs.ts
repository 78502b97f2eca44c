/** The engine's jobs, the same in the worker and on the pane's thread. */
import { type Submission, type SubmissionWorkbook, readSubmissionWorkbook } from '../../core/consolidate';
import type { PlanReading } from '../../core/readPlan';
import type { Finding } from '../../core/findings/finding';
import type { Grid } from '../../core/grid';
import type { ColumnOverride } from '../../core/locate/overrides';
import { splitWorkbook } from '../../core/workbookParts';
import { checkWorkbook } from '../../core/workflow/checkWorkbook';
import {
  type ConsolidateSettings,
  type ConsolidateWorkbookOptions,
  type WorkbookConsolidation,
  consolidateWorkbook,
} from '../../core/workflow/consolidateWorkbook';
import { planOfWorkbook } from '../../core/workflow/planOfWorkbook';
import { type CellWindow, cellWindow } from '../format/cellWindow';
import { noPlanError } from '../errors/paneCodeError';

/** Jobs on the open workbook's Grids (the worker keeps them between jobs). */
export type GridJob =
  | { job: 'check'; file: string | null; columns?: ColumnOverride[] }
  | { job: 'plan'; file: string | null; columns?: ColumnOverride[] }
  | { job: 'consolidate'; file: string | null; asOf: string; settings?: ConsolidateSettings }
  /** The workbook's own unit report sheets. */
  | { job: 'submissions'; file: string | null }
  /** The workbook's plan against the submissions given (read from units' files), and only those. */
  | {
      job: 'summarize';
      file: string | null;
      asOf: string;
      submissions: Submission[];
      findings: Finding[];
      settings?: ConsolidateSettings;
    };

/** Jobs on a unit's file: the bytes go in, only the small result comes back. */
export type FileJob =
  | { job: 'read-submissions'; data: Uint8Array; file: string }
  | { job: 'peek'; data: Uint8Array; sheet: string; row: number; column: string | null };

export interface FileSubmissions extends SubmissionWorkbook {
  /** Sheets in the file, for the preview ("3 sheets, none a unit report"). */
  sheets: number;
}

export type GridJobResult = PlanReading | WorkbookConsolidation | Submission[];

/** The workflows are core's; a job that needs the plan fails when the workbook has none. */
export function runGridJob(job: GridJob, grids: readonly Grid[]): GridJobResult {
  switch (job.job) {
    case 'check':
      return checkWorkbook(grids, { file: job.file, columns: job.columns });
    case 'plan': {
      const found = planOfWorkbook(grids, { file: job.file, columns: job.columns });
      if (!found.ok) throw noPlanError(found.reason);
      return found.plan;
    }
    case 'consolidate':
      return consolidated(grids, { file: job.file, asOf: job.asOf, ...job.settings });
    case 'submissions':
      return splitWorkbook(grids, job.file).submissions;
    case 'summarize':
      return consolidated(grids, {
        file: job.file,
        asOf: job.asOf,
        submissions: job.submissions,
        findings: job.findings,
        ...job.settings,
      });
  }
}

function consolidated(grids: readonly Grid[], options: ConsolidateWorkbookOptions): WorkbookConsolidation {
  const outcome = consolidateWorkbook(grids, options);
  if (!outcome.ok) throw noPlanError(outcome.reason);
  return { plan: outcome.plan, result: outcome.result };
}

export function submissionsOfFile(grids: readonly Grid[], file: string): FileSubmissions {
  return { ...readSubmissionWorkbook(grids, file), sheets: grids.length };
}

export function peekGrids(
  grids: readonly Grid[],
  sheet: string,
  row: number,
  column: string | null,
): CellWindow | null {
  const g = grids.find((x) => x.sheet === sheet);
  return g ? cellWindow(g, row, column) : null;
}
