/**
 * Messages for consolidation's codes, Vietnamese then English. Each names the unit, the place and
 * the offending value; numbers in Vietnamese formats (`87,5%`).
 */
import type { Finding, ParamValue } from '../findings/finding';
import type { MessageCatalog } from '../findings/catalog';
import { placeOf, quote } from '../findings/place';
import { formatDate, formatNumber, formatPercent } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import type { ConsolidationCode } from './codes';

const FIELD: Record<Lang, Record<string, string>> = {
  vi: { numerator: 'Số đạt', denominator: 'Tổng số', rate: 'Tỷ lệ đạt', target: 'Mục tiêu' },
  en: { numerator: 'achieved count', denominator: 'total count', rate: 'rate', target: 'target' },
};

const REASON: Record<Lang, Record<string, string>> = {
  vi: {
    unreadable: 'không đọc được số',
    negative: 'số âm',
    'not-whole': 'không phải số nguyên',
    'above-100': 'tỷ lệ trên 100%',
    blank: 'bỏ trống trong khi đã có Tổng số',
  },
  en: {
    unreadable: 'not a number',
    negative: 'negative',
    'not-whole': 'not a whole number',
    'above-100': 'a rate above 100%',
    blank: 'blank although the total is given',
  },
};

function at(f: Finding): string {
  const p = placeOf(f);
  const file = f.file ? `${f.file}` : '';
  if (file && p) return ` (${file} › ${p})`;
  if (file || p) return ` (${file || p})`;
  return '';
}

const str = (v: ParamValue | undefined): string => (v === null || v === undefined ? '' : String(v));
const num = (v: ParamValue, lang: Lang): string => (typeof v === 'number' ? formatNumber(v, lang, 2) : str(v));
const pct = (v: ParamValue, lang: Lang): string => (typeof v === 'number' ? formatPercent(v, lang, 2) : str(v));
const sign = (c: ParamValue): string => ({ '>=': '≥', '>': '>', '<': '<', '<=': '≤' })[str(c)] ?? str(c);

const changesVi = (f: Finding): string =>
  typeof f.params.changes === 'number' && f.params.changes > 0 ? `; khác nhau ở ${f.params.changes} ô` : '';
const changesEn = (f: Finding): string =>
  typeof f.params.changes === 'number' && f.params.changes > 0 ? `; ${f.params.changes} cells differ` : '';
const basisVi = (f: Finding): string =>
  f.params.basis === 'report-date' ? 'theo ngày báo cáo' : 'theo thời điểm sửa tệp';
const basisEn = (f: Finding): string =>
  f.params.basis === 'report-date' ? 'by its report date' : 'by the file’s modification time';

