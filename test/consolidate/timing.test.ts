/** Task status as reports count it, the headline figures, and the ranking of units. */
import {
  consolidate,
  readSubmissions,
  summaryLayouts,
  summaryText,
  type ConsolidationResult,
} from '../../src/core/consolidate';
import type { Grid } from '../../src/core/grid';
import { cellValueOf } from '../../src/core/report/layout';
import { makePlan } from './helpers/plan';
import { submissionGrid, type TaskRow } from './helpers/sheets';

const plan = makePlan(
  [
    { id: '1', threshold: 80 },
    { id: '2', threshold: 50 },
  ],
  [
    { code: '1.1', due: '2024-06-30' },
    { code: '1.2', due: '2024-06-30' },
    { code: '1.3', due: '2024-09-10' },
    { code: '1.4', due: '2024-12-31' },
    { code: '2.1', due: null },
  ],
);
const sub = (
  unit: string,
  tasks: TaskRow[],
  inds: [number, number][] = [
    [1, 1],
    [1, 1],
  ],
): Grid =>
  submissionGrid(
    unit,
    inds.map(([n, d], i) => [String(i + 1), 80, n, d]),
    tasks,
  );
function run(grids: Grid[], asOf = '2024-09-01', dueSoonDays?: number): ConsolidationResult {
  return consolidate(plan, readSubmissions(grids, 'f.xlsx'), { asOf, dueSoonDays });
}
const timing = (r: ConsolidationResult) => r.tasks.map((t) => [t.code, t.timing, t.dueSoon]);

describe('timing', () => {
  it('done on time, done late (completion date after the due date), within time, overdue', () => {
    const r = run([
      sub('A', [
        ['1.1', 'Hoàn thành', '20/06/2024'],
        ['1.2', 'Hoàn thành', '15/07/2024'],
        ['1.3', 'Đang thực hiện'],
        ['1.4', 'Chưa thực hiện'],
      ]),
    ]);
    expect(timing(r)).toEqual([
      ['1.1', 'done-on-time', false],
      ['1.2', 'done-late', false],
      ['1.3', 'in-time', true],
      ['1.4', 'in-time', false],
      ['2.1', 'in-time', false],
    ]);
    expect(r.tasks[1].doneDate).toBe('2024-07-15');
    expect(r.tasks[1].reports[0].timing).toBe('done-late');
  });

  it('a done report without a date counts as on time; not done past the due date is overdue', () => {
    const r = run([
      sub('A', [
        ['1.1', 'Hoàn thành'],
        ['1.2', 'Đang thực hiện'],
      ]),
    ]);
    expect(timing(r).slice(0, 2)).toEqual([
      ['1.1', 'done-on-time', false],
      ['1.2', 'overdue', false],
    ]);
    expect(r.tasks[1].overdue).toBe(true);
  });

  it('due soon: within 15 days by default, configurable; quiet past the window and on done tasks', () => {
    const a = sub('A', [
      ['1.3', 'Đang thực hiện'],
      ['1.4', 'Đang thực hiện'],
    ]);
    expect(run([a], '2024-08-20').tasks[2].dueSoon).toBe(false); // 21 days ahead
    expect(run([a], '2024-08-26').tasks[2].dueSoon).toBe(true); // 15 days ahead
    expect(run([a], '2024-08-20', 30).tasks[2].dueSoon).toBe(true);
    expect(run([sub('A', [['1.3', 'Hoàn thành']])], '2024-09-01').tasks[2].dueSoon).toBe(false);
    expect(() => run([a], '2024-09-01', -1)).toThrow(RangeError);
  });
});

