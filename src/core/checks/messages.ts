/**
 * Messages of the plan checks, Vietnamese first then English. Each names the place and the
 * offending value; the place itself (`'Phụ lục 2'!G16`) is printed beside the message by hosts.
 */
import { formatDate } from '../i18n/format';
import type { MessageCatalog } from '../findings/catalog';
import { quote } from '../findings/place';
import type { CheckCode } from './codes';

/** The row's number as the table writes it, or nothing. */
const num = (f: { params: { number: string } }): string => f.params.number;

const ROLE_VI: Record<string, string> = {
  lead: 'Cơ quan chủ trì',
  timeframe: 'Thời gian thực hiện',
  text: 'Nhiệm vụ',
  budget: 'Kinh phí',
  stt: 'STT',
};
const ROLE_EN: Record<string, string> = {
  lead: 'lead agency (Cơ quan chủ trì)',
  timeframe: 'timeframe (Thời gian thực hiện)',
  text: 'task text',
  budget: 'budget (Kinh phí)',
  stt: 'number (STT)',
};
const TABLE_VI: Record<string, string> = {
  targets: 'Bảng mục tiêu, chỉ tiêu (Phụ lục 1)',
  tasks: 'Bảng nhiệm vụ (Phụ lục 2)',
};
const TABLE_EN: Record<string, string> = {
  targets: 'The targets table (Appendix 1)',
  tasks: 'The tasks table (Appendix 2)',
};

