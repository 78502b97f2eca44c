/** Builds a Grid from rows typed in the test, with merges given in A1 notation ("A5:A7"). */
import type { CellValue, Grid, MergeArea } from '../../src/core/grid';

function col(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

export function area(a1: string): MergeArea {
  const [a, b] = a1.split(':');
  const p = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(s);
    if (!m) throw new Error(`bad ref ${s}`);
    return { row: Number(m[2]), col: col(m[1]) };
  };
  const s = p(a);
  const e = p(b ?? a);
  return { startRow: s.row, startCol: s.col, endRow: e.row, endCol: e.col };
}

/** Rows start at sheet row 1, column A; covered cells of the merges are blanked as Excel does. */
export function gridOf(
  sheet: string,
  rows: CellValue[][],
  merges: string[] = [],
  numberFormats?: (string | null)[][],
): Grid {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const values = rows.map((r) => Array.from({ length: width }, (_, i) => (r[i] === undefined ? null : r[i])));
  const areas = merges.map(area);
  for (const m of areas) {
    for (let r = m.startRow; r <= m.endRow; r++) {
      for (let c = m.startCol; c <= m.endCol; c++)
        if (r !== m.startRow || c !== m.startCol) values[r - 1][c - 1] = null;
    }
  }
  return { sheet, origin: { row: 1, col: 1 }, values, merges: areas, numberFormats };
}

/** A small, clean plan: a targets sheet and a tasks sheet, each check quiet on it. */
export function cleanPlan(): { targets: CellValue[][]; tasks: CellValue[][]; taskMerges: string[] } {
  const targets: CellValue[][] = [
    ['PHỤ LỤC 1'],
    ['MỤC TIÊU, CHỈ TIÊU THỰC HIỆN NHIỆM VỤ CCHC NĂM 2024'],
    ['(Ban hành kèm theo Kế hoạch số: 12/KH-UBND ngày 20/12/2023 của UBND huyện)'],
    ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Ghi chú'],
    ['I. Cải cách thể chế'],
    [1, 'Tối thiểu 85% hồ sơ được giải quyết trực tuyến', 'Phòng Tư pháp', 'Các xã'],
    [2, 'Rà soát văn bản', 'Phòng Tư pháp', ''],
    ['II. Cải cách TTHC'],
    [3, 'Tỷ lệ hồ sơ trễ hạn dưới 2%', 'Văn phòng HĐND và UBND', ''],
    ['Tổng cộng: 02 nội dung, 03 mục tiêu, chỉ tiêu./.'],
  ];
  const tasks: CellValue[][] = [
    ['PHỤ LỤC 2'],
    ['PHÂN CÔNG THỰC HIỆN NHIỆM VỤ CCHC NĂM 2024'],
    ['(Ban hành kèm theo Kế hoạch số: 12/KH-UBND ngày 20/12/2023 của UBND huyện)'],
    [
      'TT',
      'Nội dung CCHC',
      'Nhiệm vụ cụ thể',
      'Sản phẩm',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời gian thực hiện',
      'Dự trù kinh phí (triệu đồng)',
    ],
    [1, 'Chỉ đạo, điều hành', '1.1. Xây dựng kế hoạch', 'Kế hoạch', 'Phòng Nội vụ', 'Các phòng', 'Quý I/2024', 10],
    [
      null,
      null,
      '1.2. Kiểm tra CCHC',
      '- Kế hoạch\n- Báo cáo',
      'Phòng Nội vụ',
      'Các phòng',
      'Quý III/2024',
      'Phòng Nội vụ dự trù riêng',
    ],
    [2, 'Cải cách thể chế', '2.1. Theo dõi thi hành pháp luật', 'Báo cáo', 'Phòng Tư pháp', '', 'Trong năm', '1.200'],
    ['Tổng cộng: 02 lĩnh vực, 03 nhiệm vụ./.'],
  ];
  return { targets, tasks, taskMerges: ['A5:A6', 'B5:B6'] };
}
