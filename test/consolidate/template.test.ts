import { consolidate, readSubmissions, templateLayout, templateLayoutWithRows } from '../../src/core/consolidate';
import { cellValueOf, isLayoutCell, type LayoutCell } from '../../src/core/report/layout';
import { layoutToGrid } from './helpers/grids';
import { seedPlan } from './helpers/plan';

const plan = seedPlan();
const IDS = ['3', '4a', '4b', '5', '6a', '6b', '7', '8', '11', '14', '15', '18a', '18b'];

describe('templateLayout', () => {
  const { layout, rows } = templateLayoutWithRows(plan, 'UBND Phường 1', 'Năm 2024', 'vi');
  const text = (r: number, c: number) => cellValueOf(layout.rows[r - 1]?.[c - 1] ?? null);

  it('names the unit and the period in labelled rows', () => {
    const flat = layout.rows.map((r) => r.map(cellValueOf));
    expect(flat).toContainEqual(['Đơn vị:', 'UBND Phường 1']);
    expect(flat).toContainEqual(['Kỳ báo cáo:', 'Năm 2024']);
    expect(text(1, 1)).toBe('BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024');
    expect(text(2, 1)).toBe('Thực hiện Kế hoạch số 3838/KH-UBND ngày 28/12/2023');
  });

  it('has one indicator row per plan indicator, its target copied and the rate as a formula of the counts', () => {
    const header = layout.rows[rows.indicatorRows.first - 2].map(cellValueOf);
    expect(header).toEqual([
      'Mã chỉ tiêu',
      'Chỉ tiêu',
      'Mục tiêu (%)',
      'Số đạt',
      'Tổng số',
      'Tỷ lệ đạt (%)',
      'Ghi chú',
    ]);
    const ids: unknown[] = [];
    for (let r = rows.indicatorRows.first; r <= rows.indicatorRows.last; r++) {
      ids.push(text(r, 1));
      const rate = layout.rows[r - 1][5] as LayoutCell;
      expect(rate.formula).toBe(`IF(E${r}>0,100*D${r}/E${r},"")`);
    }
    expect(ids).toEqual(IDS);
    const r4a = rows.indicatorRows.first + 1;
    expect(text(r4a, 3)).toBe(85);
    expect(String(text(r4a, 2))).toMatch(/^\(≥ 85%\) Tối thiểu 85% TTHC/);
  });

  it('has one task row per plan task with the deadline text, and an in-cell list for the status', () => {
    expect(layout.rows[rows.taskRows.first - 2].map(cellValueOf)).toEqual([
      'Mã nhiệm vụ',
      'Nhiệm vụ',
      'Thời hạn',
      'Tình trạng',
      'Ngày hoàn thành',
      'Sản phẩm/văn bản',
      'Ghi chú',
    ]);
    expect(rows.taskRows.last - rows.taskRows.first + 1).toBe(30);
    expect(text(rows.taskRows.first, 1)).toBe('1.1');
    expect(text(rows.taskRows.first, 3)).toBe('Quý II, III/2024');
    expect(layout.validations).toEqual([
      {
        kind: 'wholeNumber',
        area: { startRow: rows.indicatorRows.first, startCol: 4, endRow: rows.indicatorRows.last, endCol: 5 },
        min: 0,
      },
      {
        kind: 'list',
        area: { startRow: rows.taskRows.first, startCol: 4, endRow: rows.taskRows.last, endCol: 4 },
        values: ['Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'],
      },
    ]);
  });

  it('never writes a text cell a spreadsheet would run as a formula', () => {
    for (const row of layout.rows)
      for (const c of row)
        if (isLayoutCell(c) && !c.formula && typeof c.value === 'string') expect(c.value).not.toMatch(/^[=+@]/);
  });

  it('reads back, untouched, as a submission with nothing to consolidate and no finding', () => {
    const subs = readSubmissions([layoutToGrid(layout)], 'p1.xlsx');
    expect(subs.map((s) => [s.unit, s.period, s.indicators.length, s.tasks?.length])).toEqual([
      ['UBND Phường 1', 'Năm 2024', 13, 30],
    ]);
    const r = consolidate(plan, subs, { asOf: '2024-06-30' });
    expect(r.findings).toEqual([]);
    expect(r.indicators.every((i) => i.perUnit[0].state === 'not-applicable')).toBe(true);
  });

  it('in English, is found by the same reader', () => {
    const en = templateLayout(plan, 'Ward 1 People’s Committee', 'Year 2024', 'en');
    const [s] = readSubmissions([layoutToGrid(en)]);
    expect([s.unit, s.period, s.indicators.length, s.tasks?.length]).toEqual([
      'Ward 1 People’s Committee',
      'Year 2024',
      13,
      30,
    ]);
  });
});

