/** Period over period, and units that resubmitted: what changed, and which copy is used. */
import JSZip from 'jszip';
import {
  consolidate,
  readSubmissions,
  summaryLayouts,
  summaryText,
  type ConsolidationResult,
  type Submission,
} from '../../src/core/consolidate';
import type { Grid } from '../../src/core/grid';
import { cellValueOf } from '../../src/core/report/layout';
import { writeWorkbook } from '../../src/xlsx/writeWorkbook';
import { makePlan } from './helpers/plan';
import { submissionGrid, type TaskRow } from './helpers/sheets';

const plan = makePlan(
  [
    { id: '1', threshold: 80 },
    { id: '2', threshold: 50 },
  ],
  [
    { code: '1.1', due: '2025-06-30' },
    { code: '1.2', due: '2025-03-31' },
  ],
);
const sub = (unit: string, period: string, c1: [number, number], c2: [number, number], tasks: TaskRow[] = []): Grid =>
  submissionGrid(
    unit,
    [
      ['1', 80, c1[0], c1[1]],
      ['2', 50, c2[0], c2[1]],
    ],
    tasks,
    `${unit} ${period}`,
    period,
  );

describe('period over period', () => {
  const grids = [
    sub(
      'A',
      '9 tháng năm 2025',
      [9, 10],
      [5, 10],
      [
        ['1.1', 'Hoàn thành', '20/06/2025'],
        ['1.2', 'Hoàn thành', '01/04/2025'],
      ],
    ),
    sub('A', 'Quý I/2025', [2, 10], [1, 10], [['1.1', 'Chưa thực hiện']]),
    sub('B', 'Quý I/2025', [4, 10], [1, 10], [['1.1', 'Đang thực hiện']]),
    sub(
      'A',
      '6 tháng đầu năm 2025',
      [5, 10],
      [2, 10],
      [
        ['1.1', 'Đang thực hiện'],
        ['1.2', 'Hoàn thành', '01/04/2025'],
      ],
    ),
    sub('B', '6 tháng đầu năm 2025', [7, 10], [4, 10], [['1.1', 'Hoàn thành', '10/06/2025']]),
    sub('B', '9 tháng năm 2025', [10, 10], [6, 10], [['1.1', 'Hoàn thành', '10/06/2025']]),
  ];
  const r = consolidate(plan, readSubmissions(grids, 'f.xlsx'), { asOf: '2025-09-14' });

  it('gives each indicator’s rate and each task’s state per period, oldest first; the latest is consolidated', () => {
    expect(r.period?.key).toBe('2025-m9');
    expect(r.findings).toEqual([]);
    expect(r.series!.periods.map((p) => [p.label, p.to, p.submissions])).toEqual([
      ['Quý I/2025', '2025-03-14', 2],
      ['6 tháng đầu năm 2025', '2025-06-14', 2],
      ['9 tháng năm 2025', '2025-09-14', 2],
    ]);
    expect(r.series!.indicators.map((i) => [i.id, i.points.map((p) => p?.rate)])).toEqual([
      ['1', [30, 60, 95]],
      ['2', [10, 30, 55]],
    ]);
    expect(r.series!.tasks.map((t) => [t.code, t.points.map((p) => p?.timing ?? null)])).toEqual([
      ['1.1', ['in-time', 'in-time', 'done-on-time']],
      ['1.2', [null, 'done-late', 'done-late']],
    ]);
    expect(r.indicators[0].rate).toBe(95);
    expect(summaryText(r, 'vi')).toContain('Theo kỳ báo cáo: Quý I/2025 → 6 tháng đầu năm 2025 → 9 tháng năm 2025');
  });

  it('the summary workbook has a sheet by period with a chart per indicator', async () => {
    const sheets = summaryLayouts(r, 'vi');
    const s = sheets.find((x) => x.name === 'Theo kỳ')!;
    expect(s.rows.slice(3, 6).map((row) => [cellValueOf(row[0]), cellValueOf(row[4]), cellValueOf(row[5])])).toEqual([
      ['Quý I/2025', 0.3, 0.1],
      ['6 tháng đầu năm 2025', 0.6, 0.3],
      ['9 tháng năm 2025', 0.95, 0.55],
    ]);
    expect(s.charts!.map((c) => c.title)).toEqual([
      'Chỉ tiêu 1: tỷ lệ đạt theo kỳ (mục tiêu ≥ 80%)',
      'Chỉ tiêu 2: tỷ lệ đạt theo kỳ (mục tiêu ≥ 80%)'.replace('≥ 80', '≥ 50'),
    ]);
    const zip = await JSZip.loadAsync(await writeWorkbook(sheets, { lang: 'vi' }));
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    // One on the indicators sheet, one per indicator by period.
    expect(charts).toHaveLength(3);
    const xml = await zip.file(charts[2])!.async('string');
    expect(xml).toContain("'Theo kỳ'!$F$4:$F$6");
    expect(xml).toContain('<c:numFmt formatCode="0%" sourceLinked="0"/>');
  });

  it('no series when every submission is of one period', () => {
    expect(
      consolidate(plan, readSubmissions([sub('A', 'Quý I/2025', [1, 1], [1, 1])], 'f'), { asOf: '2025-03-14' }).series,
    ).toBeNull();
    expect(summaryLayouts(consolidate(plan, [], { asOf: '2025-03-14' }), 'vi').some((s) => s.name === 'Theo kỳ')).toBe(
      false,
    );
  });
});

