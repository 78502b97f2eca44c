import {
  consolidate,
  consolidationJson,
  readSubmissions,
  summaryLayouts,
  CONSOLIDATION_CODES,
  type ConsolidationCode,
} from '../../src/core/consolidate';
import { makeFinding } from '../../src/core/findings/finding';
import { renderMessage } from '../../src/core/findings/render';
import { cellValueOf, isLayoutCell, type LayoutCell } from '../../src/core/report/layout';
import { makePlan } from './helpers/plan';
import { submissionGrid } from './helpers/sheets';

const plan = makePlan(
  [
    { id: '1', threshold: 80 },
    { id: '2', threshold: 5, comparator: '<' },
  ],
  [{ code: '1.1', due: '2024-03-31' }],
);
const result = consolidate(
  plan,
  readSubmissions(
    [
      submissionGrid(
        'A',
        [
          ['1', 80, 7, 8],
          ['2', 5, 0, 0],
        ],
        [['1.1', 'Đang thực hiện']],
      ),
      submissionGrid('B', [
        ['1', 80, 3, 8],
        ['2', 5, 1, 50],
      ]),
      submissionGrid('C', [['1', 80, 9, 8]]),
    ],
    'x.xlsx',
  ),
  { asOf: '2024-06-30' },
);

describe('summaryLayouts', () => {
  const [indicators, , matrix, tasks, findings] = summaryLayouts(result, 'vi');
  const values = (rows: unknown[][]) => rows.map((r) => (r as Parameters<typeof cellValueOf>[0][]).map(cellValueOf));

  it('indicator sheet: target, Σ counts, rate as a percent-formatted fraction, met, units met / reporting', () => {
    expect(indicators.name).toBe('Chỉ tiêu');
    const v = values(indicators.rows);
    // (7+3)/(8+8) = 62,5% < 80; 1/50 = 2% < 5.
    expect(v[3]).toEqual(['1', 'Chỉ tiêu 1', '≥', 0.8, 10, 16, 0.625, 'Không đạt', 1, 2]);
    expect(v[4]).toEqual(['2', 'Chỉ tiêu 2', '<', 0.05, 1, 50, 0.02, 'Đạt', 1, 1]);
    expect((indicators.rows[3][6] as LayoutCell).numFmt).toBe('0.0#%');
    expect(indicators.charts).toEqual([
      {
        title: 'Tỷ lệ đạt so với mục tiêu',
        categories: { startRow: 4, startCol: 1, endRow: 5, endCol: 1 },
        series: [
          { name: 'Tỷ lệ đạt', values: { startRow: 4, startCol: 7, endRow: 5, endCol: 7 } },
          { name: 'Mục tiêu', values: { startRow: 4, startCol: 4, endRow: 5, endCol: 4 } },
        ],
        anchor: { row: 8, col: 2 },
      },
    ]);
  });

  it('matrix: one row per unit, coloured by met / not met / not applicable / error', () => {
    const tone = (r: number, c: number) => (matrix.rows[r][c] as LayoutCell).tone;
    expect(values(matrix.rows).slice(2)).toEqual([
      ['Đơn vị', '1', '2'],
      ['A', 0.875, 'KPS'],
      ['B', 0.375, 0.02],
      ['C', 'Lỗi', null],
      ['Σ', 0.625, 0.02],
    ]);
    expect([tone(3, 1), tone(3, 2), tone(4, 1), tone(4, 2), tone(5, 1), tone(5, 2)]).toEqual([
      'met',
      'notApplicable',
      'notMet',
      'met',
      'error',
      'muted',
    ]);
  });

  it('tasks: status, due as a date, overdue', () => {
    expect(values(tasks.rows)[3]).toEqual([
      '1.1',
      'Nhiệm vụ 1.1',
      'Phòng Nội vụ',
      45382,
      'Đang thực hiện',
      'Quá hạn',
      1,
      0,
      'Chưa hoàn thành, quá hạn',
      null,
      null,
    ]);
  });

  it('findings: one row per finding with its message', () => {
    const v = values(findings.rows);
    expect(v.slice(3).map((r) => [r[0], r[1], r[2], r[3], r[7]])).toEqual([
      ['Lỗi', 'numerator-exceeds-denominator', 'C', '1', 'D6'],
    ]);
    expect(String(v[3][8])).toContain('Số đạt 9 lớn hơn Tổng số 8');
  });

  it('English sheet names and words', () => {
    expect(summaryLayouts(result, 'en').map((s) => s.name)).toEqual([
      'Indicators',
      'Headline',
      'Units x indicators',
      'Tasks',
      'Findings',
    ]);
  });

  it('no text cell would run as a formula', () => {
    for (const s of summaryLayouts(result, 'vi'))
      for (const row of s.rows)
        for (const c of row) if (isLayoutCell(c) && typeof c.value === 'string') expect(c.value).not.toMatch(/^[=+@]/);
  });
});

