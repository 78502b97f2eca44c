/** Submission sheets typed as arrays: a unit row, a period row, the two tables as given. */
import type { CellValue, Grid } from '../../../src/core/grid';
import { grid } from './grids';

export const IND_HEADER = ['Mã chỉ tiêu', 'Chỉ tiêu', 'Mục tiêu (%)', 'Số đạt', 'Tổng số', 'Tỷ lệ đạt (%)', 'Ghi chú'];
export const TASK_HEADER = [
  'Mã nhiệm vụ',
  'Nhiệm vụ',
  'Thời hạn',
  'Tình trạng',
  'Ngày hoàn thành',
  'Sản phẩm/văn bản',
  'Ghi chú',
];

/** [id, target, num, den, rate?] */
export type IndRow = [string, CellValue, CellValue, CellValue, CellValue?];
/** [code, status, doneDate?] */
export type TaskRow = [string, CellValue, CellValue?];

export function submissionGrid(
  unit: string,
  inds: IndRow[],
  tasks: TaskRow[] | null = null,
  sheet = unit,
  period = 'Năm 2024',
): Grid {
  const values: CellValue[][] = [
    ['BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CCHC NĂM 2024'],
    ['Đơn vị:', unit],
    ['Kỳ báo cáo:', period],
    [],
    IND_HEADER,
    ...inds.map(([id, target, num, den, rate]) => [id, `Chỉ tiêu ${id}`, target, num, den, rate ?? null, null]),
  ];
  if (tasks) {
    values.push(
      [],
      TASK_HEADER,
      ...tasks.map(([code, status, done]) => [
        code,
        `Nhiệm vụ ${code}`,
        'Quý IV/2024',
        status,
        done ?? null,
        null,
        null,
      ]),
    );
  }
  return grid(sheet, values);
}
