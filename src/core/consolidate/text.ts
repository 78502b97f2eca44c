/**
 * The readable summary `cchc consolidate` prints: submissions, each indicator with its Σ counts,
 * rate and verdict, the tasks' statuses and what is overdue, then the findings by severity. Rates
 * are shown rounded to two decimals here; the JSON and the workbook keep them unrounded.
 */
import { renderMessage } from '../findings/render';
import { formatDate, formatNumber, formatPercent } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import type { Severity } from '../schema';
import './messages';
import { COMPARATOR_SIGN } from './planItems';
import type { ConsolidationResult, TaskStatus } from './types';
import { SEVERITY_GROUP_LABELS } from '../i18n/severity';

const W = {
  vi: {
    head: (y: number | null, asOf: string) => `Tổng hợp kết quả thực hiện kế hoạch CCHC${y ? ` năm ${y}` : ''}, tính đến ngày ${formatDate(asOf)}`,
    submissions: (n: number) => `Báo cáo đã nhận: ${n}`,
    indicators: 'Chỉ tiêu (tỷ lệ = ΣSố đạt / ΣTổng số của các đơn vị được tổng hợp):',
    met: (m: boolean | null) => (m === null ? 'chưa có số liệu' : m ? 'ĐẠT' : 'KHÔNG ĐẠT'),
    units: (n: number, of: number) => `${n}/${of} đơn vị`,
    tasks: (n: number) => `Nhiệm vụ: ${n}`,
    status: { done: 'hoàn thành', 'in-progress': 'đang thực hiện', 'not-started': 'chưa thực hiện', unreported: 'chưa báo cáo' } as Record<TaskStatus, string>,
    overdue: (n: number) => `quá hạn: ${n}`,
    overdueList: 'Quá hạn',
    severity: SEVERITY_GROUP_LABELS.vi,
    none: 'Không có phát hiện nào.',
    verdict: (ok: boolean) => (ok ? 'Kết quả: không có lỗi.' : 'Kết quả: có lỗi cần xử lý trước khi dùng số liệu tổng hợp.'),
  },
  en: {
    head: (y: number | null, asOf: string) => `Consolidated results of the CCHC plan${y ? ` ${y}` : ''}, as of ${formatDate(asOf)}`,
    submissions: (n: number) => `Submissions received: ${n}`,
    indicators: 'Indicators (rate = Σachieved / Σtotal over the included units):',
    met: (m: boolean | null) => (m === null ? 'no data' : m ? 'MET' : 'NOT MET'),
    units: (n: number, of: number) => `${n}/${of} units`,
    tasks: (n: number) => `Tasks: ${n}`,
    status: { done: 'done', 'in-progress': 'in progress', 'not-started': 'not started', unreported: 'unreported' } as Record<TaskStatus, string>,
    overdue: (n: number) => `overdue: ${n}`,
    overdueList: 'Overdue',
    severity: SEVERITY_GROUP_LABELS.en,
    none: 'No findings.',
    verdict: (ok: boolean) => (ok ? 'Result: no errors.' : 'Result: there are errors to resolve before the totals can be used.'),
  },
} as const;

export function summaryText(r: ConsolidationResult, lang: Lang = 'vi'): string {
  const w = W[lang];
  const lines: string[] = [w.head(r.planYear, r.asOf), w.submissions(r.submissions.length)];
  for (const s of r.submissions) lines.push(`  - ${s.unit || '?'}${s.period ? ` (${s.period})` : ''}: ${s.file ? `${s.file} › ` : ''}${s.sheet}`);
  lines.push('', w.indicators);
  const idWidth = Math.max(2, ...r.indicators.map((i) => i.id.length));
  for (const i of r.indicators) {
    const target = `${COMPARATOR_SIGN[i.comparator]} ${formatPercent(i.target, lang)}`;
    const counts = i.rate === null ? '—' : `${formatNumber(i.numerator, lang)}/${formatNumber(i.denominator, lang)} = ${formatPercent(i.rate, lang, 2)}`;
    lines.push(`  ${i.id.padEnd(idWidth)}  ${target.padEnd(8)}  ${counts.padEnd(24)}  ${w.met(i.met).padEnd(15)}  ${w.units(i.units.length, i.perUnit.length)}`);
  }
  const byStatus = new Map<TaskStatus, number>();
  for (const t of r.tasks) byStatus.set(t.status, (byStatus.get(t.status) ?? 0) + 1);
  const overdue = r.tasks.filter((t) => t.overdue);
  lines.push('', `${w.tasks(r.tasks.length)} — ${(['done', 'in-progress', 'not-started', 'unreported'] as TaskStatus[]).map((s) => `${w.status[s]} ${byStatus.get(s) ?? 0}`).join(', ')}; ${w.overdue(overdue.length)}`);
  if (overdue.length) lines.push(`  ${w.overdueList}: ${overdue.map((t) => `${t.code} (${formatDate(t.due)}, ${w.status[t.status]})`).join('; ')}`);
  lines.push('');
  if (r.findings.length === 0) lines.push(w.none);
  for (const sev of ['error', 'warning', 'info'] as Severity[]) {
    const group = r.findings.filter((f) => f.severity === sev);
    if (!group.length) continue;
    lines.push(`${w.severity[sev]} (${group.length}):`);
    for (const f of group) lines.push(`  [${f.code}] ${renderMessage(f, lang)}`);
  }
  lines.push('', w.verdict(!r.findings.some((f) => f.severity === 'error')), '');
  return lines.join('\n');
}
