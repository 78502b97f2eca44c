/** The workbook's plan and its units' report sheets, consolidated as of a date. */
import { readPlan, type PlanReading } from '../../core/engine';
import { type ConsolidationResult, consolidate } from '../../core/consolidate';
import type { Grid } from '../../core/grid';
import { noPlanError } from '../state/paneError';
import { splitWorkbook } from '../../core/workbookParts';
import { parsePeriod, type ReportingPeriod } from '../../core/period';

export interface WorkbookConsolidation {
  plan: PlanReading;
  result: ConsolidationResult;
}

export function planOf(grids: readonly Grid[], file: string | null): PlanReading {
  const plan = readPlan(splitWorkbook(grids, file).planGrids);
  if (plan.targets.length === 0 && plan.tasks.length === 0) throw noPlanError();
  return plan;
}

/** What the user chose beside the date: the reporting period (as typed) and whether to use a unit's latest copy. */
export interface ConsolidateSettings {
  period?: string;
  preferLatest?: boolean;
}

/** The options core takes for the settings; a period the pane cannot read is not guessed at. */
export function settingsFor(plan: PlanReading, settings: ConsolidateSettings = {}): { period: ReportingPeriod | null; preferLatest: boolean } {
  return { period: settings.period?.trim() ? parsePeriod(settings.period, plan.planYear) : null, preferLatest: settings.preferLatest ?? false };
}

export function consolidateWorkbook(grids: readonly Grid[], file: string | null, asOf: string, settings: ConsolidateSettings = {}): WorkbookConsolidation {
  const { planGrids, submissions } = splitWorkbook(grids, file);
  const plan = readPlan(planGrids);
  if (plan.targets.length === 0 && plan.tasks.length === 0) throw noPlanError();
  return { plan, result: consolidate(plan, submissions, { asOf, ...settingsFor(plan, settings) }) };
}
