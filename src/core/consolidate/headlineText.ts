/**
 * The headline figures and the period in words, Vietnamese then English, shared by the text
 * report, the summary workbook and (later) the Word report: `hoàn thành 31/75 nhiệm vụ, đạt 41,33%`.
 */
import { formatDate, formatPercent } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import type { IndicatorHeadline, PeriodInfo, TaskHeadline } from './types';

const pct = (n: number | null, lang: Lang): string => (n === null ? '—' : formatPercent(n, lang, 2));

export function periodLine(p: PeriodInfo, lang: Lang): string {
  return lang === 'vi'
    ? `Kỳ báo cáo: ${p.label} (số liệu từ ${formatDate(p.from)} đến ${formatDate(p.to)}; hạn gửi báo cáo ${formatDate(p.due)})`
    : `Reporting period: ${p.label} (data from ${formatDate(p.from)} to ${formatDate(p.to)}; report due ${formatDate(p.due)})`;
}

/** `hoàn thành 31/75 nhiệm vụ đến hạn, đạt 41,33%`. */
export function tasksDoneText(h: TaskHeadline, lang: Lang): string {
  return lang === 'vi'
    ? `hoàn thành ${h.done}/${h.due} nhiệm vụ đến hạn, đạt ${pct(h.rate, lang)}`
    : `${h.done} of ${h.due} tasks due done, ${pct(h.rate, lang)}`;
}

/** `đạt 9/12 chỉ tiêu có số liệu (75%)`. */
export function indicatorsMetText(h: IndicatorHeadline, lang: Lang): string {
  return lang === 'vi'
    ? `đạt ${h.met}/${h.reported} chỉ tiêu có số liệu (${pct(h.rate, lang)})`
    : `${h.met} of ${h.reported} indicators with figures met (${pct(h.rate, lang)})`;
}

/** The four timings and "due soon", in the Government Office's words. */
export function breakdownText(h: TaskHeadline, days: number, lang: Lang): string {
  return lang === 'vi'
    ? `đã hoàn thành đúng hạn ${h.doneOnTime}, đã hoàn thành nhưng quá hạn ${h.doneLate}, chưa hoàn thành nhưng trong hạn ${h.inTime}, chưa hoàn thành quá hạn ${h.overdue}; sắp đến hạn (trong ${days} ngày) ${h.dueSoon}`
    : `done on time ${h.doneOnTime}, done late ${h.doneLate}, not done within time ${h.inTime}, not done overdue ${h.overdue}; due soon (within ${days} days) ${h.dueSoon}`;
}

export { pct as headlinePercent };