describe('consolidationJson', () => {
  it('has the README’s keys and flattened findings with rendered messages', () => {
    const j = consolidationJson(result, 'en');
    expect(Object.keys(j)).toEqual([
      'planYear',
      'asOf',
      'submissions',
      'indicators',
      'tasks',
      'findings',
      'period',
      'dueSoonDays',
      'headline',
      'resubmissions',
      'series',
    ]);
    expect(j.submissions[0]).toEqual({
      unit: 'A',
      file: 'x.xlsx',
      sheet: 'A',
      period: 'Năm 2024',
      periodKey: '2024-year',
      used: true,
    });
    expect(Object.keys(j.indicators[0])).toEqual(
      expect.arrayContaining([
        'id',
        'target',
        'comparator',
        'numerator',
        'denominator',
        'rate',
        'met',
        'units',
        'perUnit',
      ]),
    );
    expect(Object.keys(j.indicators[0].perUnit[0])).toEqual(
      expect.arrayContaining(['unit', 'numerator', 'denominator', 'rate', 'met', 'included']),
    );
    expect(Object.keys(j.tasks[0])).toEqual(expect.arrayContaining(['code', 'due', 'status', 'overdue', 'reports']));
    expect(j.findings).toEqual([
      {
        code: 'numerator-exceeds-denominator',
        severity: 'error',
        unit: 'C',
        indicator: '1',
        task: null,
        file: 'x.xlsx',
        sheet: 'C',
        row: 6,
        cell: 'D6',
        value: '9',
        message: 'C, indicator 1: achieved 9 exceeds total 8; left out of the aggregate (x.xlsx › C!D6).',
      },
    ]);
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
  });
});

describe('messages', () => {
  it('every code has a Vietnamese and an English message, neither falling back to the bare code', () => {
    for (const code of Object.keys(CONSOLIDATION_CODES) as ConsolidationCode[]) {
      const f = makeFinding(code, 'error', { file: 'a.xlsx', sheet: 'S', row: 3, column: 'D' }, '12,5', {
        unit: 'UBND Phường 1',
        indicator: '4a',
        task: '1.1',
        field: 'numerator',
        reason: 'not-whole',
        numerator: 9,
        denominator: 8,
        rate: 87.5,
        typed: 80,
        computed: 87.5,
        expected: 85,
        comparator: '>=',
        copies: 2,
        others: 'b.xlsx › S',
      });
      for (const lang of ['vi', 'en'] as const) {
        const m = renderMessage(f, lang);
        expect(m).not.toMatch(new RegExp(`^${code}`));
        expect(m).not.toMatch(/undefined|\[object/);
      }
    }
  });
  it('numbers in messages use Vietnamese formats', () => {
    const f = makeFinding('rate-mismatch', 'warning', { sheet: 'S', row: 6, column: 'F' }, '80', {
      unit: 'A',
      indicator: '1',
      typed: 80,
      computed: 87.5,
    });
    expect(renderMessage(f, 'vi')).toBe(
      'A, chỉ tiêu 1: tỷ lệ ghi 80% khác tỷ lệ tính từ số liệu 87,5%; dùng số liệu (S!F6).',
    );
    expect(renderMessage(f, 'en')).toContain('87.5%');
  });
});
