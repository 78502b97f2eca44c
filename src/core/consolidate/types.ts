/**
 * What consolidation reads and produces. Plain data (no classes) so the CLI prints it as JSON and the
 * task pane renders it without conversion; the --json shape of `cchc consolidate` is exactly
 * `ConsolidationResult` with the findings' messages rendered.
 */
import type { CellValue } from '../grid';
import type { Finding } from '../findings/finding';
import type { Comparator } from '../schema';

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

export interface TaskReport {
  unit: string;
  status: TaskState;
  /** ISO date when the unit gave a completion date that could be read. */
  doneDate: string | null;
}

export interface TaskResult {
  code: string;
  task: string;
  lead: string;
  due: string | null;
  status: TaskStatus;
  overdue: boolean;
  reports: TaskReport[];
}

export interface SubmissionInfo {
  unit: string;
  file: string | null;
  sheet: string;
  period: string | null;
}

export interface ConsolidationResult {
  planYear: number | null;
  /** ISO date the overdue test was made against. */
  asOf: string;
  submissions: SubmissionInfo[];
  indicators: IndicatorResult[];
  tasks: TaskResult[];
  findings: Finding[];
}

export interface ConsolidateOptions {
  /** The expected units (from `--units`); enables missing-submission and unknown-unit. */
  units?: readonly string[];
  /** ISO date `YYYY-MM-DD`; the host passes today when the user gives none (core has no clock). */
  asOf: string;
  /** Findings a host met before consolidation (a workbook with no submission sheet), kept in order. */
  findings?: readonly Finding[];
}
