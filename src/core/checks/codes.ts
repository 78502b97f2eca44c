/**
 * The check codes and their severities: a public contract (JSON output, report sheets, tests).
 * Keep them; add new ones rather than renaming.
 */
import type { Severity } from '../schema';

export const CHECK_CODES = {
  'table-not-found': 'error',
  'missing-column': 'error',
  'missing-text': 'error',
  'missing-lead': 'error',
  'missing-deadline': 'error',
  'unparsed-deadline': 'warning',
  'undated-deadline': 'info',
  'deadline-outside-plan-year': 'warning',
  'missing-budget': 'warning',
  'numbering-gap': 'warning',
  'numbering-duplicate': 'warning',
  'totals-mismatch': 'error',
  'appendix-year-mismatch': 'warning',
  'plan-reference-mismatch': 'warning',
  'plan-year-unknown': 'warning',
  'error-value': 'warning',
  'ambiguous-table': 'warning',
  'lagging-year': 'info',
  'merges-unread': 'warning',
} as const satisfies Record<string, Severity>;

export type CheckCode = keyof typeof CHECK_CODES;