describe('headline', () => {
  const r = run(
    [
      sub(
        'A',
        [
          ['1.1', 'Hoàn thành', '20/06/2024'],
          ['1.2', 'Hoàn thành', '15/07/2024'],
          ['1.3', 'Hoàn thành'],
        ],
        [
          [9, 10],
          [1, 10],
        ],
      ),
      sub(
        'B',
        [
          ['1.1', 'Hoàn thành'],
          ['1.2', 'Đang thực hiện'],
        ],
        [
          [1, 10],
          [9, 10],
        ],
      ),
      sub(
        'C',
        [['1.4', 'Đang thực hiện']],
        [
          [0, 0],
          [0, 0],
        ],
      ),
    ],
    '2024-09-01',
  );

  it('overall: tasks done out of those due, indicators met out of those with figures', () => {
    // 1.1 done by both; 1.2 done by A only → in progress, overdue; 1.3 and 1.4 not due yet; 2.1 undated.
    expect(r.headline.tasks).toEqual({
      total: 5,
      due: 2,
      done: 1,
      rate: 50,
      doneOnTime: 2,
      doneLate: 0,
      inTime: 2,
      overdue: 1,
      doneAhead: 1,
      dueSoon: 0,
      undated: 1,
    });
    // 1: (9+1)/20 = 50% < 80 not met; 2: 10/20 = 50% ≥ 50 met.
    expect(r.headline.indicators).toEqual({ reported: 2, met: 1, rate: 50 });
  });

  it('per unit, ranked by the share of tasks due done, then indicators met; no figures, no rank', () => {
    expect(
      r.headline.units.map((u) => [
        u.rank,
        u.unit,
        u.tasks.done,
        u.tasks.due,
        u.tasks.rate,
        u.indicators.met,
        u.indicators.reported,
      ]),
    ).toEqual([
      [1, 'A', 2, 2, 100, 1, 2],
      [2, 'B', 1, 2, 50, 1, 2],
      [null, 'C', 0, 0, null, 0, 0],
    ]);
    expect(r.headline.units[0].tasks).toMatchObject({ doneOnTime: 2, doneLate: 1, doneAhead: 1 });
  });

  it('equal shares share a rank', () => {
    const t = run([
      sub('A', [['1.1', 'Hoàn thành']]),
      sub('B', [['1.1', 'Hoàn thành']]),
      sub('C', [['1.1', 'Chưa thực hiện']]),
    ]);
    expect(t.headline.units.map((u) => [u.unit, u.rank])).toEqual([
      ['A', 1],
      ['B', 1],
      ['C', 3],
    ]);
  });

  it('the text report and the summary workbook say it in Vietnamese formats', () => {
    const text = summaryText(r, 'vi');
    expect(text).toContain('hoàn thành 1/2 nhiệm vụ đến hạn, đạt 50%');
    expect(text).toContain(
      'đã hoàn thành đúng hạn 2, đã hoàn thành nhưng quá hạn 0, chưa hoàn thành nhưng trong hạn 2, chưa hoàn thành quá hạn 1',
    );
    expect(text).toContain('1. A: hoàn thành 2/2 nhiệm vụ đến hạn, đạt 100%');
    const sheet = summaryLayouts(r, 'vi')[1];
    expect(sheet.name).toBe('Kết quả chung');
    const rows = sheet.rows.map((row) => row.map(cellValueOf));
    expect(rows.slice(7).map((x) => x.slice(0, 5))).toEqual([
      [null, 'Toàn bộ', 2, 1, 0.5],
      [1, 'A', 2, 2, 1],
      [2, 'B', 2, 1, 0.5],
      [null, 'C', 0, 0, null],
    ]);
  });

  it('41,33%: two decimals with a comma', () => {
    const tasks = Array.from({ length: 75 }, (_, i) => ({ code: `1.${i + 1}`, due: '2024-06-30' }));
    const big = makePlan([{ id: '1', threshold: 80 }], tasks);
    const rows: TaskRow[] = tasks.map((t, i) => [t.code, i < 31 ? 'Hoàn thành' : 'Đang thực hiện']);
    const x = consolidate(big, readSubmissions([submissionGrid('A', [['1', 80, 1, 1]], rows)], 'f'), {
      asOf: '2024-12-31',
    });
    expect(summaryText(x, 'vi')).toContain('hoàn thành 31/75 nhiệm vụ đến hạn, đạt 41,33%');
  });
});