describe('round trip in core: templates for three units, filled, consolidated', () => {
  const filled = (
    unit: string,
    counts: Record<string, [number | null, number | null]>,
    statuses: Record<string, string> = {},
  ) => {
    const { layout, rows } = templateLayoutWithRows(plan, unit, 'Năm 2024');
    const fill: Record<string, number | string> = {};
    IDS.forEach((id, i) => {
      const c = counts[id];
      if (!c) return;
      const r = rows.indicatorRows.first + i;
      if (c[0] !== null) fill[`D${r}`] = c[0];
      if (c[1] !== null) fill[`E${r}`] = c[1];
    });
    plan.tasks.forEach((t, i) => {
      if (statuses[t.code]) fill[`D${rows.taskRows.first + i}`] = statuses[t.code];
    });
    return layoutToGrid(layout, fill);
  };

  const grids = [
    filled(
      'UBND Phường 1',
      { '3': [40, 40], '4a': [17, 20], '4b': [7, 20], '18b': [29, 30] },
      { '1.1': 'Hoàn thành', '1.2': 'Đang thực hiện' },
    ),
    filled(
      'UBND Phường 2',
      { '3': [55, 60], '4a': [30, 40], '4b': [0, 0], '18b': [0, 1] },
      { '1.1': 'Hoàn thành', '1.2': 'Chưa thực hiện' },
    ),
    filled('UBND Xã Bình Hiệp', { '3': [10, 10], '4a': [0, 0], '18b': [60, 100] }, { '1.1': 'Hoàn thành' }),
  ];
  const r = consolidate(
    plan,
    grids.flatMap((g, i) => readSubmissions([g], `u${i}.xlsx`)),
    { asOf: '2024-10-01' },
  );
  const ind = (id: string) => r.indicators.find((i) => i.id === id)!;

  it('gives the hand-computed aggregates', () => {
    // 3: (40+55+10)/(40+60+10) = 105/110 = 95,4545…% < 100 → not met.
    expect(ind('3')).toMatchObject({ numerator: 105, denominator: 110, rate: (100 * 105) / 110, met: false });
    // 4a: (17+30)/(20+40) = 47/60 = 78,33…% < 85; the commune's 0/0 is not applicable.
    expect(ind('4a')).toMatchObject({
      numerator: 47,
      denominator: 60,
      met: false,
      units: ['UBND Phường 1', 'UBND Phường 2'],
    });
    expect(ind('4a').rate).toBeCloseTo(78.3333333333, 9);
    // 4b: 7/20 = 35% ≥ 35 → met, exactly on the threshold.
    expect(ind('4b')).toMatchObject({ numerator: 7, denominator: 20, rate: 35, met: true, units: ['UBND Phường 1'] });
    // 18b: (29+0+60)/(30+1+100) = 89/131 = 67,938…% ≥ 60 → met.
    expect(ind('18b')).toMatchObject({ numerator: 89, denominator: 131, met: true });
    expect(ind('18b').rate).toBe((100 * 89) / 131);
    // Nobody reported 5: no rate, no verdict.
    expect(ind('5')).toMatchObject({ numerator: 0, denominator: 0, rate: null, met: null, units: [] });
    expect(r.findings).toEqual([]);
  });

  it('gives the per-unit rates the formula shows', () => {
    expect(ind('18b').perUnit.map((p) => [p.unit, p.rate, p.met])).toEqual([
      ['UBND Phường 1', (100 * 29) / 30, true],
      ['UBND Phường 2', 0, false],
      ['UBND Xã Bình Hiệp', 60, true],
    ]);
  });

  it('gives the task statuses', () => {
    const t = (code: string) => r.tasks.find((x) => x.code === code)!;
    expect(t('1.1')).toMatchObject({ status: 'done', overdue: false });
    expect(t('1.2')).toMatchObject({ status: 'in-progress' });
    expect(t('1.3')).toMatchObject({ status: 'unreported' });
  });
});
