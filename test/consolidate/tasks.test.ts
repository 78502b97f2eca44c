import { consolidate, readSubmissions, type ConsolidationResult } from '../../src/core/consolidate';
import type { Grid } from '../../src/core/grid';
import { makePlan } from './helpers/plan';
import { submissionGrid, type TaskRow } from './helpers/sheets';

const plan = makePlan(
  [{ id: '1', threshold: 80 }],
  [
    { code: '1.1', due: '2024-06-30' },
    { code: '1.2', due: '2024-12-31' },
    { code: '2.1', due: null },
  ],
);

const sub = (unit: string, tasks: TaskRow[]): Grid => submissionGrid(unit, [['1', 80, 1, 1]], tasks);
function run(grids: Grid[], asOf = '2024-09-01'): ConsolidationResult {
  return consolidate(plan, readSubmissions(grids, 'f.xlsx'), { asOf });
}
const status = (r: ConsolidationResult) => r.tasks.map((t) => [t.code, t.status, t.overdue, t.reports.length]);

describe('task status', () => {
  it('done when every reporting unit says done; overdue only when not done and due before as-of', () => {
    const r = run([
      sub('A', [
        ['1.1', 'Hoàn thành', '15/06/2024'],
        ['1.2', 'Hoàn thành'],
      ]),
      sub('B', [
        ['1.1', 'hoan thanh'],
        ['1.2', 'Đang thực hiện'],
      ]),
    ]);
    expect(status(r)).toEqual([
      ['1.1', 'done', false, 2],
      ['1.2', 'in-progress', false, 2],
      ['2.1', 'unreported', false, 0],
    ]);
    expect(r.tasks[0].reports[0]).toEqual({
      unit: 'A',
      status: 'done',
      doneDate: '2024-06-15',
      timing: 'done-on-time',
    });
  });

  it('not-started when every one says not started; in-progress when they differ; overdue past the due date', () => {
    const r = run(
      [
        sub('A', [
          ['1.1', 'Chưa thực hiện'],
          ['1.2', 'Chưa thực hiện'],
        ]),
        sub('B', [
          ['1.1', 'Chưa thực hiện'],
          ['1.2', 'Hoàn thành'],
        ]),
      ],
      '2025-01-01',
    );
    expect(status(r)).toEqual([
      ['1.1', 'not-started', true, 2],
      ['1.2', 'in-progress', true, 2],
      ['2.1', 'unreported', false, 0],
    ]);
  });

  it('unreported tasks past their due date are overdue; a blank status is no report', () => {
    const r = run(
      [
        sub('A', [
          ['1.1', null],
          ['1.2', '  '],
        ]),
      ],
      '2024-07-01',
    );
    expect(status(r)[0]).toEqual(['1.1', 'unreported', true, 0]);
  });

  it('a due date on the as-of date is not overdue yet', () => {
    expect(status(run([sub('A', [['1.1', 'Đang thực hiện']])], '2024-06-30'))[0]).toEqual([
      '1.1',
      'in-progress',
      false,
      1,
    ]);
  });

  it('copies from a duplicate unit do not count', () => {
    const r = run([
      sub('A', [['1.1', 'Hoàn thành']]),
      sub('A', [['1.1', 'Chưa thực hiện']]),
      sub('B', [['1.1', 'Đang thực hiện']]),
    ]);
    expect(r.tasks[0]).toMatchObject({
      status: 'in-progress',
      reports: [{ unit: 'B', status: 'in-progress', doneDate: null }],
    });
  });

  it('a submission without a task table reports no task', () => {
    const r = run([submissionGrid('A', [['1', 80, 1, 1]])]);
    expect(r.tasks.every((t) => t.status === 'unreported')).toBe(true);
    expect(r.findings).toEqual([]);
  });
});

describe('duplicate-row (tasks)', () => {
  it('fires when one sheet gives a task twice; that unit reports neither', () => {
    const r = run([
      sub('A', [
        ['1.1', 'Hoàn thành'],
        ['1.1', 'Chưa thực hiện'],
      ]),
      sub('B', [['1.1', 'Đang thực hiện']]),
    ]);
    expect(r.findings.map((f) => [f.code, f.severity, f.params.unit, f.params.task, f.row])).toEqual([
      ['duplicate-row', 'error', 'A', '1.1', 10],
    ]);
    expect(r.tasks[0]).toMatchObject({ status: 'in-progress', reports: [{ unit: 'B' }] });
  });
  it('quiet when each code has one row', () => {
    expect(
      run([
        sub('A', [
          ['1.1', 'Hoàn thành'],
          ['1.2', 'Hoàn thành'],
        ]),
      ]).findings,
    ).toEqual([]);
  });
});

describe('unknown-task and invalid-status', () => {
  it('fire for a code the plan lacks and a status outside the list', () => {
    const r = run([
      sub('A', [
        ['9.9', 'Hoàn thành'],
        ['1.1', 'Xong rồi'],
      ]),
    ]);
    expect(r.findings.map((f) => [f.code, f.severity, f.params.task, f.cell])).toEqual([
      ['unknown-task', 'warning', '9.9', null],
      ['invalid-status', 'warning', '1.1', 'D10'],
    ]);
  });
  it('quiet for codes retyped with a trailing dot and statuses typed without diacritics', () => {
    const r = run([
      sub('A', [
        ['1.1.', 'DANG THUC HIEN'],
        ['1.2', 'Not started'],
      ]),
    ]);
    expect(r.findings).toEqual([]);
    expect(status(r).slice(0, 2)).toEqual([
      ['1.1', 'in-progress', true, 1],
      ['1.2', 'not-started', false, 1],
    ]);
  });
});
