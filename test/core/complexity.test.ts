/**
 * The hot paths stay linear: doubling the rows (and the merged areas) at most doubles the work,
 * counted as reads of the grid's cells through a Proxy, not timed.
 */
import type { CellValue, Grid, MergeArea } from '../../src/core/grid';
import { readPlan } from '../../src/core/readPlan';
import { consolidate, readSubmissions } from '../../src/core/consolidate';
import * as agency from '../../src/core/text/agency';
import * as normalize from '../../src/core/text/normalize';

/** A task table of n rows in areas of 4, each area's number and title merged down, like real plans. */
function taskGrid(n: number): Grid {
  const values: CellValue[][] = [
    ['PHÂN CÔNG THỰC HIỆN NHIỆM VỤ CCHC NĂM 2024'],
    [
      'TT',
      'Nội dung CCHC',
      'Nhiệm vụ cụ thể',
      'Sản phẩm',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời gian thực hiện',
      'Dự trù kinh phí',
    ],
  ];
  const merges: MergeArea[] = [];
  for (let i = 0; i < n; i++) {
    const area = Math.floor(i / 4) + 1;
    const first = i % 4 === 0;
    const row = values.length + 1;
    if (first)
      merges.push(
        { startRow: row, startCol: 1, endRow: row + 3, endCol: 1 },
        { startRow: row, startCol: 2, endRow: row + 3, endCol: 2 },
      );
    values.push([
      first ? area : null,
      first ? `Lĩnh vực ${area}` : null,
      `${area}.${(i % 4) + 1}. Nhiệm vụ ${i}`,
      '- Kế hoạch\n- Báo cáo',
      `Phòng ${i % 7}`,
      'Các xã',
      ['Quý II/2024', 'Trong năm', 'Tháng 3/2024', `Quý ${['I', 'II', 'III', 'IV'][i % 4]}/2024`][i % 4],
      i % 5 ? 10 : null,
    ]);
  }
  return { sheet: 'PL2', origin: { row: 1, col: 1 }, values, merges };
}

/** Counts every read of a row and of a cell of the grid's values. */
function counted(grid: Grid): { grid: Grid; reads: () => number } {
  let reads = 0;
  const rows = grid.values.map(
    (r) =>
      new Proxy(r, {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
          return Reflect.get(target, key, receiver) as unknown;
        },
      }),
  );
  const values = new Proxy(rows, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { grid: { ...grid, values }, reads: () => reads };
}

function work(n: number): number {
  const c = counted(taskGrid(n));
  const r = readPlan([c.grid]);
  expect(r.tasks).toHaveLength(n);
  return c.reads();
}

test('checking a task table: twice the rows and merges, at most about twice the cell reads', () => {
  const small = work(2000);
  const large = work(4000);
  expect(large / small).toBeLessThan(2.1);
  expect(large / small).toBeGreaterThan(1.8); // the count really measures the rows
});

function submissionGrid(unit: string, ids: string[]): Grid {
  const values: CellValue[][] = [
    ['Đơn vị:', unit],
    ['Kỳ báo cáo:', 'Năm 2024'],
    ['Mã chỉ tiêu', 'Chỉ tiêu', 'Mục tiêu (%)', 'Số đạt', 'Tổng số', 'Tỷ lệ đạt (%)', 'Ghi chú'],
    ...ids.map((id, i) => [id, `Chỉ tiêu ${id}`, 80, 5 + (i % 5), 10, null, null] as CellValue[]),
  ];
  return { sheet: unit, origin: { row: 1, col: 1 }, values, merges: [] };
}

test('consolidating: twice the submissions, at most about twice the work', () => {
  const plan = readPlan([
    {
      sheet: 'PL1',
      origin: { row: 1, col: 1 },
      values: [
        ['MỤC TIÊU NĂM 2024'],
        ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì'],
        [1, 'Tối thiểu 80% hồ sơ', 'Phòng Nội vụ'],
        [2, '90% hồ sơ và dưới 5% trễ hạn', 'Phòng Tư pháp'],
      ],
      merges: [],
    },
  ]);
  const ids = plan.targets.flatMap((t) => t.indicators.map((i) => i.id));
  const measure = (units: number) => {
    let reads = 0;
    const subs = [];
    for (let u = 0; u < units; u++) {
      const c = counted(submissionGrid(`UBND Phường ${u}`, ids));
      subs.push(...readSubmissions([c.grid], `u${u}.xlsx`));
      reads += c.reads();
    }
    // Name matching is where a quadratic loop would hide (each unit against each other): count it.
    const keys = jest.spyOn(agency, 'agencyKey');
    const folds = jest.spyOn(normalize, 'foldKey');
    const result = consolidate(plan, subs, { asOf: '2024-12-31' });
    const calls = keys.mock.calls.length + folds.mock.calls.length;
    keys.mockRestore();
    folds.mockRestore();
    expect(result.indicators[0].perUnit).toHaveLength(units);
    return reads + calls + result.indicators.reduce((n, i) => n + i.perUnit.length, 0);
  };
  const small = measure(200);
  const large = measure(400);
  expect(large / small).toBeLessThan(2.1);
});
