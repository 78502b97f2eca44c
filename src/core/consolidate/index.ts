/**
 * Consolidation's public API, for the CLI and the task pane alike:
 *   readSubmissions(grids, source) → Submission[]          (every sheet with a `Đơn vị:` row)
 *   consolidate(plan, submissions, {units?, asOf}) → ConsolidationResult
 *   templateLayout(plan, unit, period, lang) → SheetLayout  (the sheet a unit fills in)
 *   summaryLayouts(result, lang) → SheetLayout[]            (the summary workbook)
 *   consolidationJson(result, lang)                         (the --json object, messages rendered)
 */

export * from './types';
export { CONSOLIDATION_CODES, type ConsolidationCode } from './codes';
export {
  readSubmissions,
  readSubmissionSheet,
  readSubmissionWorkbook,
  type SubmissionWorkbook,
} from './readSubmissions';
export { consolidate } from './consolidate';
export { templateLayout, templateLayoutWithRows, type TemplateRows } from './template';
export { summaryLayouts } from './summary';
export { consolidationJson, findingJson, type ConsolidationJson, type FindingJson } from './json';
export { parseCount, parseRate, parseDecimalText } from './numbers';
export { unitKey, indicatorKey, taskKey } from './keys';
export { COMPARATOR_SIGN } from './planItems';
export { parseTaskState, STATUS_LABELS } from './tasks';
export { RATE_TOLERANCE } from './unitRow';
export { summaryText } from './text';
