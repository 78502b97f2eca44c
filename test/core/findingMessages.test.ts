/**
 * Every finding code renders a real message in Vietnamese and in English from the renderer alone:
 * this file imports no engine, no consolidation and no catalogue, only the renderer and the code
 * lists (plain data), so a catalogue the renderer does not reach by itself shows here as a bare
 * code. The samples are typed by code: a new code without a sample fails `tsc`.
 */
import { CHECK_CODES } from '../../src/core/checks/codes';
import { CONSOLIDATION_CODES } from '../../src/core/consolidate/codes';
import { makeFinding, type Code, type Finding, type ParamsArg } from '../../src/core/findings/finding';
import { renderMessage } from '../../src/core/findings/render';

const SEVERITY = { ...CHECK_CODES, ...CONSOLIDATION_CODES, 'legacy-encoding': 'info' } as const;
const PLACE = { file: 'phuong-1.xlsx', sheet: 'Phụ lục 2', row: 12, column: 'F' };
const UNIT = 'UBND Phường 1';

function sample<C extends Code>(code: C, value: string | null, ...params: ParamsArg<C>): Finding<C> {
  return makeFinding(code, SEVERITY[code], PLACE, value, ...params);
}

/** One finding or more per code, with params as the engine gives them (each variant a message has). */
const SAMPLES: { [C in Code]: readonly Finding<C>[] } = {
  'table-not-found': [makeFinding('table-not-found', 'error', {})],
  'missing-column': [
    sample('missing-column', null, { column: 'lead', table: 'tasks' }),
    sample('missing-column', null, { column: 'timeframe', table: 'targets' }),
  ],
  'missing-text': [sample('missing-text', null, { number: '3' })],
  'missing-lead': [sample('missing-lead', null, { number: '1.2' }), sample('missing-lead', null, { number: '' })],
  'missing-deadline': [sample('missing-deadline', null, { number: '1.3' })],
  'unparsed-deadline': [sample('unparsed-deadline', 'Trong năm', { number: '2.1' })],
  'undated-deadline': [sample('undated-deadline', 'Thường xuyên', { number: '2.2' })],
  'deadline-outside-plan-year': [
    sample('deadline-outside-plan-year', 'Quý I/2025', {
      number: '2.3',
      end: '2025-03-31',
      planYear: 2024,
      beforeIssued: false,
    }),
    sample('deadline-outside-plan-year', 'Tháng 11/2023', {
      number: '2.4',
      end: '2023-11-30',
      planYear: 2024,
      beforeIssued: true,
    }),
  ],
  'missing-budget': [sample('missing-budget', null, { number: '2.5' })],
  'numbering-gap': [
    sample('numbering-gap', '1.4', { number: '1.4', missing: '1.3' }),
    sample('numbering-gap', '1.7', { number: '1.7', missing: '1.5–1.6' }),
  ],
  'numbering-duplicate': [sample('numbering-duplicate', '1.2', { number: '1.2' })],
  'totals-mismatch': [
    sample('totals-mismatch', 'Tổng cộng: 07 lĩnh vực, 30 nhiệm vụ./.', {
      statedGroups: 7,
      countedGroups: 6,
      statedRows: 30,
      countedRows: 30,
      table: 'tasks',
    }),
    sample('totals-mismatch', 'Tổng cộng: 31 nhiệm vụ', {
      statedGroups: null,
      countedGroups: 6,
      statedRows: 31,
      countedRows: 30,
      table: 'targets',
    }),
  ],
  'appendix-year-mismatch': [
    sample('appendix-year-mismatch', 'PHỤ LỤC 1 ... NĂM 2023', { year: 2023, planYear: 2024 }),
  ],
  'plan-reference-mismatch': [
    sample('plan-reference-mismatch', 'Kèm theo Kế hoạch số 3838/KH-UBND ngày 28/12/2023', {
      cited: '3838/KH-UBND',
      citedIssued: '2023-12-28',
      plan: '3839/KH-UBND',
      planIssued: '2023-12-29',
    }),
    sample('plan-reference-mismatch', 'Kèm theo Kế hoạch số 3838/KH-UBND', {
      cited: '3838/KH-UBND',
      citedIssued: null,
      plan: '3839/KH-UBND',
      planIssued: null,
    }),
  ],
  'plan-year-unknown': [sample('plan-year-unknown', null)],
  'error-value': [sample('error-value', '#REF!')],
  'ambiguous-table': [sample('ambiguous-table', null, { role: 'lead', chosen: 'E', others: 'F, H', table: 'targets' })],
  'lagging-year': [
    sample('lagging-year', 'Tổng kết công tác CCHC năm 2022', {
      code: '1.9',
      year: 2022,
      planYear: 2024,
      kind: 'task',
    }),
    sample('lagging-year', 'Báo cáo năm 2021', {
      code: '2.4',
      year: 2021,
      planYear: 2024,
      kind: 'product',
      taskYear: '',
    }),
    sample('lagging-year', 'Trong năm 2023', {
      code: '2.4',
      year: 2023,
      planYear: 2024,
      kind: 'product-vs-task',
      taskYear: '2024',
    }),
  ],
  'merges-unread': [sample('merges-unread', null)],
  'numerator-exceeds-denominator': [
    sample('numerator-exceeds-denominator', '9', { unit: UNIT, indicator: '4a', numerator: 9, denominator: 8 }),
  ],
  'invalid-number': [
    sample('invalid-number', '12,5', { unit: UNIT, indicator: '4a', field: 'numerator', reason: 'not-whole' }),
    sample('invalid-number', '120%', { unit: UNIT, indicator: '4a', field: 'rate', reason: 'above-100' }),
    sample('invalid-number', null, { unit: UNIT, indicator: '4a', field: 'denominator', reason: 'something new' }),
  ],
  'duplicate-submission': [
    sample('duplicate-submission', UNIT, {
      unit: UNIT,
      copies: 2,
      others: 'phuong-1 (2).xlsx › Phụ lục 2',
      changes: 3,
      undecided: false,
    }),
    sample('duplicate-submission', UNIT, {
      unit: UNIT,
      copies: 3,
      others: 'a.xlsx › S; b.xlsx › S',
      changes: 0,
      undecided: true,
    }),
  ],
  'rate-without-counts': [sample('rate-without-counts', '87,5%', { unit: UNIT, indicator: '4a', rate: 87.5 })],
  'rate-mismatch': [sample('rate-mismatch', '80%', { unit: UNIT, indicator: '4a', typed: 80, computed: 87.5 })],
  'target-changed': [sample('target-changed', '80%', { unit: UNIT, indicator: '4a', expected: 85, comparator: '>=' })],
  'unknown-indicator': [sample('unknown-indicator', '9z', { unit: UNIT, indicator: '9z' })],
  'missing-submission': [makeFinding('missing-submission', 'warning', {}, UNIT, { unit: UNIT })],
  'unknown-unit': [sample('unknown-unit', 'UBND Phường 99', { unit: 'UBND Phường 99' })],
  'no-submission': [
    makeFinding('no-submission', 'error', { file: 'ke-hoach.xlsx' }, null, { sheets: 2 }),
    makeFinding('no-submission', 'error', {}, null, { sheets: 0 }),
  ],
  'missing-unit-name': [sample('missing-unit-name', null, { unit: null })],
  'submission-table-not-found': [
    sample('submission-table-not-found', null, { unit: UNIT }),
    sample('submission-table-not-found', null, { unit: null }),
  ],
  'unknown-task': [sample('unknown-task', '9.9', { unit: UNIT, task: '9.9' })],
  'invalid-status': [sample('invalid-status', 'Xong', { unit: UNIT, task: '1.1' })],
  'mixed-periods': [sample('mixed-periods', 'Quý I/2024', { unit: UNIT, expected: 'Năm 2024' })],
  'duplicate-row': [
    sample('duplicate-row', '1.1', { unit: UNIT, task: '1.1' }),
    sample('duplicate-row', '4a', { unit: UNIT, indicator: '4a', firstRow: 9 }),
  ],
  'unreadable-period': [sample('unreadable-period', 'Đợt 2', { unit: UNIT })],
  resubmission: [
    sample('resubmission', UNIT, {
      unit: UNIT,
      copies: 2,
      others: 'phuong-1 (cu).xlsx › Phụ lục 2',
      changes: 4,
      basis: 'report-date',
      date: '2024-12-20',
    }),
    sample('resubmission', UNIT, {
      unit: UNIT,
      copies: 2,
      others: 'phuong-1 (cu).xlsx › Phụ lục 2',
      changes: 0,
      basis: 'modified',
      date: '2024-12-21T08:30:00.000Z',
    }),
  ],
  'legacy-encoding': [
    sample('legacy-encoding', '§¬n vÞ', { encoding: 'tcvn3', count: 12, cells: 'A1, B2, …', example: 'Đơn vị' }),
  ],
};

const codes = Object.keys(SAMPLES) as Code[];
const cases = codes.flatMap((code) => SAMPLES[code].map((f: Finding, i) => [code, i, f] as const));

test('the samples cover every published code', () => {
  expect([...codes].sort()).toEqual(
    [...Object.keys(CHECK_CODES), ...Object.keys(CONSOLIDATION_CODES), 'legacy-encoding'].sort(),
  );
});

describe.each(['vi', 'en'] as const)('every code renders in %s', (lang) => {
  it.each(cases)('%s (sample %i)', (code, _i, f) => {
    const m = renderMessage(f, lang);
    // The renderer's fallback for a code it has no message for is the bare code.
    expect(m.startsWith(code)).toBe(false);
    expect(m.length).toBeGreaterThan(20);
    expect(m).not.toMatch(/undefined|NaN|\[object|null/);
  });
});

test('the two languages differ for every sample (neither falls back to the other)', () => {
  for (const [code, i, f] of cases)
    expect([code, i, renderMessage(f, 'vi')]).not.toEqual([code, i, renderMessage(f, 'en')]);
});
