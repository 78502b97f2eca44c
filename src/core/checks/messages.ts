/**
 * Messages of the plan checks, Vietnamese first then English. Each names the place and the
 * offending value; the place itself (`'Phụ lục 2'!G16`) is printed beside the message by hosts.
 */
import { formatDate } from '../i18n/format';
import type { Finding } from '../findings/finding';
import { quote, registerMessages, type MessageCatalog } from '../findings/render';

const p = (f: Finding, k: string) => f.params[k];
const num = (f: Finding) => (p(f, 'number') ? String(p(f, 'number')) : '');

const ROLE_VI: Record<string, string> = { lead: 'Cơ quan chủ trì', timeframe: 'Thời gian thực hiện', text: 'Nhiệm vụ', budget: 'Kinh phí', stt: 'STT' };
const ROLE_EN: Record<string, string> = { lead: 'lead agency (Cơ quan chủ trì)', timeframe: 'timeframe (Thời gian thực hiện)', text: 'task text', budget: 'budget (Kinh phí)', stt: 'number (STT)' };
const TABLE_VI: Record<string, string> = { targets: 'Bảng mục tiêu, chỉ tiêu (Phụ lục 1)', tasks: 'Bảng nhiệm vụ (Phụ lục 2)' };
const TABLE_EN: Record<string, string> = { targets: 'The targets table (Appendix 1)', tasks: 'The tasks table (Appendix 2)' };

