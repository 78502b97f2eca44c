/**
 * The two submission tables: their column roles (what findHeaders looks for, as folded keys) and the
 * header labels the template writes. One place for both, so what the template writes is always
 * what consolidation finds.
 */
import type { ColumnRole } from '../locate/headers';
import type { Lang } from '../i18n/lang';

export type IndicatorColumn = 'id' | 'name' | 'target' | 'numerator' | 'denominator' | 'rate' | 'note';
export type TaskColumn = 'code' | 'task' | 'due' | 'status' | 'doneDate' | 'product' | 'note';

export const INDICATOR_ROLES: readonly ColumnRole[] = [
  { role: 'id', patterns: ['ma chi tieu', 'ma so chi tieu', 'ma ct', 'indicator id'] },
  { role: 'name', patterns: ['chi tieu', 'ten chi tieu', 'noi dung chi tieu', 'indicator'] },
  { role: 'target', patterns: ['muc tieu', 'muc tieu %', 'chi tieu ke hoach', 'target'] },
  { role: 'numerator', patterns: ['so dat', 'so luong dat', 'so dat duoc', 'tu so', 'achieved'] },
  { role: 'denominator', patterns: ['tong so', 'mau so', 'total'] },
  { role: 'rate', patterns: ['ty le dat', 'ti le dat', 'ty le', 'ti le', 'rate'] },
  { role: 'note', patterns: ['ghi chu', 'note'] },
];

export const TASK_ROLES: readonly ColumnRole[] = [
  { role: 'code', patterns: ['ma nhiem vu', 'ma nv', 'task code'] },
  { role: 'task', patterns: ['nhiem vu', 'noi dung nhiem vu', 'nhiem vu cu the', 'task'] },
  { role: 'due', patterns: ['thoi han', 'thoi gian thuc hien', 'han hoan thanh', 'due'] },
  { role: 'status', patterns: ['tinh trang', 'trang thai', 'tien do', 'status'] },
  { role: 'doneDate', patterns: ['ngay hoan thanh', 'thoi gian hoan thanh', 'completed'] },
  { role: 'product', patterns: ['san pham', 'san pham van ban', 'van ban', 'products'] },
  { role: 'note', patterns: ['ghi chu', 'note'] },
];

export const INDICATOR_ORDER: readonly IndicatorColumn[] = [
  'id',
  'name',
  'target',
  'numerator',
  'denominator',
  'rate',
  'note',
];
export const TASK_ORDER: readonly TaskColumn[] = ['code', 'task', 'due', 'status', 'doneDate', 'product', 'note'];

/**
 * The template's headers. English headers are still found by the roles above, so an English
 * template consolidates like a Vietnamese one.
 */
export const INDICATOR_LABELS: Record<Lang, Record<IndicatorColumn, string>> = {
  vi: {
    id: 'Mã chỉ tiêu',
    name: 'Chỉ tiêu',
    target: 'Mục tiêu (%)',
    numerator: 'Số đạt',
    denominator: 'Tổng số',
    rate: 'Tỷ lệ đạt (%)',
    note: 'Ghi chú',
  },
  en: {
    id: 'Indicator id',
    name: 'Indicator',
    target: 'Target (%)',
    numerator: 'Achieved',
    denominator: 'Total',
    rate: 'Rate (%)',
    note: 'Note',
  },
};

export const TASK_LABELS: Record<Lang, Record<TaskColumn, string>> = {
  vi: {
    code: 'Mã nhiệm vụ',
    task: 'Nhiệm vụ',
    due: 'Thời hạn',
    status: 'Tình trạng',
    doneDate: 'Ngày hoàn thành',
    product: 'Sản phẩm/văn bản',
    note: 'Ghi chú',
  },
  en: {
    code: 'Task code',
    task: 'Task',
    due: 'Due',
    status: 'Status',
    doneDate: 'Completed on',
    product: 'Products',
    note: 'Note',
  },
};
