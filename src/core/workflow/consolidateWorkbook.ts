/**
 * The Progress workflow on one workbook: its plan and its units' report sheets (or the submissions
 * given, read from units' files), consolidated as of a date.
 */
import { consolidate, type ConsolidationResult, type Submission } from '../consolidate';
import type { Finding } from '../findings/finding';
import type { Grid } from '../grid';
import type { ColumnOverride } from '../locate/overrides';
import { parsePeriod, type ReportingPeriod } from '../period';
import type { PlanReading } from '../readPlan';
import { type NoPlanReason, planOfWorkbook } from './planOfWorkbook';

export interface WorkbookConsolidation {
  plan: PlanReading;
  result: ConsolidationResult;
}

/**
 * What the user chose beside the date: the reporting period (as typed), whether to use a unit's
 * latest copy, and how the plan's tables are read (the corrections `check` takes, so a plan is
 * consolidated as it was checked).
 */
export interface ConsolidateSettings {
  period?: string;
  preferLatest?: boolean;
  columns?: readonly ColumnOverride[];
}

export interface ConsolidateWorkbookOptions extends ConsolidateSettings {
  file?: string | null;
  /** ISO date; the host passes today when the user gives none (core has no clock). */
  asOf: string;
  /** Consolidate exactly these instead of the workbook's own unit sheets. */
  submissions?: readonly Submission[];
  /** Findings the host met before consolidating (units' files it read), kept in order. */
  findings?: readonly Finding[];
}

export type WorkbookConsolidationOutcome = ({ ok: true } & WorkbookConsolidation) | { ok: false; reason: NoPlanReason };

/**
 * The period as typed, read against the plan's year. A period that cannot be read is not guessed
 * at: the figures are then of every period (the pane says beside the field that it was not read).
 */
export function periodSetting(plan: PlanReading, period: string | undefined): ReportingPeriod | null {
  return period?.trim() ? parsePeriod(period, plan.planYear) : null;
}

export function consolidateWorkbook(
  grids: readonly Grid[],
  options: ConsolidateWorkbookOptions,
): WorkbookConsolidationOutcome {
  const found = planOfWorkbook(grids, { file: options.file, columns: options.columns });
  if (!found.ok) return { ok: false, reason: found.reason };
  const { plan } = found;
  const result = consolidate(plan, options.submissions ?? found.submissions, {
    asOf: options.asOf,
    ...(options.findings ? { findings: options.findings } : {}),
    period: periodSetting(plan, options.period),
    preferLatest: options.preferLatest ?? false,
  });
  return { ok: true, plan, result };
}