/** The messages of the checks whose catalogue is not beside the check itself (see ./laggingYears.ts, ./merges.ts). */
export const checkMessages: MessageCatalog<Exclude<CheckCode, 'lagging-year' | 'merges-unread'>> = {
  'table-not-found': {
    vi: () =>
      'Không tìm thấy bảng mục tiêu (Phụ lục 1) hay bảng nhiệm vụ (Phụ lục 2) nào: cần một dòng tiêu đề cột có "STT", "Nhiệm vụ", "Cơ quan chủ trì" (và "Thời gian thực hiện" cho Phụ lục 2).',
    en: () =>
      'No targets table (Appendix 1) or tasks table (Appendix 2) found: a header row with "STT", "Nhiệm vụ", "Cơ quan chủ trì" (and "Thời gian thực hiện" for Appendix 2) is needed.',
  },
  'missing-column': {
    vi: (f) => `${TABLE_VI[f.params.table] ?? 'Bảng'} thiếu cột "${ROLE_VI[f.params.column] ?? f.params.column}".`,
    en: (f) =>
      `${TABLE_EN[f.params.table] ?? 'The table'} has no ${ROLE_EN[f.params.column] ?? f.params.column} column.`,
  },
  'missing-text': {
    vi: (f) => `Dòng số ${num(f)} có số thứ tự nhưng không có nội dung.`,
    en: (f) => `Row numbered ${num(f)} has a number but no text.`,
  },
  'missing-lead': {
    vi: (f) => `${num(f) ? `Mục ${num(f)}` : 'Dòng này'} chưa có cơ quan chủ trì.`,
    en: (f) => `${num(f) ? `Item ${num(f)}` : 'This row'} has no lead agency.`,
  },
  'missing-deadline': {
    vi: (f) => `Nhiệm vụ ${num(f)} chưa có thời gian thực hiện.`,
    en: (f) => `Task ${num(f)} has no timeframe.`,
  },
  'unparsed-deadline': {
    vi: (f) =>
      `Không đọc được thời hạn của nhiệm vụ ${num(f)}: ${quote(f.value)} (ví dụ đúng: "Quý II/2024", "Tháng 10/2024", "Trước ngày 05/12/2024").`,
    en: (f) =>
      `Cannot read the timeframe of task ${num(f)}: ${quote(f.value)} (readable forms: "Quý II/2024", "Tháng 10/2024", "Trước ngày 05/12/2024").`,
  },
  'undated-deadline': {
    vi: (f) => `Thời hạn của nhiệm vụ ${num(f)} không nêu ngày cụ thể: ${quote(f.value)}.`,
    en: (f) => `The timeframe of task ${num(f)} names no date: ${quote(f.value)}.`,
  },
  'deadline-outside-plan-year': {
    vi: (f) =>
      `Thời hạn của nhiệm vụ ${num(f)} (${quote(f.value)}) có mốc kết thúc ${formatDate(f.params.end)}, ngoài năm kế hoạch ${f.params.planYear}${f.params.beforeIssued ? ', trước cả ngày ban hành kế hoạch' : ''}.`,
    en: (f) =>
      `The timeframe of task ${num(f)} (${quote(f.value)}) has a milestone ending ${formatDate(f.params.end)}, outside the plan year ${f.params.planYear}${f.params.beforeIssued ? ', even before the plan was issued' : ''}.`,
  },
  'missing-budget': {
    vi: (f) => `Nhiệm vụ ${num(f)} chưa ghi dự trù kinh phí (ghi số triệu đồng, 0, hoặc ghi chú nguồn kinh phí).`,
    en: (f) => `Task ${num(f)} has no budget (enter millions of đồng, 0, or a note on the funding).`,
  },
  'numbering-gap': {
    vi: (f) => `Số thứ tự bị nhảy: sau ${num(f) ? `đến ${num(f)}` : ''} thiếu ${f.params.missing}.`,
    en: (f) => `Numbering skips ${f.params.missing} before ${num(f)}.`,
  },
  'numbering-duplicate': {
    vi: (f) => `Số thứ tự ${num(f)} bị trùng.`,
    en: (f) => `Number ${num(f)} is used twice.`,
  },
  'totals-mismatch': {
    vi: (f) =>
      `Dòng tổng cộng ${quote(f.value)} không khớp với bảng: bảng có ${f.params.countedGroups} nhóm/lĩnh vực và ${f.params.countedRows} dòng (dòng tổng ghi ${f.params.statedGroups ?? '—'} và ${f.params.statedRows ?? '—'}).`,
    en: (f) =>
      `The closing line ${quote(f.value)} disagrees with the table: it holds ${f.params.countedGroups} areas and ${f.params.countedRows} rows (the line states ${f.params.statedGroups ?? '—'} and ${f.params.statedRows ?? '—'}).`,
  },
  'appendix-year-mismatch': {
    vi: (f) =>
      `Tiêu đề phụ lục ghi năm ${f.params.year} nhưng năm kế hoạch là ${f.params.planYear}: ${quote(f.value)}.`,
    en: (f) =>
      `The appendix title names ${f.params.year} but the plan year is ${f.params.planYear}: ${quote(f.value)}.`,
  },
  'plan-reference-mismatch': {
    vi: (f) =>
      `Phụ lục dẫn kế hoạch là ${f.params.cited}${f.params.citedIssued ? ` ngày ${formatDate(f.params.citedIssued)}` : ''}, khác với ${f.params.plan}${f.params.planIssued ? ` ngày ${formatDate(f.params.planIssued)}` : ''} ở phụ lục khác: ${quote(f.value)}.`,
    en: (f) =>
      `This appendix cites the plan as ${f.params.cited}${f.params.citedIssued ? ` of ${formatDate(f.params.citedIssued)}` : ''}, unlike ${f.params.plan}${f.params.planIssued ? ` of ${formatDate(f.params.planIssued)}` : ''} elsewhere: ${quote(f.value)}.`,
  },
  'error-value': {
    vi: (f) => `Ô chứa giá trị lỗi của Excel ${quote(f.value)}: hãy sửa công thức hoặc nhập giá trị trực tiếp.`,
    en: (f) => `The cell holds an Excel error value ${quote(f.value)}: fix the formula or type the value in.`,
  },
  'ambiguous-table': {
    vi: (f) =>
      `${TABLE_VI[f.params.table] ?? 'Bảng'}: cột ${f.params.chosen} và cột ${f.params.others} đều có thể là "${ROLE_VI[f.params.role] ?? f.params.role}"; đã đọc cột ${f.params.chosen}. Nếu sai, chỉ rõ cột (--columns, hoặc chọn trong ngăn Kiểm tra).`,
    en: (f) =>
      `${TABLE_EN[f.params.table] ?? 'The table'}: columns ${f.params.chosen} and ${f.params.others} could both be the ${ROLE_EN[f.params.role] ?? f.params.role}; column ${f.params.chosen} was read. If that is wrong, name the column (--columns, or choose it in the Check tab).`,
  },
  'plan-year-unknown': {
    vi: () => 'Không xác định được năm kế hoạch từ tiêu đề hay thời hạn; hãy chỉ rõ bằng --plan-year.',
    en: () => 'The plan year could not be told from the titles or timeframes; give it with --plan-year.',
  },
};
