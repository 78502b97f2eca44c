/**
 * The README's tables of finding codes, made from the code lists themselves: the codes and their
 * severities come from `src/core`, only the "when" column is written here. A code added to a list
 * without its line here fails `tsc`; a README edited by hand fails test/docs/readmeCodes.test.ts.
 * `npm run docs:codes` rewrites the tables between their markers.
 */
import { CHECK_CODES } from '../src/core/checks/codes';
import { CONSOLIDATION_CODES, type ConsolidationCode } from '../src/core/consolidate/codes';
import { ENCODING_CODES } from '../src/core/encoding/codes';
import type { Code } from '../src/core/findings/finding';
import type { Severity } from '../src/core/schema';

/** Every code but consolidation's is a finding of reading a plan: a new feature's code must be described here. */
type PlanCode = Exclude<Code, ConsolidationCode>;

const PLAN_SEVERITIES: Record<PlanCode, Severity> = { ...CHECK_CODES, ...ENCODING_CODES };

const CHECK_WHEN: Record<PlanCode, string> = {
  'table-not-found': 'the workbook holds no target table and no task table',
  'missing-column': 'a table lacks its owner column (and, for tasks, its timeframe column)',
  'missing-text': 'a target or task row has a number but no text',
  'missing-lead': 'a row has no owner (empty or blanks, and no merge covering it)',
  'missing-deadline': 'a task has no timeframe',
  'unparsed-deadline': 'a timeframe that cannot be read (`Quý V/2024`)',
  'undated-deadline': 'a timeframe known to name no date (`Sau khi … công bố`)',
  'deadline-outside-plan-year': 'a dated milestone ends before the plan year or after it',
  'missing-budget': "a task's budget cell is empty and not covered by a merge",
  'numbering-gap': 'a number skipped in STT or task codes (a restart at 1 under a new section is allowed)',
  'numbering-duplicate': 'a number repeated in STT or task codes (a restart at 1 under a new section is allowed)',
  'totals-mismatch': 'the closing `Tổng cộng: …` line disagrees with the counted areas or rows',
  'appendix-year-mismatch': 'an appendix title names another year than the plan year',
  'plan-reference-mismatch': 'the appendices cite the plan with different numbers, kinds or dates',
  'plan-year-unknown': 'no title or timeframe names a year, and `--plan-year` was not given',
  'error-value': 'a table cell holds an Excel error value (`#DIV/0!`, `#REF!`, `#N/A`…)',
  'ambiguous-table':
    'two columns name the deadline, owner, text, budget or number equally well; the first is read (settle it with `--columns`)',
  'lagging-year':
    "a task or deliverable names `năm Y` two or more years before the plan year (last year's text copied forward), or a deliverable names another year than its task; the previous year and years inside document numbers (`61/2018/NĐ-CP`) stay quiet",
  'merges-unread':
    "Excel would not give a plan sheet's merged areas (too many): values merged over several rows count for their first row only, so findings below them may be false; check the file with `cchc check` or in the pane outside Excel",
  'legacy-encoding': 'cells typed in TCVN3 (ABC) or VNI were converted to Unicode for reading (the cells are listed)',
};

const CONSOLIDATION_WHEN: Record<ConsolidationCode, string> = {
  'numerator-exceeds-denominator': "a unit's `Số đạt` is above its `Tổng số`; the unit is left out of that indicator",
  'invalid-number':
    'a count or rate that is not a number, negative, not whole, a rate above 100%, or `Số đạt` blank beside a `Tổng số`',
  'duplicate-submission':
    'a unit sent several copies for one period; none is used (unless `--prefer-latest`, or when no date tells them apart)',
  'rate-without-counts':
    'a unit gave only a rate; it is left out of the weighted rate (its own `met` comes from the rate)',
  'rate-mismatch': 'a typed rate more than 0.5 points from the counts; the counts win',
  'target-changed': "a submission's `Mục tiêu` differs from the plan's; the plan's is used",
  'unknown-indicator': 'an indicator id the plan does not have; the row is ignored',
  'missing-submission': 'a unit on the `--units` list sent no report',
  'unknown-unit': 'a unit not on the `--units` list (one name a line, matched like agency names)',
  'no-submission': 'a file with no sheet holding a `Đơn vị:` row: not a unit submission',
  'missing-unit-name': 'the `Đơn vị:` row names no unit; the report is not consolidated',
  'submission-table-not-found':
    'a submission sheet with no indicator table (`Mã chỉ tiêu`, `Số đạt`, `Tổng số`, `Tỷ lệ đạt`)',
  'unknown-task': 'a task code the plan does not have; the row is ignored',
  'invalid-status': 'a `Tình trạng` that is not `Hoàn thành`, `Đang thực hiện` or `Chưa thực hiện`; ignored',
  'mixed-periods':
    'a submission of another period, from a unit with no report for the period consolidated; left out of the figures',
  'duplicate-row':
    'one sheet gives two rows for the same indicator or task; neither is used until the unit corrects it',
  'unreadable-period':
    'a `Kỳ báo cáo` that names no known period (`Đợt 2`); it is consolidated with the period asked for',
  resubmission: "with `--prefer-latest`, a unit's latest copy is used and the others are set aside",
};

export interface CodeRow {
  code: Code;
  severity: Severity;
  when: string;
}

/** Rows in the order the code lists declare them. */
export function codeRows(): { check: CodeRow[]; consolidation: CodeRow[] } {
  const rows = <C extends Code>(severities: Record<C, Severity>, when: Record<C, string>): CodeRow[] =>
    (Object.keys(severities) as C[]).map((code) => ({ code, severity: severities[code], when: when[code] }));
  return { check: rows(PLAN_SEVERITIES, CHECK_WHEN), consolidation: rows(CONSOLIDATION_CODES, CONSOLIDATION_WHEN) };
}

export function markdownTable(rows: readonly CodeRow[]): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  return [
    '| code | severity | when |',
    '|---|---|---|',
    ...rows.map((r) => `| \`${r.code}\` | ${r.severity} | ${cell(r.when)} |`),
  ].join('\n');
}

/** Each table's place in the README: between these two lines. */
export const MARKERS = {
  check: {
    start: '<!-- check-codes:start (npm run docs:codes writes this table; edit scripts/codeTables.ts) -->',
    end: '<!-- check-codes:end -->',
  },
  consolidation: {
    start: '<!-- consolidation-codes:start (npm run docs:codes writes this table; edit scripts/codeTables.ts) -->',
    end: '<!-- consolidation-codes:end -->',
  },
} as const;

/** The README with each table rewritten between its markers; throws when a marker is missing or doubled. */
export function withCodeTables(readme: string): string {
  const rows = codeRows();
  let out = readme;
  for (const key of ['check', 'consolidation'] as const) {
    const { start, end } = MARKERS[key];
    const from = out.indexOf(start);
    const to = out.indexOf(end);
    if (from < 0 || to < from || out.indexOf(start, from + 1) >= 0)
      throw new Error(`README.md: expected one "${start}" line followed by "${end}"`);
    out = `${out.slice(0, from + start.length)}\n${markdownTable(rows[key])}\n${out.slice(to)}`;
  }
  return out;
}
