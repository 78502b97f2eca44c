/**
 * Each body-row rule fires on a row made for it, and stays quiet on a row that only looks like it.
 * The rows sit under one task header (A..H), read through the real SheetView.
 */
import type { CellValue } from '../../src/core/grid';
import { SheetView } from '../../src/core/locate/sheetView';
import { findHeaderBands } from '../../src/core/locate/headerBands';
import { classifyRow, ROW_RULES, rowFacts, type RowKind } from '../../src/core/read/rowRules';
import { gridOf } from '../helpers/grid';

const HEADER: CellValue[] = [
  'TT',
  'Nội dung CCHC',
  'Nhiệm vụ cụ thể',
  'Sản phẩm',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Thời gian thực hiện',
  'Kinh phí',
];

/** The kind the rules give one row placed under the header (merges in A1 notation, row 2 = the row). */
function kindOf(row: CellValue[], merges: string[] = []): RowKind {
  const grid = gridOf('PL2', [HEADER, row], merges);
  const view = new SheetView(grid);
  const [band] = findHeaderBands(view);
  const cols = [...band.columns.values()];
  return classifyRow(rowFacts(view, 2, { columns: band.columns, firstCol: 1, lastCol: Math.max(...cols) }));
}

const TASK: CellValue[] = [
  1,
  'Chỉ đạo',
  '1.1. Xây dựng kế hoạch',
  'Kế hoạch',
  'Phòng Nội vụ',
  'Các phòng',
  'Quý I/2024',
  10,
];

const cases: { kind: RowKind; fires: [CellValue[], string[]?]; quiet: [CellValue[], string[]?] }[] = [
  { kind: 'blank', fires: [[null, ' ', '\u200b', null]], quiet: [TASK] },
  {
    kind: 'numbering',
    fires: [['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)']],
    quiet: [[1, 2, 'Xây dựng kế hoạch', null, 'Phòng Nội vụ']],
  },
  { kind: 'numbering', fires: [['A', 'B', 1, 2, 3, 4, 5, 6]], quiet: [[3, 2, 1, 4, 5, 6, 7, 8]] },
  {
    kind: 'repeated-header',
    fires: [HEADER],
    quiet: [[null, null, 'Nhiệm vụ của phòng chủ trì', null, 'Phòng Nội vụ', null, 'Quý I/2024']],
  },
  {
    kind: 'total',
    fires: [['Tổng cộng: 07 lĩnh vực, 30 nhiệm vụ./.']],
    quiet: [[null, null, 'Công khai kết quả giải quyết hồ sơ', null, 'Văn phòng', null, 'Quý I/2024', 0]],
  },
  {
    kind: 'total',
    fires: [['Cộng: 30 nhiệm vụ']],
    quiet: [[5, null, 'Tổng hợp báo cáo', null, 'Phòng Nội vụ', null, 'Quý IV/2024']],
  },
  {
    kind: 'next-title',
    fires: [['PHỤ LỤC 2']],
    quiet: [[null, null, '1.3. Phụ lục kèm báo cáo', null, 'Phòng Nội vụ', null, 'Quý I/2024', 0]],
  },
  {
    kind: 'footer',
    fires: [['TM. ỦY BAN NHÂN DÂN']],
    quiet: [[2, null, 'Chủ tịch UBND xã đối thoại với nhân dân', null, 'UBND xã', null, 'Quý II/2024', 0]],
  },
  { kind: 'footer', fires: [['Nơi nhận:', 'KT. CHỦ TỊCH']], quiet: [TASK] },
  {
    kind: 'area',
    fires: [['II. CẢI CÁCH THỂ CHẾ'], ['A2:H2']],
    quiet: [['II. CẢI CÁCH THỂ CHẾ', null, null, null, 'Phòng Tư pháp']],
  },
  {
    kind: 'area',
    fires: [[3, 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH']],
    quiet: [[null, null, '1.2. Kiểm tra', null, null, null, null]],
  },
  { kind: 'area', fires: [['B.', null, 'Cải cách thủ tục hành chính']], quiet: [['B', 'C']] },
  { kind: 'area', fires: [[null, null, 'NHIỆM VỤ THƯỜNG XUYÊN']], quiet: [[null, null, '1.3. Kiểm tra công vụ']] },
  {
    kind: 'note',
    fires: [[null, null, 'Ghi chú: kinh phí do các đơn vị tự dự trù']],
    quiet: [[null, null, 'Theo dõi thi hành pháp luật']],
  },
  { kind: 'note', fires: [[null, null, null, null, 'Nguyễn Văn A']], quiet: [[7, null, null, null, 'Phòng Nội vụ']] },
  { kind: 'item', fires: [TASK], quiet: [['Tổng cộng: 30 nhiệm vụ']] },
];

describe.each(cases)('rule $kind', ({ kind, fires, quiet }) => {
  it('fires', () => expect(kindOf(fires[0], fires[1])).toBe(kind));
  it('stays quiet', () => expect(kindOf(quiet[0], quiet[1])).not.toBe(kind));
});

test('every rule kind has a case above', () => {
  const covered = new Set(cases.map((c) => c.kind));
  expect(ROW_RULES.map((r) => r.kind).filter((k) => !covered.has(k))).toEqual([]);
});

test("a cell merged down from the row above is not the row's own: a row of only such cells is blank", () => {
  const grid = gridOf(
    'PL2',
    [HEADER, [1, 'Chỉ đạo', '1.1. A', null, 'P', null, 'Quý I/2024', 1], [null, null, null]],
    ['A2:A3', 'B2:B3'],
  );
  const view = new SheetView(grid);
  const [band] = findHeaderBands(view);
  expect(classifyRow(rowFacts(view, 3, { columns: band.columns, firstCol: 1, lastCol: 8 }))).toBe('blank');
});
