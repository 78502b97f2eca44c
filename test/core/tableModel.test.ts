/**
 * The table model on layouts real plans use: header bands of one to three rows, numbering rows,
 * titles and the national heading above, area numerals of every style, task codes wherever they
 * are, where a table ends, and a reading that says so when it is in doubt.
 */
import type { CellValue } from '../../src/core/grid';
import { readPlan } from '../../src/core/readPlan';
import { PLAN_VOCABULARY } from '../../src/core/locate/vocabulary';
import { parseColumnJson, parseColumnSpec } from '../../src/core/locate/overrides';
import { decideStyle } from '../../src/core/read/numerals';
import { indicatorKey } from '../../src/core/consolidate/keys';
import { readSubmissions } from '../../src/core/consolidate';
import { foldKey } from '../../src/core/text/normalize';
import { gridOf } from '../helpers/grid';

const codes = (r: ReturnType<typeof readPlan>) => r.tasks.map((t) => [t.code, t.area, t.timeframe.due]);
const codesOf = (r: ReturnType<typeof readPlan>) => r.findings.map((f) => [f.code, f.cell]);

test('every vocabulary pattern is already a folded key (so it can match)', () => {
  for (const e of PLAN_VOCABULARY) for (const p of e.patterns) expect(foldKey(p)).toBe(p);
  const all = PLAN_VOCABULARY.flatMap((e) => e.patterns);
  for (const w of [
    'Nội dung',
    'Nội dung công việc',
    'Tên nhiệm vụ',
    'Nhiệm vụ cụ thể',
    'Nội dung chỉ tiêu',
    'Đơn vị chủ trì',
    'Cơ quan, đơn vị chủ trì',
    'Đơn vị thực hiện',
    'Cơ quan thực hiện',
    'Thời gian hoàn thành',
    'Thời hạn',
    'Thời hạn hoàn thành',
    'Tiến độ thực hiện',
    'Kinh phí (triệu đồng)',
    'Dự toán kinh phí',
    'Sản phẩm đầu ra',
    'Kết quả/sản phẩm',
    'Hình thức văn bản',
    'Số TT',
    'STT',
    'TT',
  ]) {
    const key = foldKey(w);
    expect(all.some((p) => ` ${key} `.includes(` ${p} `)) ? w : `no pattern for ${w}`).toBe(w);
  }
});

