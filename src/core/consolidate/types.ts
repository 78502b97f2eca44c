/**
 * What consolidation reads and produces. Plain data (no classes) so the CLI prints it as JSON and the
 * task pane renders it without conversion; the --json shape of `cchc consolidate` is exactly
 * `ConsolidationResult` with the findings' messages rendered.
 */
import type { CellValue } from '../grid';
import type { Finding } from '../findings/finding';
import type { Comparator } from '../schema';
import type { ReportingPeriod } from '../period/period';

/** Where a value was read: a physical cell (1-based row, column letter). */
export interface CellRef {
  row: number;
  column: string;
}

/** A cell as read, kept raw so each rule can judge it and a finding can quote it. */
export interface RawCell extends CellRef {
  value: CellValue;
  numberFormat: string | null;
}

export interface SubmissionIndicatorRow {
  /** The id as the unit typed it (`4a`). */
  id: string;
  /** The id folded for matching (`4a`, from `4 A`, `4A.`). */
  key: string;
  row: number;
  target: RawCell | null;
  numerator: RawCell | null;
  denominator: RawCell | null;
  rate: RawCell | null;
  note: string;
}

export type TaskState = 'done' | 'in-progress' | 'not-started';

export interface SubmissionTaskRow {
  code: string;
  key: string;
  row: number;
  status: RawCell | null;
  doneDate: RawCell | null;
  product: string;
  note: string;
}

/** One unit's report: a sheet holding a `Đơn vị:` row. */
export interface Submission {
  unit: string;
  /** File (or workbook) name the host read it from; null when the host knows none. */
  file: string | null;
  sheet: string;
  period: string | null;
  /** The report's own date (a `Ngày báo cáo:` row, or the `…, ngày 20 tháng 3 năm 2025` line), ISO. */
  reportDate?: string | null;
  /** When the host last saw the file change (ISO date-time), the last resort to tell copies apart. */
  modified?: string | null;
  /** The `Đơn vị:` cell, for findings about the submission as a whole. */
  unitCell: CellRef;
  indicators: SubmissionIndicatorRow[];
  /** null when the sheet has no task table (it is optional). */
  tasks: SubmissionTaskRow[] | null;
  /** Problems met while reading the sheet (no indicator table, unreadable header …). */
  findings: Finding[];
}

/**
 * Why a unit's figures are or are not in an indicator's aggregate.
 * - included: counts read, 0 < denominator, numerator ≤ denominator
 * - not-applicable: denominator 0 or blank and no rate (`không phát sinh`)
 * - rate-only: only a rate given; its own `met` comes from it, the aggregate leaves it out
 * - invalid: an unreadable or impossible number (see the unit's findings)
 * - duplicate: the unit submitted more than once; every copy is left out until resolved
 * - absent: the unit's sheet has no row for this indicator
 */
export type UnitState = 'included' | 'not-applicable' | 'rate-only' | 'invalid' | 'duplicate' | 'absent';

export interface PerUnitResult {
  unit: string;
  numerator: number | null;
  denominator: number | null;
  /** 0–100, unrounded: from the counts when they are usable, else the typed rate. */
  rate: number | null;
  met: boolean | null;
  included: boolean;
  state: UnitState;
  /** The submission this figure came from (for duplicates, which copy). */
  file: string | null;
  sheet: string;
}

export interface IndicatorResult {
  id: string;
  /** STT of the plan target holding the indicator. */
  stt: number | null;
  text: string;
  target: number;
  comparator: Comparator;
  /** Σ numerators / Σ denominators over the included units (0 when none). */
  numerator: number;
  denominator: number;
  /** 100·Σnum/Σden, unrounded; null when no unit is included. */
  rate: number | null;
  met: boolean | null;
  /** Names of the included units. */
  units: string[];
  perUnit: PerUnitResult[];
}

export type TaskStatus = 'done' | 'in-progress' | 'not-started' | 'unreported';

/**
 * A task as reports count it (the Government Office's breakdown): done by its due date, done after
 * it (the unit's `Ngày hoàn thành` is later), not done but still within time, not done and overdue.
 */
export type TaskTiming = 'done-on-time' | 'done-late' | 'in-time' | 'overdue';

export interface TaskReport {
  unit: string;
  status: TaskState;
  /** ISO date when the unit gave a completion date that could be read. */
  doneDate: string | null;
  /** This unit's report of the task, counted against the task's due date and the as-of date. */
  timing?: TaskTiming;
}

export interface TaskResult {
  code: string;
  task: string;
  lead: string;
  due: string | null;
  status: TaskStatus;
  overdue: boolean;
  /** The consolidated task, counted as reports count it; a task nobody reported is not done. */
  timing: TaskTiming;
  /** Not done, and due within `dueSoonDays` of the as-of date (the as-of day included). */
  dueSoon: boolean;
  /** The latest completion date the units gave, when the task is done. */
  doneDate: string | null;
  reports: TaskReport[];
}

