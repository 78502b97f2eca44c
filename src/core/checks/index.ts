/** Every check of a plan, in the order a reader meets the problems: structure, rows, deadlines, numbering, totals, titles. */
import type { Finding } from '../findings/finding';
import type { Check, CheckContext } from './context';
import { deadlineOutsidePlanYear, deadlineReadability } from './deadlines';
import { numbering } from './numbering';
import { errorValues, missingBudget, missingDeadline, missingLead, missingText } from './rows';
import { ambiguousTable, missingColumn, tableNotFound } from './structure';
import { appendixYear, planReference, planYearKnown } from './titles';
import { totals } from './totals';
import { laggingYears } from './laggingYears';
import { mergesUnread } from './merges';

export const CHECKS: readonly Check[] = [
  mergesUnread,
  tableNotFound,
  missingColumn,
  ambiguousTable,
  missingText,
  missingLead,
  missingDeadline,
  missingBudget,
  errorValues,
  deadlineReadability,
  deadlineOutsidePlanYear,
  numbering,
  totals,
  planYearKnown,
  appendixYear,
  planReference,
  laggingYears,
];

export function runChecks(ctx: CheckContext): Finding[] {
  return CHECKS.flatMap((check) => check(ctx));
}