test('a three-row header with a national heading and a title holding header words above, and a numbering row', () => {
  const rows: CellValue[][] = [
    ['UBND XÃ AN BÌNH', null, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['Số: 15/KH-UBND', null, null, null, 'Độc lập - Tự do - Hạnh phúc'],
    ['DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025, THỜI GIAN VÀ CƠ QUAN THỰC HIỆN'],
    ['Số\u00a0TT', 'Tên nhiệm\nvụ', 'Tổ chức thực hiện', null, 'Thời gian thực hiện', null, 'Kinh phí (triệu đồng)'],
    [null, null, 'Cơ quan thực hiện', null, 'Bắt\u200b đầu', 'Hoàn thành', null],
    [null, null, 'Chủ trì', 'Phối hợp', null, null, null],
    ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'],
    ['I', 'CẢI CÁCH THỂ CHẾ'],
    ['1.1', 'Rà soát văn bản', 'Công chức Tư pháp', 'Văn phòng', 'Quý I/2025', 'Quý III/2025', 5],
    ['1.2', 'Tự kiểm tra', 'Công chức Tư pháp', '', 'Tháng 2/2025', 'Tháng 11/2025', 0],
  ];
  const r = readPlan([
    gridOf('Sheet2', rows, ['A3:G3', 'A4:A6', 'B4:B6', 'C4:D4', 'C5:D5', 'E4:F4', 'E5:E6', 'F5:F6', 'G4:G6']),
  ]);
  expect(r.tables[0]).toMatchObject({
    kind: 'tasks',
    headerRow: 4,
    headerRows: 3,
    numberingRow: 7,
    firstDataRow: 8,
    columns: { stt: 'A', text: 'B', lead: 'C', coordinators: 'D', start: 'E', timeframe: 'F', budget: 'G' },
  });
  expect(codes(r)).toEqual([
    ['1.1', 1, '2025-09-30'],
    ['1.2', 1, '2025-11-30'],
  ]);
  expect(r.tasks[0].areaTitle).toBe('CẢI CÁCH THỂ CHẾ');
  expect(r.findings).toEqual([]);
});

test('areas A, B, C, D are letters (C is not 100), Roman areas past the hundreds are Roman, Arabic areas past 999 read', () => {
  expect(decideStyle(['A', 'B', 'C', 'D'])).toBe('letter');
  expect(decideStyle(['I', 'II', 'III', 'IV', 'V'])).toBe('roman');
  expect(decideStyle(['C', 'D'])).toBe('letter');
  expect(decideStyle(['1', '2'])).toBe('arabic');
  const rows: CellValue[][] = [['STT', 'Nội dung', 'Đơn vị chủ trì', 'Thời hạn']];
  ['A', 'B', 'C', 'D'].forEach((l, i) => {
    rows.push([`${l}.`, `LĨNH VỰC ${l}`]);
    rows.push([1, `Nhiệm vụ ${i}`, 'Phòng Nội vụ', 'Quý I/2024']);
    rows.push([2, `Nhiệm vụ ${i}b`, 'Phòng Nội vụ', 'Quý II/2024']);
  });
  const r = readPlan([gridOf('PL2', rows)]);
  // Plain numbers restarting in every area are numbered within it, not duplicates.
  expect(codes(r).map((c) => c[0])).toEqual(['1.1', '1.2', '2.1', '2.2', '3.1', '3.2', '4.1', '4.2']);
  expect(codesOf(r)).toEqual([]);
  const big: CellValue[][] = [
    ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện'],
    [1204, 'LĨNH VỰC'],
    ['1204.1', 'Việc một', 'Phòng A', 'Quý I/2024'],
    ['1204.2', 'Việc hai', 'Phòng A', 'Quý I/2024'],
  ];
  expect(codes(readPlan([gridOf('PL2', big)]))).toEqual([
    ['1204.1', 1204, '2024-03-31'],
    ['1204.2', 1204, '2024-03-31'],
  ]);
});

test('codes in the TT column as formatted numbers: 1.10 is not 1.1', () => {
  const rows: CellValue[][] = [
    ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện'],
    ['1.', 'CHỈ ĐẠO'],
  ];
  const formats: (string | null)[][] = [[], []];
  for (let n = 1; n <= 11; n++) {
    rows.push([Number(`1.${n}`), `Việc ${n}`, 'Phòng A', 'Quý I/2024']);
    formats.push([`0.${'0'.repeat(String(n).length)}`]);
  }
  const r = readPlan([gridOf('PL2', rows, [], formats)]);
  expect(r.tasks.map((t) => t.code).slice(8)).toEqual(['1.9', '1.10', '1.11']);
  expect(codesOf(r)).toEqual([]);
});

test('a number without text is a row: missing-text, and it counts in the closing line', () => {
  const rows: CellValue[][] = [
    ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì'],
    ['I. Thể chế'],
    [1, 'Rà soát', 'Phòng Tư pháp'],
    [2, null, 'Phòng Tư pháp'],
    ['Tổng cộng: 01 nội dung, 02 mục tiêu'],
  ];
  const r = readPlan([gridOf('PL1', rows)], { planYear: 2024 });
  expect(codesOf(r)).toEqual([['missing-text', 'B4']]);
});

test('the header repeated in a table (after a row and after an empty row) is skipped: one table, one closing count', () => {
  const h: CellValue[] = ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện'];
  const rows: CellValue[][] = [
    h,
    ['I. Một'],
    ['1.1', 'A', 'P', 'Quý I/2024'],
    h,
    ['1.2', 'B', 'P', 'Quý I/2024'],
    [],
    h,
    ['(1)', '(2)', '(3)', '(4)'],
    ['1.3', 'C', 'P', 'Quý I/2024'],
    [],
    ['Tổng cộng: 01 lĩnh vực, 03 nhiệm vụ'],
  ];
  const r = readPlan([gridOf('PL2', rows)]);
  expect(r.tables).toHaveLength(1);
  expect(r.tables[0].repeatedHeaderRows).toEqual([4, 7, 8]);
  expect(codes(r).map((c) => c[0])).toEqual(['1.1', '1.2', '1.3']);
  expect(codesOf(r)).toEqual([]);
});

test('a table ends at a footer; empty rows inside do not end it; the signature block is not read', () => {
  const rows: CellValue[][] = [
    ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện'],
    ['1.1', 'A', 'P', 'Quý I/2024'],
    [],
    [],
    ['1.2', 'B', 'P', 'Quý I/2024'],
    [],
    ['Nơi nhận:', null, 'TM. ỦY BAN NHÂN DÂN'],
    ['- Như trên;', null, 'CHỦ TỊCH'],
    ['- Lưu: VT.', null, 'Nguyễn Văn A'],
  ];
  const r = readPlan([gridOf('PL2', rows)]);
  expect(r.tables[0]).toMatchObject({ endedBy: 'footer', lastDataRow: 5 });
  expect(codes(r).map((c) => c[0])).toEqual(['1.1', '1.2']);
  expect(codesOf(r)).toEqual([]);
});

test('a percentage in a note column is not an indicator; an extra result column takes no role', () => {
  const rows: CellValue[][] = [
    ['STT', 'Nội dung chỉ tiêu', 'Đơn vị chủ trì', 'Kết quả thực hiện', 'Ghi chú'],
    [1, 'Tối thiểu 90% hồ sơ đúng hạn', 'Bộ phận một cửa', 'Đạt 95%', 'năm trước đạt 80%'],
  ];
  const r = readPlan([gridOf('PL1', rows)], { planYear: 2024 });
  expect(r.tables[0].columns).toEqual({ stt: 'A', text: 'B', lead: 'C', note: 'E' });
  expect(r.targets[0].indicators).toEqual([{ id: '1', threshold: 90, comparator: '>=' }]);
});

test('two columns that both read as the deadline: ambiguous-table, and a --columns override settles it', () => {
  const rows: CellValue[][] = [
    ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện', 'Thời gian thực hiện'],
    ['1.1', 'A', 'P', 'Quý I/2024', 'Quý III/2024'],
  ];
  const r = readPlan([gridOf('KH', rows)]);
  expect(codesOf(r)).toEqual([['ambiguous-table', 'D1']]);
  const spec = parseColumnSpec('KH!deadline=E');
  if (!spec.ok) throw new Error(spec.error);
  const fixed = readPlan([gridOf('KH', rows)], { columns: spec.overrides });
  expect(codesOf(fixed)).toEqual([]);
  expect(fixed.tasks[0].timeframe.due).toBe('2024-09-30');
  expect(fixed.tables[0].mapping.find((m) => m.role === 'timeframe')).toEqual({
    role: 'timeframe',
    column: 'E',
    header: 'Thời gian thực hiện',
    overridden: true,
  });
});

test('overrides: the header row named by the user, and the JSON form', () => {
  const rows: CellValue[][] = [
    ['Việc', 'Ai làm', 'Khi nào'],
    ['Rà soát', 'Phòng A', 'Quý I/2024'],
  ];
  expect(readPlan([gridOf('S', rows)]).tables).toEqual([]);
  const o = parseColumnJson({ S: { header: 1, text: 'A', lead: 'B', deadline: 'C' } });
  if (!o.ok) throw new Error(o.error);
  const r = readPlan([gridOf('S', rows)], { columns: o.overrides });
  expect(r.tasks.map((t) => [t.task, t.lead, t.timeframe.due])).toEqual([['Rà soát', 'Phòng A', '2024-03-31']]);
  expect(parseColumnSpec('S!deadline=7')).toEqual({ ok: false, error: 'S!deadline=7' });
  expect(parseColumnSpec('no sheet here')).toMatchObject({ ok: false });
});

test('submissions: indicator ids are identifiers (1.1 is never 11); the indicator table ends where the task section begins', () => {
  expect(indicatorKey('1.1')).toBe('1.1');
  expect(indicatorKey('11')).toBe('11');
  expect(indicatorKey(' 4 A. ')).toBe('4a');
  const values: CellValue[][] = [
    ['Đơn vị:', 'UBND xã A'],
    ['Mã chỉ tiêu', 'Chỉ tiêu', 'Mục tiêu (%)', 'Số đạt', 'Tổng số'],
    ['1.1', 'Hồ sơ đúng hạn', 90, 9, 10],
    ['11', 'Hồ sơ trực tuyến', 80, 8, 10],
    ['II', 'TÌNH HÌNH THỰC HIỆN NHIỆM VỤ'],
    ['1.2', 'Xây dựng kế hoạch'],
  ];
  const [s] = readSubmissions([gridOf('xa A', values)]);
  expect(s.indicators.map((i) => i.key)).toEqual(['1.1', '11']);
});

test('headings without numerals are areas (numbered by place); `Nội dung | Nhiệm vụ` is area then task; `Kinh phí` over `Tổng số | …` reads the total', () => {
  const rows: CellValue[][] = [
    ['TT', 'Nội dung', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Kinh phí', null, null],
    [null, null, null, null, null, 'Tổng số', 'Ngân sách', 'Khác'],
    ['NHIỆM VỤ TRỌNG TÂM'],
    [1, 'Chỉ đạo', 'Xây dựng kế hoạch', 'Phòng Nội vụ', 'Quý I/2024', 10, 6, 4],
    [2, 'Chỉ đạo', 'Kiểm tra', 'Phòng Nội vụ', 'Quý II/2024', 3, 3, 0],
    ['NHIỆM VỤ THƯỜNG XUYÊN'],
    [1, 'Thể chế', 'Rà soát văn bản', 'Phòng Tư pháp', 'Quý III/2024', 0, 0, 0],
  ];
  const r = readPlan([gridOf('PL2', rows, ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:E2', 'F1:H1', 'A3:H3', 'A6:H6'])]);
  expect(r.tables[0]).toMatchObject({
    headerRows: 2,
    columns: { stt: 'A', area: 'B', text: 'C', lead: 'D', timeframe: 'E', budget: 'F' },
  });
  expect(r.tasks.map((t) => [t.code, t.area, t.budget.amount])).toEqual([
    ['1.1', 1, 10],
    ['1.2', 1, 3],
    ['2.1', 2, 0],
  ]);
  expect(codesOf(r)).toEqual([]);
});
