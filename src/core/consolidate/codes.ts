/**
 * The finding codes consolidation emits: a public contract like the engine's codes (keep them; add
 * more if useful). Severity lives here, once, so every rule and the catalogue agree; so do the
 * params each code carries (ConsolidationParams).
 */
import type { Comparator, Severity } from '../schema';

/** The unit a finding is about (`Đơn vị:` as the submission names it). */
interface OfUnit {
  unit: string;
}

/** A finding on one indicator's row of a unit's submission. */
interface OfIndicator extends OfUnit {
  indicator: string;
}

/** A finding on one task's row of a unit's submission. */
interface OfTask extends OfUnit {
  task: string;
}

/** Copies of one unit's report: how many, where the others are (`b.xlsx › Sheet1; …`), how many cells differ. */
interface Copies extends OfUnit {
  copies: number;
  others: string;
  changes: number;
}

export interface ConsolidationParams {
  'numerator-exceeds-denominator': OfIndicator & { numerator: number; denominator: number };
  /** `reason` is one of unreadable, negative, not-whole, above-100, blank. */
  'invalid-number': OfIndicator & { field: 'numerator' | 'denominator' | 'rate'; reason: string };
  /** `undecided`: the latest copy was asked for but no date tells the copies apart. */
  'duplicate-submission': Copies & { undecided: boolean };
  /** Rates in percent (87.5), as the submission's rate column means them. */
  'rate-without-counts': OfIndicator & { rate: number | null };
  'rate-mismatch': OfIndicator & { typed: number; computed: number };
  /** `expected` is the plan's threshold, in percent. */
  'target-changed': OfIndicator & { expected: number; comparator: Comparator };
  'unknown-indicator': OfIndicator;
  'missing-submission': OfUnit;
  'unknown-unit': OfUnit;
  /** `sheets`: how many sheets the file has, none with a `Đơn vị:` row. */
  'no-submission': { sheets: number };
  'missing-unit-name': { unit: null };
  'submission-table-not-found': { unit: string | null };
  'unknown-task': OfTask;
  'invalid-status': OfTask;
  /** `expected` is the period consolidated, as the submissions write it. */
  'mixed-periods': OfUnit & { expected: string };
  /** Two rows of one sheet give the same task, or the same indicator (`firstRow` is the first of them). */
  'duplicate-row': (OfTask & { indicator?: undefined }) | (OfIndicator & { firstRow: number; task?: undefined });
  'unreadable-period': OfUnit;
  /** The copy used was chosen by `basis`; `date` is that copy's (ISO date or date-time). */
  resubmission: Copies & { basis: 'report-date' | 'modified' | null; date: string | null };
}

export const CONSOLIDATION_CODES = {
  'numerator-exceeds-denominator': 'error',
  'invalid-number': 'error',
  'duplicate-submission': 'error',
  'rate-without-counts': 'info',
  'rate-mismatch': 'warning',
  'target-changed': 'error',
  'unknown-indicator': 'warning',
  'missing-submission': 'warning',
  'unknown-unit': 'warning',
  // Files, rows and periods that cannot be counted: a consolidator needs them to trust the totals.
  'no-submission': 'error',
  'missing-unit-name': 'error',
  'submission-table-not-found': 'error',
  'unknown-task': 'warning',
  'invalid-status': 'warning',
  'mixed-periods': 'warning',
  // One sheet giving two rows for the same indicator or task: which one is meant is for the unit to say.
  'duplicate-row': 'error',
  // A `Kỳ báo cáo` that names no period the tool knows (`Đợt 2`): it is consolidated with the period asked for.
  'unreadable-period': 'warning',
  // A unit's later copy used instead of none (`preferLatest`): the user asked, so it is for information.
  resubmission: 'info',
} as const satisfies Record<keyof ConsolidationParams, Severity>;

export type ConsolidationCode = keyof typeof CONSOLIDATION_CODES;

export function severityOf(code: ConsolidationCode): Severity {
  return CONSOLIDATION_CODES[code];
}
