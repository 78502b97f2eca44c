/**
 * Layout tolerance on Grids: headers in one or two rows, without diacritics, in another order, in
 * NFD; no title rows; both tables on one sheet. (The same variants as real .xlsx files are read in
 * test/variants.test.ts.)
 */
import type { CellValue } from '../../src/core/grid';
import { readPlan } from '../../src/core/readPlan';
import { cleanPlan, gridOf } from '../helpers/grid';

const summary = (r: ReturnType<typeof readPlan>) => [r.targets.length, r.tasks.length, r.summary.indicators];

test('a two-row header: "Cơ quan thực hiện" over "Chủ trì | Phối hợp"', () => {
  const rows: CellValue[][] = [
    ['PHỤ LỤC 2 - NĂM 2024'],
    ['TT', 'Nhiệm vụ', 'Cơ quan thực hiện', null, 'Thời hạn', 'Kinh phí'],
    [null, null, 'Chủ trì', 'Phối hợp', null, null],
    [1, 'Xây dựng kế hoạch', 'Phòng Nội vụ', 'Các xã', 'Quý I/2024', 5],
    [2, 'Kiểm tra', 'Phòng Tư pháp', '', 'Quý II/2024', 0],
  ];
  const r = readPlan([gridOf('Sheet1', rows, ['C2:D2', 'A2:A3', 'B2:B3', 'E2:E3', 'F2:F3'])]);
  expect(r.tables[0]).toMatchObject({
    kind: 'tasks',
    headerRow: 2,
    headerRows: 2,
    firstDataRow: 4,
    columns: { lead: 'C', coordinators: 'D', timeframe: 'E', budget: 'F' },
  });
  expect(r.tasks.map((t) => [t.code, t.lead, t.coordinators, t.timeframe.due])).toEqual([
    ['1', 'Phòng Nội vụ', 'Các xã', '2024-03-31'],
    ['2', 'Phòng Tư pháp', '', '2024-06-30'],
  ]);
  expect(r.findings).toEqual([]);
});

test('headers without diacritics, with extra spaces, columns in another order, no title rows', () => {
  const rows: CellValue[][] = [
    ['Co quan  chu tri', 'STT', 'Ghi chu', 'Nhiem vu', 'Co quan phoi hop'],
    ['Phòng Nội vụ', 1, '', 'Tối thiểu 90% hồ sơ đúng hạn', 'Các xã'],
    ['Phòng Tư pháp', 2, '', 'Rà soát văn bản', ''],
  ];
  const r = readPlan([gridOf('Muc tieu', rows)], { planYear: 2024 });
  expect(r.targets.map((t) => [t.stt, t.lead, t.indicators.map((i) => i.id)])).toEqual([
    [1, 'Phòng Nội vụ', ['1']],
    [2, 'Phòng Tư pháp', []],
  ]);
});

test('header text in NFD', () => {
  const p = cleanPlan();
  p.tasks[3] = p.tasks[3].map((h) => (typeof h === 'string' ? h.normalize('NFD') : h));
  const r = readPlan([gridOf('PL2', p.tasks, p.taskMerges)]);
  expect(r.tasks).toHaveLength(3);
  expect(r.tables[0].columns.timeframe).toBe('G');
});

test('both tables on one sheet, each with its titles, read as two tables', () => {
  const p = cleanPlan();
  const offset = p.targets.length + 2;
  const rows: CellValue[][] = [...p.targets, [], [], ...p.tasks];
  const merges = p.taskMerges.map((m) => m.replace(/\d+/g, (n) => String(Number(n) + offset)));
  const r = readPlan([gridOf('Kế hoạch', rows, merges)]);
  expect(summary(r)).toEqual([3, 3, 2]);
  expect(r.tables.map((t) => [t.kind, t.headerRow, t.year, t.reference?.number])).toEqual([
    ['targets', 4, 2024, '12/KH-UBND'],
    ['tasks', 4 + offset, 2024, '12/KH-UBND'],
  ]);
  expect(r.findings).toEqual([]);
});

test('both tables on one sheet without closing lines: the next title ends the first table', () => {
  const p = cleanPlan();
  const rows: CellValue[][] = [...p.targets.slice(0, 9), ...p.tasks.slice(0, 7)];
  const merges = p.taskMerges.map((m) => m.replace(/\d+/g, (n) => String(Number(n) + 9)));
  const r = readPlan([gridOf('KH', rows, merges)]);
  expect(summary(r)).toEqual([3, 3, 2]);
});

test('a sheet that starts below row 1 (used range origin) keeps physical row numbers', () => {
  const p = cleanPlan();
  const g = gridOf('PL1', p.targets);
  const shifted = { ...g, origin: { row: 3, col: 2 }, merges: [] };
  const r = readPlan([shifted]);
  expect(r.targets.map((t) => t.row)).toEqual([8, 9, 11]);
  expect(r.tables[0].columns.lead).toBe('D');
});