export const checkMessages: MessageCatalog = {
  'table-not-found': {
    vi: () => 'Không tìm thấy bảng mục tiêu (Phụ lục 1) hay bảng nhiệm vụ (Phụ lục 2) nào: cần một dòng tiêu đề cột có "STT", "Nhiệm vụ", "Cơ quan chủ trì" (và "Thời gian thực hiện" cho Phụ lục 2).',
    en: () => 'No targets table (Appendix 1) or tasks table (Appendix 2) found: a header row with "STT", "Nhiệm vụ", "Cơ quan chủ trì" (and "Thời gian thực hiện" for Appendix 2) is needed.',
  },
  'missing-column': {
    vi: (f) => `${TABLE_VI[String(p(f, 'table'))] ?? 'Bảng'} thiếu cột "${ROLE_VI[String(p(f, 'column'))] ?? p(f, 'column')}".`,
    en: (f) => `${TABLE_EN[String(p(f, 'table'))] ?? 'The table'} has no ${ROLE_EN[String(p(f, 'column'))] ?? p(f, 'column')} column.`,
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
    vi: (f) => `Không đọc được thời hạn của nhiệm vụ ${num(f)}: ${quote(f.value)} (ví dụ đúng: "Quý II/2024", "Tháng 10/2024", "Trước ngày 05/12/2024").`,
    en: (f) => `Cannot read the timeframe of task ${num(f)}: ${quote(f.value)} (readable forms: "Quý II/2024", "Tháng 10/2024", "Trước ngày 05/12/2024").`,
  },
  'undated-deadline': {
    vi: (f) => `Thời hạn của nhiệm vụ ${num(f)} không nêu ngày cụ thể: ${quote(f.value)}.`,
    en: (f) => `The timeframe of task ${num(f)} names no date: ${quote(f.value)}.`,
  },
  'deadline-outside-plan-year': {
    vi: (f) =>
      `Thời hạn của nhiệm vụ ${num(f)} (${quote(f.value)}) có mốc kết thúc ${formatDate(String(p(f, 'end')))}, ngoài năm kế hoạch ${p(f, 'planYear')}${p(f, 'beforeIssued') ? ', trước cả ngày ban hành kế hoạch' : ''}.`,
    en: (f) =>
      `The timeframe of task ${num(f)} (${quote(f.value)}) has a milestone ending ${formatDate(String(p(f, 'end')))}, outside the plan year ${p(f, 'planYear')}${p(f, 'beforeIssued') ? ', even before the plan was issued' : ''}.`,
  },
  'missing-budget': {
    vi: (f) => `Nhiệm vụ ${num(f)} chưa ghi dự trù kinh phí (ghi số triệu đồng, 0, hoặc ghi chú nguồn kinh phí).`,
    en: (f) => `Task ${num(f)} has no budget (enter millions of đồng, 0, or a note on the funding).`,
  },
  'numbering-gap': {
    vi: (f) => `Số thứ tự bị nhảy: sau ${num(f) ? `đến ${num(f)}` : ''} thiếu ${p(f, 'missing')}.`,
    en: (f) => `Numbering skips ${p(f, 'missing')} before ${num(f)}.`,
  },
  'numbering-duplicate': {
    vi: (f) => `Số thứ tự ${num(f)} bị trùng.`,
    en: (f) => `Number ${num(f)} is used twice.`,
  },
  'totals-mismatch': {
    vi: (f) =>
      `Dòng tổng cộng ${quote(f.value)} không khớp với bảng: bảng có ${p(f, 'countedGroups')} nhóm/lĩnh vực và ${p(f, 'countedRows')} dòng (dòng tổng ghi ${p(f, 'statedGroups') ?? '—'} và ${p(f, 'statedRows') ?? '—'}).`,
    en: (f) =>
      `The closing line ${quote(f.value)} disagrees with the table: it holds ${p(f, 'countedGroups')} areas and ${p(f, 'countedRows')} rows (the line states ${p(f, 'statedGroups') ?? '—'} and ${p(f, 'statedRows') ?? '—'}).`,
  },
  'appendix-year-mismatch': {
    vi: (f) => `Tiêu đề phụ lục ghi năm ${p(f, 'year')} nhưng năm kế hoạch là ${p(f, 'planYear')}: ${quote(f.value)}.`,
    en: (f) => `The appendix title names ${p(f, 'year')} but the plan year is ${p(f, 'planYear')}: ${quote(f.value)}.`,
  },
  'plan-reference-mismatch': {
    vi: (f) =>
      `Phụ lục dẫn kế hoạch là ${p(f, 'cited')}${p(f, 'citedIssued') ? ` ngày ${formatDate(String(p(f, 'citedIssued')))}` : ''}, khác với ${p(f, 'plan')}${p(f, 'planIssued') ? ` ngày ${formatDate(String(p(f, 'planIssued')))}` : ''} ở phụ lục khác: ${quote(f.value)}.`,
    en: (f) =>
      `This appendix cites the plan as ${p(f, 'cited')}${p(f, 'citedIssued') ? ` of ${formatDate(String(p(f, 'citedIssued')))}` : ''}, unlike ${p(f, 'plan')}${p(f, 'planIssued') ? ` of ${formatDate(String(p(f, 'planIssued')))}` : ''} elsewhere: ${quote(f.value)}.`,
  },
  'error-value': {
    vi: (f) => `Ô chứa giá trị lỗi của Excel ${quote(f.value)}: hãy sửa công thức hoặc nhập giá trị trực tiếp.`,
    en: (f) => `The cell holds an Excel error value ${quote(f.value)}: fix the formula or type the value in.`,
  },
  'ambiguous-table': {
    vi: (f) =>
      `${TABLE_VI[String(p(f, 'table'))] ?? 'Bảng'}: cột ${p(f, 'chosen')} và cột ${p(f, 'others')} đều có thể là "${ROLE_VI[String(p(f, 'role'))] ?? p(f, 'role')}"; đã đọc cột ${p(f, 'chosen')}. Nếu sai, chỉ rõ cột (--columns, hoặc chọn trong ngăn Kiểm tra).`,
    en: (f) =>
      `${TABLE_EN[String(p(f, 'table'))] ?? 'The table'}: columns ${p(f, 'chosen')} and ${p(f, 'others')} could both be the ${ROLE_EN[String(p(f, 'role'))] ?? p(f, 'role')}; column ${p(f, 'chosen')} was read. If that is wrong, name the column (--columns, or choose it in the Check tab).`,
  },
  'plan-year-unknown': {
    vi: () => 'Không xác định được năm kế hoạch từ tiêu đề hay thời hạn; hãy chỉ rõ bằng --plan-year.',
    en: () => 'The plan year could not be told from the titles or timeframes; give it with --plan-year.',
  },
};

registerMessages(checkMessages);