describe('resubmissions', () => {
  const first = (): Submission[] =>
    readSubmissions([sub('A', 'Quý I/2025', [2, 10], [1, 10], [['1.1', 'Đang thực hiện']])], 'a-cu.xlsx');
  const second = (): Submission[] =>
    readSubmissions([sub('A', 'Quý I/2025', [3, 10], [1, 10], [['1.1', 'Hoàn thành', '01/03/2025']])], 'a-moi.xlsx');
  const run = (subs: Submission[], preferLatest = false): ConsolidationResult =>
    consolidate(plan, subs, { asOf: '2025-03-14', preferLatest });

  it('shows what changed between the copies, cell by cell; without a choice no copy is used', () => {
    const r = run([...first(), ...second()]);
    expect(r.findings.map((f) => f.code)).toEqual(['duplicate-submission', 'duplicate-submission']);
    expect(r.resubmissions).toHaveLength(1);
    expect(r.resubmissions[0].used).toBeNull();
    expect(
      r.resubmissions[0].changes.map((c) => [c.kind, c.key, c.field, c.from.cell, c.from.value, c.to.cell, c.to.value]),
    ).toEqual([
      ['indicator', '1', 'numerator', 'D6', '2', 'D6', '3'],
      ['task', '1.1', 'status', 'D10', 'Đang thực hiện', 'D10', 'Hoàn thành'],
      ['task', '1.1', 'doneDate', 'E10', null, 'E10', '01/03/2025'],
    ]);
    expect(r.indicators[0].rate).toBeNull();
  });

  it('--prefer-latest uses the copy with the later report date, whatever the file order, and says so', () => {
    const a = first();
    const b = second();
    a[0].reportDate = '2025-03-16';
    b[0].reportDate = '2025-03-10';
    const r = run([...b, ...a], true);
    expect(r.findings.map((f) => [f.code, f.severity, f.file])).toEqual([['resubmission', 'info', 'a-cu.xlsx']]);
    expect(r.indicators[0]).toMatchObject({ numerator: 2, denominator: 10 });
    expect(r.resubmissions[0]).toMatchObject({ used: 1, basis: 'report-date' });
    expect(r.submissions.map((s) => [s.file, s.used])).toEqual([
      ['a-moi.xlsx', false],
      ['a-cu.xlsx', true],
    ]);
    expect(r.indicators[0].perUnit).toHaveLength(1);
    expect(summaryText(r, 'vi')).toContain('dùng bản a-cu.xlsx › A Quý I/2025');
  });

  it('falls back on the file time; with neither, nothing is chosen and the finding says why', () => {
    const a = first();
    const b = second();
    a[0].modified = '2025-03-01T08:00:00.000Z';
    b[0].modified = '2025-03-02T08:00:00.000Z';
    expect(run([...b, ...a], true).resubmissions[0]).toMatchObject({ used: 1, basis: 'modified' });
    const undecided = run([...first(), ...second()], true);
    expect(undecided.findings.map((f) => [f.code, f.params.undecided])).toEqual([
      ['duplicate-submission', true],
      ['duplicate-submission', true],
    ]);
  });

  it('reads the report date from the `Ngày báo cáo:` row or the dated line above the signature', () => {
    const g = sub('A', 'Quý I/2025', [1, 1], [1, 1]);
    g.values.push([], [null, null, null, 'Phường 1, ngày 18 tháng 3 năm 2025']);
    expect(readSubmissions([g], 'f')[0].reportDate).toBe('2025-03-18');
    const h = sub('A', 'Quý I/2025', [1, 1], [1, 1]);
    h.values.splice(3, 0, ['Ngày báo cáo:', 45733]);
    expect(readSubmissions([h], 'f')[0].reportDate).toBe('2025-03-17');
    expect(readSubmissions([sub('A', 'Quý I/2025', [1, 1], [1, 1])], 'f')[0].reportDate).toBeNull();
  });

  it('quiet for one copy per unit', () => {
    expect(run([...first()], true).resubmissions).toEqual([]);
  });
});