export interface SubmissionInfo {
  unit: string;
  file: string | null;
  sheet: string;
  period: string | null;
  /** The period the text names (`2025-q1`), null when it names none that can be read. */
  periodKey?: string | null;
  /** In this period's figures: false for a copy superseded or left out, or another period's report. */
  used?: boolean;
}

/** Tasks as a report's headline counts them: `hoàn thành 31/75 nhiệm vụ, đạt 41,33%`. */
export interface TaskHeadline {
  /** Tasks counted (for a unit: the tasks it reported). */
  total: number;
  /** Those whose due date is on or before the as-of date: what had to be done by now. */
  due: number;
  /** Of those due, how many are done (on time or late). */
  done: number;
  /** 100·done/due, unrounded; null when nothing is due yet. */
  rate: number | null;
  doneOnTime: number;
  doneLate: number;
  inTime: number;
  overdue: number;
  /** Done although not due yet (ahead of time); also in doneOnTime. */
  doneAhead: number;
  dueSoon: number;
  /** Tasks with no due date (`Sau khi … công bố`): never due, never overdue. */
  undated: number;
}

/** Indicators met out of those with figures (`đạt 9/12 chỉ tiêu`). */
export interface IndicatorHeadline {
  reported: number;
  met: number;
  /** 100·met/reported, unrounded; null when none has figures. */
  rate: number | null;
}

export interface UnitHeadline {
  unit: string;
  file: string | null;
  sheet: string;
  tasks: TaskHeadline;
  indicators: IndicatorHeadline;
  /** 1 for the best share of tasks done (then of indicators met); equal shares share a rank; null without figures. */
  rank: number | null;
}

export interface Headline {
  tasks: TaskHeadline;
  indicators: IndicatorHeadline;
  /** Ranked, best first. */
  units: UnitHeadline[];
}

/** The period consolidated, with its data window (see core/period). */
export interface PeriodInfo extends ReportingPeriod {
  label: string;
}

/** One cell that differs between two copies of a unit's report. */
export interface CopyChange {
  kind: 'indicator' | 'task' | 'period';
  /** The indicator id or task code; null for the period. */
  key: string | null;
  field: string;
  /** The cell in the earlier copy and its value as read (null when the row is missing there). */
  from: { cell: string | null; value: string | null };
  to: { cell: string | null; value: string | null };
}

export interface ResubmissionCopy {
  file: string | null;
  sheet: string;
  reportDate: string | null;
  modified: string | null;
}

/** A unit that sent more than one report for the same period. */
export interface Resubmission {
  unit: string;
  period: string | null;
  /** Oldest first, as far as it can be told. */
  copies: ResubmissionCopy[];
  /** Index in `copies` of the copy consolidated; null when none is (not asked, or it cannot be told). */
  used: number | null;
  /** What told the copies apart: the report's own date, else the file's modification time. */
  basis: 'report-date' | 'modified' | null;
  /** Cell by cell, between the first and the last copy. */
  changes: CopyChange[];
}

export interface PeriodPoint {
  numerator: number;
  denominator: number;
  rate: number | null;
  met: boolean | null;
}

/** Several periods' submissions of the same units: each indicator's rate and each task's state per period. */
export interface PeriodSeries {
  /** Oldest first. */
  periods: { key: string; label: string; from: string; to: string; submissions: number }[];
  indicators: { id: string; target: number; comparator: Comparator; points: (PeriodPoint | null)[] }[];
  tasks: { code: string; points: ({ status: TaskStatus; timing: TaskTiming } | null)[] }[];
}

export interface ConsolidationResult {
  planYear: number | null;
  /** ISO date the overdue test was made against. */
  asOf: string;
  submissions: SubmissionInfo[];
  indicators: IndicatorResult[];
  tasks: TaskResult[];
  findings: Finding[];
  /** The period consolidated: `--period`, else the one most submissions name; null when none names one. */
  period: PeriodInfo | null;
  /** Days ahead that count as "due soon". */
  dueSoonDays: number;
  headline: Headline;
  resubmissions: Resubmission[];
  /** Present when the submissions span more than one period. */
  series: PeriodSeries | null;
}

export interface ConsolidateOptions {
  /** The expected units (from `--units`); enables missing-submission and unknown-unit. */
  units?: readonly string[];
  /** ISO date `YYYY-MM-DD`; the host passes today when the user gives none (core has no clock). */
  asOf: string;
  /** Findings a host met before consolidation (a workbook with no submission sheet), kept in order. */
  findings?: readonly Finding[];
  /** The period to consolidate; submissions of other periods are left out of its figures. */
  period?: ReportingPeriod | null;
  /** "Due soon" means due within this many days of the as-of date (default 15). */
  dueSoonDays?: number;
  /** Of a unit's copies for one period, consolidate the latest instead of none. */
  preferLatest?: boolean;
}