export const consolidationMessages: MessageCatalog<ConsolidationCode> = {
  'numerator-exceeds-denominator': {
    vi: (f) =>
      `${f.params.unit}, chỉ tiêu ${f.params.indicator}: Số đạt ${num(f.params.numerator, 'vi')} lớn hơn Tổng số ${num(f.params.denominator, 'vi')}; không đưa vào tổng hợp${at(f)}.`,
    en: (f) =>
      `${f.params.unit}, indicator ${f.params.indicator}: achieved ${num(f.params.numerator, 'en')} exceeds total ${num(f.params.denominator, 'en')}; left out of the aggregate${at(f)}.`,
  },
  'invalid-number': {
    vi: (f) =>
      `${f.params.unit}, chỉ tiêu ${f.params.indicator}: ${FIELD.vi[str(f.params.field)]} ${quote(f.value)} ${REASON.vi[str(f.params.reason)] ?? ''}${f.params.field === 'rate' ? '' : '; không đưa vào tổng hợp'}${at(f)}.`,
    en: (f) =>
      `${f.params.unit}, indicator ${f.params.indicator}: ${FIELD.en[str(f.params.field)]} ${quote(f.value)} is ${REASON.en[str(f.params.reason)] ?? 'invalid'}${f.params.field === 'rate' ? '' : '; left out of the aggregate'}${at(f)}.`,
  },
  'duplicate-submission': {
    vi: (f) =>
      `${f.params.unit} nộp ${f.params.copies} báo cáo (bản khác: ${f.params.others}${changesVi(f)}); ${
        f.params.undecided ? 'không có ngày báo cáo hay thời điểm sửa tệp để biết bản nào mới hơn, nên ' : ''
      }không bản nào được tổng hợp cho đến khi xử lý (hoặc chọn dùng bản mới nhất)${at(f)}.`,
    en: (f) =>
      `${f.params.unit} submitted ${f.params.copies} reports (others: ${f.params.others}${changesEn(f)}); ${
        f.params.undecided ? 'no report date or file time tells which is later, so ' : ''
      }none is consolidated until resolved (or the latest is chosen)${at(f)}.`,
  },
  resubmission: {
    vi: (f) =>
      `${f.params.unit} nộp ${f.params.copies} báo cáo; dùng bản mới nhất${at(f)}${f.params.date ? ` (${basisVi(f)} ${formatDate(str(f.params.date).slice(0, 10))})` : ''}, bỏ qua: ${f.params.others}${changesVi(f)}.`,
    en: (f) =>
      `${f.params.unit} submitted ${f.params.copies} reports; the latest is used${at(f)}${f.params.date ? ` (${basisEn(f)} ${formatDate(str(f.params.date).slice(0, 10))})` : ''}, set aside: ${f.params.others}${changesEn(f)}.`,
  },
  'unreadable-period': {
    vi: (f) =>
      `${f.params.unit}: không đọc được kỳ báo cáo ${quote(f.value)} (ví dụ cách ghi: "Quý I/2025", "6 tháng đầu năm 2025", "9 tháng năm 2025", "Năm 2025"); tính vào kỳ đang tổng hợp${at(f)}.`,
    en: (f) =>
      `${f.params.unit}: reporting period ${quote(f.value)} cannot be read (write e.g. "Quý I/2025", "6 tháng đầu năm 2025", "9 tháng năm 2025", "Năm 2025"); counted in the period consolidated${at(f)}.`,
  },
  'rate-without-counts': {
    vi: (f) =>
      `${f.params.unit}, chỉ tiêu ${f.params.indicator}: chỉ có tỷ lệ ${pct(f.params.rate, 'vi')}, không có Số đạt/Tổng số; không đưa vào tỷ lệ chung${at(f)}.`,
    en: (f) =>
      `${f.params.unit}, indicator ${f.params.indicator}: only a rate (${pct(f.params.rate, 'en')}) without counts; left out of the weighted rate${at(f)}.`,
  },
  'rate-mismatch': {
    vi: (f) =>
      `${f.params.unit}, chỉ tiêu ${f.params.indicator}: tỷ lệ ghi ${pct(f.params.typed, 'vi')} khác tỷ lệ tính từ số liệu ${pct(f.params.computed, 'vi')}; dùng số liệu${at(f)}.`,
    en: (f) =>
      `${f.params.unit}, indicator ${f.params.indicator}: typed rate ${pct(f.params.typed, 'en')} differs from the counts' ${pct(f.params.computed, 'en')}; the counts are used${at(f)}.`,
  },
  'target-changed': {
    vi: (f) =>
      `${f.params.unit}, chỉ tiêu ${f.params.indicator}: mục tiêu ${quote(f.value)} khác kế hoạch (${sign(f.params.comparator)} ${pct(f.params.expected, 'vi')}); dùng mục tiêu của kế hoạch${at(f)}.`,
    en: (f) =>
      `${f.params.unit}, indicator ${f.params.indicator}: target ${quote(f.value)} differs from the plan (${sign(f.params.comparator)} ${pct(f.params.expected, 'en')}); the plan's target is used${at(f)}.`,
  },
  'unknown-indicator': {
    vi: (f) => `${f.params.unit}: mã chỉ tiêu ${quote(f.value)} không có trong kế hoạch; bỏ qua${at(f)}.`,
    en: (f) => `${f.params.unit}: indicator id ${quote(f.value)} is not in the plan; ignored${at(f)}.`,
  },
  'missing-submission': {
    vi: (f) => `Chưa có báo cáo của ${f.params.unit}.`,
    en: (f) => `No report from ${f.params.unit}.`,
  },
  'unknown-unit': {
    vi: (f) => `Đơn vị ${quote(f.value)} không có trong danh sách đơn vị${at(f)}.`,
    en: (f) => `Unit ${quote(f.value)} is not on the list of units${at(f)}.`,
  },
  'no-submission': {
    vi: (f) => `${f.file ?? 'Tệp'}: không có trang tính nào có dòng "Đơn vị:"; không phải báo cáo của đơn vị.`,
    en: (f) => `${f.file ?? 'File'}: no sheet has a "Đơn vị:" (unit) row; not a unit submission.`,
  },
  'missing-unit-name': {
    vi: (f) => `Dòng "Đơn vị:" không ghi tên đơn vị; báo cáo này không được tổng hợp${at(f)}.`,
    en: (f) => `The "Đơn vị:" row names no unit; this report is not consolidated${at(f)}.`,
  },
  'submission-table-not-found': {
    vi: (f) =>
      `${f.params.unit ?? ''}: không tìm thấy bảng chỉ tiêu (Mã chỉ tiêu, Số đạt, Tổng số, Tỷ lệ đạt)${at(f)}.`,
    en: (f) => `${f.params.unit ?? ''}: no indicator table (Mã chỉ tiêu, Số đạt, Tổng số, Tỷ lệ đạt) found${at(f)}.`,
  },
  'unknown-task': {
    vi: (f) => `${f.params.unit}: mã nhiệm vụ ${quote(f.value)} không có trong kế hoạch; bỏ qua${at(f)}.`,
    en: (f) => `${f.params.unit}: task code ${quote(f.value)} is not in the plan; ignored${at(f)}.`,
  },
  'invalid-status': {
    vi: (f) =>
      `${f.params.unit}, nhiệm vụ ${f.params.task}: tình trạng ${quote(f.value)} không thuộc "Hoàn thành", "Đang thực hiện", "Chưa thực hiện"; bỏ qua${at(f)}.`,
    en: (f) =>
      `${f.params.unit}, task ${f.params.task}: status ${quote(f.value)} is not one of "Hoàn thành", "Đang thực hiện", "Chưa thực hiện"; ignored${at(f)}.`,
  },
  'mixed-periods': {
    vi: (f) =>
      `${f.params.unit}: kỳ báo cáo ${quote(f.value)} khác kỳ đang tổng hợp (${quote(str(f.params.expected))}) và đơn vị chưa có báo cáo kỳ này; không tính vào số liệu kỳ này${at(f)}.`,
    en: (f) =>
      `${f.params.unit}: reporting period ${quote(f.value)} is not the period consolidated (${quote(str(f.params.expected))}) and the unit has no report for it; left out of this period's figures${at(f)}.`,
  },
  'duplicate-row': {
    vi: (f) =>
      `${f.params.unit}: ${f.params.indicator ? `chỉ tiêu ${f.params.indicator}` : `nhiệm vụ ${f.params.task}`} được ghi ở nhiều dòng; không dòng nào được tổng hợp cho đến khi đơn vị sửa${at(f)}.`,
    en: (f) =>
      `${f.params.unit}: ${f.params.indicator ? `indicator ${f.params.indicator}` : `task ${f.params.task}`} is given on more than one row; none is consolidated until the unit corrects it${at(f)}.`,
  },
};
