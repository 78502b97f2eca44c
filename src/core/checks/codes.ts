/**
 * The check codes, their severities and their params: a public contract (JSON output, report
 * sheets, tests). Keep them; add new ones rather than renaming. A code is added in CheckParams
 * first; CHECK_CODES and the catalogue (./messages.ts) then fail `tsc` until they have it too.
 */
import type { NoParams } from '../findings/params';
import type { PlanRole } from '../locate/vocabulary';
import type { Severity } from '../schema';

type TableKind = 'targets' | 'tasks';

/** The number (STT or task code) of the row a finding is about, as the table writes it. */
interface Numbered {
  number: string;
}

export interface CheckParams {
  'table-not-found': NoParams;
  'missing-column': { column: PlanRole; table: TableKind };
  'missing-text': Numbered;
  'missing-lead': Numbered;
  'missing-deadline': Numbered;
  'unparsed-deadline': Numbered;
  'undated-deadline': Numbered;
  /** `end` is the ISO date the first milestone outside the plan year ends. */
  'deadline-outside-plan-year': Numbered & { end: string; planYear: number; beforeIssued: boolean };
  'missing-budget': Numbered;
  /** `missing` is the number or range skipped: `1.2`, `1.2–1.4`. */
  'numbering-gap': Numbered & { missing: string };
  'numbering-duplicate': Numbered;
  'totals-mismatch': {
    statedGroups: number | null;
    countedGroups: number;
    statedRows: number | null;
    countedRows: number;
    table: TableKind;
  };
  'appendix-year-mismatch': { year: number; planYear: number };
  /** The plan as this appendix cites it, and as the other appendices do; dates are ISO. */
  'plan-reference-mismatch': { cited: string; citedIssued: string | null; plan: string; planIssued: string | null };
  'plan-year-unknown': NoParams;
  'error-value': NoParams;
  /** `chosen` is the column read, `others` the rest (`F, H`). */
  'ambiguous-table': { role: PlanRole; chosen: string; others: string; table: TableKind };
  /** `code` is the task's; `taskYear` the years its text names, when a deliverable differs from them. */
  'lagging-year':
    | { code: string; year: number; planYear: number; kind: 'task' }
    | { code: string; year: number; planYear: number; kind: 'product' | 'product-vs-task'; taskYear: string };
  'merges-unread': NoParams;
}

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
} as const satisfies Record<keyof CheckParams, Severity>;

export type CheckCode = keyof typeof CHECK_CODES;
