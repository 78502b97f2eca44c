/** Reporting periods: every common wording read into the Ministry's data window; other periods flagged. */
import { consolidate, readSubmissions, type ConsolidationResult } from '../../src/core/consolidate';
import { parsePeriod, periodLabel } from '../../src/core/period';
import type { Grid } from '../../src/core/grid';
import { makePlan } from './helpers/plan';
import { submissionGrid } from './helpers/sheets';

const window = (t: string, y: number | null = null) => {
  const p = parsePeriod(t, y);
  return p && [p.key, p.from, p.to, p.due];
};

describe('parsePeriod', () => {
  it.each([
    ['Quý I/2025', '2025-q1'],
    ['Quý 1 năm 2025', '2025-q1'],
    ['quy i nam 2025', '2025-q1'],
    ['Q1/2025', '2025-q1'],
    ['Báo cáo quý I năm 2025', '2025-q1'],
    ['6 tháng đầu năm 2025', '2025-h1'],
    ['6 thang dau nam 2025', '2025-h1'],
    ['Sáu tháng đầu năm 2025', '2025-h1'],
    ['9 tháng năm 2025', '2025-m9'],
    ['9 tháng đầu năm 2025', '2025-m9'],
    ['Quý III/2025', '2025-q3'],
    ['Quý III và 9 tháng năm 2025', '2025-q3'],
    ['Năm 2025', '2025-year'],
    ['Cả năm 2025', '2025-year'],
    ['NĂM 2025', '2025-year'],
    ['Ca nam 2025', '2025-year'],
    ['2025', '2025-year'],
    ['Quý IV/2024', '2024-q4'],
    ['  Quý   II / 2025 ', '2025-q2'],
    ['Quy\u0301 I/2025', '2025-q1'], // decomposed diacritics
  ])('%s → %s', (text, key) => {
    expect(parsePeriod(text)?.key).toBe(key);
  });

  it('gives each period the Ministry’s data window and the 20th of its last month', () => {
    expect(window('Quý I/2025')).toEqual(['2025-q1', '2024-12-15', '2025-03-14', '2025-03-20']);
    expect(window('6 tháng đầu năm 2025')).toEqual(['2025-h1', '2024-12-15', '2025-06-14', '2025-06-20']);
    expect(window('Quý III/2025')).toEqual(['2025-q3', '2025-06-15', '2025-09-14', '2025-09-20']);
    expect(window('9 tháng năm 2025')).toEqual(['2025-m9', '2024-12-15', '2025-09-14', '2025-09-20']);
    expect(window('Năm 2025')).toEqual(['2025-year', '2024-12-15', '2025-12-14', '2025-12-20']);
  });

  it('a wording without a year takes the plan year, else reads nothing', () => {
    expect(window('Quý I', 2024)).toEqual(['2024-q1', '2023-12-15', '2024-03-14', '2024-03-20']);
    expect(parsePeriod('Quý I')).toBeNull();
  });

  it('text that names no period is null', () => {
    for (const t of ['', 'Đợt 2', 'Tháng 3/2025', 'Quý V/2025', 'x'.repeat(500)]) expect(parsePeriod(t)).toBeNull();
  });

  it('labels as reports name them', () => {
    expect(['q1', 'h1', 'm9', 'year'].map((k) => periodLabel({ kind: k as 'q1', year: 2025 }))).toEqual([
      'Quý I/2025',
      '6 tháng đầu năm 2025',
      '9 tháng năm 2025',
      'Năm 2025',
    ]);
    expect(periodLabel({ kind: 'q3', year: 2025 }, 'en')).toBe('Q3 2025');
  });
});

const plan = makePlan([{ id: '1', threshold: 80 }], [{ code: '1.1', due: '2025-03-31' }]);
const sub = (unit: string, period: string, num = 1): Grid =>
  submissionGrid(unit, [['1', 80, num, 2]], null, `${unit} ${period}`, period);
function run(grids: Grid[], period?: string): ConsolidationResult {
  return consolidate(plan, readSubmissions(grids, 'f.xlsx'), {
    asOf: '2025-03-14',
    period: period ? parsePeriod(period) : undefined,
  });
}
const flat = (r: ConsolidationResult) => r.findings.map((f) => [f.code, f.params.unit, f.value]);

describe('the period consolidated', () => {
  it('is the one asked for; other wordings of it count, other periods are left out and flagged', () => {
    const r = run([sub('A', 'Quý I/2025'), sub('B', 'Quý 1 năm 2025'), sub('C', '6 tháng đầu năm 2025')], 'Quý I/2025');
    expect(r.period).toMatchObject({ key: '2025-q1', label: 'Quý I/2025', from: '2024-12-15', to: '2025-03-14' });
    expect(r.indicators[0].units).toEqual(['A', 'B']);
    expect(flat(r)).toEqual([['mixed-periods', 'C', '6 tháng đầu năm 2025']]);
    expect(r.submissions.map((s) => s.used)).toEqual([true, true, false]);
  });

  it('without --period: the one most submissions name; quiet when all agree in any wording', () => {
    const r = run([sub('A', 'Quý I/2025'), sub('B', 'quy 1/2025')]);
    expect(r.period?.key).toBe('2025-q1');
    expect(r.findings).toEqual([]);
  });

  it('another period’s report of a unit that also reported this period is quiet (period over period)', () => {
    const r = run([sub('A', 'Quý I/2025'), sub('A', '6 tháng đầu năm 2025')], 'Quý I/2025');
    expect(r.findings).toEqual([]);
    expect(r.indicators[0].units).toEqual(['A']);
  });

  it('unreadable-period: fires for a period that cannot be read, which counts for the period consolidated', () => {
    const r = run([sub('A', 'Quý I/2025'), sub('B', 'Đợt 2')]);
    expect(flat(r)).toEqual([['unreadable-period', 'B', 'Đợt 2']]);
    expect(r.indicators[0].units).toEqual(['A', 'B']);
  });
});
