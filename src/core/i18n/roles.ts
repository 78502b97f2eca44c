/** The names of a plan table's column roles as users read them, Vietnamese first then English. */
import type { Lang } from './lang';

export const ROLE_LABELS: Record<Lang, Record<string, string>> = {
  vi: {
    stt: 'STT',
    area: 'Nội dung/lĩnh vực',
    text: 'Nhiệm vụ/mục tiêu',
    products: 'Sản phẩm',
    lead: 'Cơ quan chủ trì',
    coordinators: 'Cơ quan phối hợp',
    start: 'Thời gian bắt đầu',
    timeframe: 'Thời hạn',
    budget: 'Kinh phí',
    note: 'Ghi chú',
  },
  en: {
    stt: 'Number (STT)',
    area: 'Area',
    text: 'Task/target text',
    products: 'Deliverables',
    lead: 'Lead agency',
    coordinators: 'Coordinating agencies',
    start: 'Start',
    timeframe: 'Deadline',
    budget: 'Budget',
    note: 'Note',
  },
};
