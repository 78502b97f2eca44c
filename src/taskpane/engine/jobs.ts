/** The engine's jobs on Grids, the same in the worker and on the pane's thread. */
import { readPlan, type PlanReading } from '../../core/engine';
import type { Grid } from '../../core/grid';
import type { ColumnOverride } from '../../core/locate/overrides';
import { splitWorkbook } from '../../core/workbookParts';
import { type WorkbookConsolidation, consolidateWorkbook, planOf } from './consolidateWorkbook';

export type GridJob =
  | { job: 'check'; file: string | null; columns?: ColumnOverride[] }
  | { job: 'plan'; file: string | null }
  | { job: 'consolidate'; file: string | null; asOf: string };

export function runGridJob(job: GridJob, grids: readonly Grid[]): PlanReading | WorkbookConsolidation {
  switch (job.job) {
    case 'check':
      return readPlan(splitWorkbook(grids, job.file).planGrids, { columns: job.columns ?? [] });
    case 'plan':
      return planOf(grids, job.file);
    case 'consolidate':
      return consolidateWorkbook(grids, job.file, job.asOf);
  }
}
