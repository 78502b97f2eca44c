/**
 * The finding codes consolidation emits: a public contract like the engine's codes (keep them; add
 * more if useful). Severity lives here, once, so every rule and the catalogue agree.
 */
import type { Severity } from '../schema';

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
  'resubmission': 'info',
} as const satisfies Record<string, Severity>;

export type ConsolidationCode = keyof typeof CONSOLIDATION_CODES;

export function severityOf(code: ConsolidationCode): Severity {
  return CONSOLIDATION_CODES[code];
}
