/** The workbook's plan and its units' report sheets, consolidated as of a date. */
import { readPlan, type PlanReading } from '../../core/engine';
import { type ConsolidationResult, consolidate } from '../../core/consolidate';
import type { Grid } from '../../core/grid';
import { noPlanError } from '../state/paneError';
import { splitWorkbook } from '../../core/workbookParts';

export interface WorkbookConsolidation {
  plan: PlanReading;
  result: ConsolidationResult;
}

export function planOf(grids: readonly Grid[], file: string | null): PlanReading {
  const plan = readPlan(splitWorkbook(grids, file).planGrids);
  if (plan.targets.length === 0 && plan.tasks.length === 0) throw noPlanError();
  return plan;
}

export function consolidateWorkbook(grids: readonly Grid[], file: string | null, asOf: string): WorkbookConsolidation {
  const { planGrids, submissions } = splitWorkbook(grids, file);
  const plan = readPlan(planGrids);
  if (plan.targets.length === 0 && plan.tasks.length === 0) throw noPlanError();
  return { plan, result: consolidate(plan, submissions, { asOf }) };
}
