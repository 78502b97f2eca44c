/**
 * The plan a workbook holds, for the workflows that work against its targets and tasks
 * (consolidating, progress, a unit's template): one definition of "no plan in this workbook" for
 * the pane and the command line, with the reason, so each host can word it.
 */
import { readPlan, type PlanReading } from '../readPlan';
import type { Submission } from '../consolidate';
import type { Grid } from '../grid';
import { splitWorkbook } from '../workbookParts';
import type { WorkbookOptions } from './checkWorkbook';

/**
 * Why a workbook gives no plan to work against:
 * - `unit-reports-only`: no plan table, but unit report sheets (`Đơn vị:` rows): a unit's
 *   submission or template given where the plan was expected;
 * - `no-plan-tables`: no target table and no task table was found;
 * - `nothing-to-measure`: tables were found, but no percentage indicator and no task in them.
 */
export type NoPlanReason = 'unit-reports-only' | 'no-plan-tables' | 'nothing-to-measure';

export type PlanOfWorkbook =
  | { ok: true; plan: PlanReading; submissions: Submission[] }
  /** The reading is kept: a host may show its findings (why no table was read). */
  | { ok: false; reason: NoPlanReason; plan: PlanReading; submissions: Submission[] };

/** Something to work against: a percentage indicator or a task. */
export function hasPlanItems(plan: PlanReading): boolean {
  return plan.tasks.length > 0 || plan.targets.some((t) => t.indicators.length > 0);
}

export function noPlanReason(plan: PlanReading, submissions: readonly Submission[]): NoPlanReason | null {
  if (hasPlanItems(plan)) return null;
  if (plan.tables.length > 0) return 'nothing-to-measure';
  return submissions.length > 0 ? 'unit-reports-only' : 'no-plan-tables';
}

/** The plan read from the workbook's plan sheets; its own unit report sheets come back beside it. */
export function planOfWorkbook(grids: readonly Grid[], options: WorkbookOptions = {}): PlanOfWorkbook {
  const { planGrids, submissions } = splitWorkbook(grids, options.file ?? null);
  const plan = readPlan(planGrids, { planYear: options.planYear, columns: options.columns ?? [] });
  const reason = noPlanReason(plan, submissions);
  return reason === null ? { ok: true, plan, submissions } : { ok: false, reason, plan, submissions };
}
