/**
 * The readable summary `cchc consolidate` prints: submissions, each indicator with its Σ counts,
 * rate and verdict, the tasks' statuses and what is overdue, then the findings by severity. Rates
 * are shown rounded to two decimals here; the JSON and the workbook keep them unrounded.
 */
import { renderMessage } from '../findings/render';
import { formatDate, formatNumber, formatPercent } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { CHANGED_FIELD_LABELS } from './resubmissions';
import type { Severity } from '../schema';
import { COMPARATOR_SIGN } from './planItems';
import type { ConsolidationResult, TaskStatus } from './types';
import { SEVERITY_GROUP_LABELS } from '../i18n/severity';
import { breakdownText, headlinePercent, indicatorsMetText, periodLine, tasksDoneText } from './headlineText';
import { TIMING_LABELS } from './tasks';

const W = {
  vi: {
    head: (y: number | null, asOf: string) =>
      `Tổng hợp kết quả thực hiện kế hoạch CCHC${y ? ` năm ${y}` : ''}, tính đến ngày ${formatDate(asOf)}`,
    submissions: (n: number) => `Báo cáo đã nhận: ${n}`,
    indicators: 'Chỉ tiêu (tỷ lệ = ΣSố đạt / ΣTổng số của các đơn vị được tổng hợp):',
    met: (m: boolean | null) => (m === null ? 'chưa có số liệu' : m ? 'ĐẠT' : 'KHÔNG ĐẠT'),
    units: (n: number, of: number) => `${n}/${of} đơn vị`,
    tasks: (n: number) => `Nhiệm vụ: ${n}`,
    status: {
      done: 'hoàn thành',
      'in-progress': 'đang thực hiện',
      'not-started': 'chưa thực hiện',
      unreported: 'chưa báo cáo',
    } as Record<TaskStatus, string>,
    overdue: (n: number) => `quá hạn: ${n}`,
    overdueList: 'Quá hạn',
    severity: SEVERITY_GROUP_LABELS.vi,
    none: 'Không có phát hiện nào.',
    verdict: (ok: boolean) =>
      ok ? 'Kết quả: không có lỗi.' : 'Kết quả: có lỗi cần xử lý trước khi dùng số liệu tổng hợp.',
    headline: 'Kết quả chung:',
    dueSoonList: 'Sắp đến hạn',
    ranking: 'Xếp hạng đơn vị (theo tỷ lệ nhiệm vụ đến hạn đã hoàn thành, rồi tỷ lệ chỉ tiêu đạt):',
    resubmitted: 'Đơn vị nộp nhiều bản:',
    used: (w: string) => `dùng bản ${w}`,
    noneUsed: 'chưa dùng bản nào',
    changes: (n: number) => `${n} ô khác nhau`,
    series: 'Theo kỳ báo cáo:',
    field: CHANGED_FIELD_LABELS.vi,
    kind: { indicator: 'chỉ tiêu', task: 'nhiệm vụ', period: '' } as Record<string, string>,
  },
  en: {
    head: (y: number | null, asOf: string) =>
      `Consolidated results of the CCHC plan${y ? ` ${y}` : ''}, as of ${formatDate(asOf)}`,
    submissions: (n: number) => `Submissions received: ${n}`,
    indicators: 'Indicators (rate = Σachieved / Σtotal over the included units):',
    met: (m: boolean | null) => (m === null ? 'no data' : m ? 'MET' : 'NOT MET'),
    units: (n: number, of: number) => `${n}/${of} units`,
    tasks: (n: number) => `Tasks: ${n}`,
    status: {
      done: 'done',
      'in-progress': 'in progress',
      'not-started': 'not started',
      unreported: 'unreported',
    } as Record<TaskStatus, string>,
    overdue: (n: number) => `overdue: ${n}`,
    overdueList: 'Overdue',
    severity: SEVERITY_GROUP_LABELS.en,
    none: 'No findings.',
    verdict: (ok: boolean) =>
      ok ? 'Result: no errors.' : 'Result: there are errors to resolve before the totals can be used.',
    headline: 'Headline:',
    dueSoonList: 'Due soon',
    ranking: 'Units ranked (by the share of tasks due that are done, then of indicators met):',
    resubmitted: 'Units that sent more than one copy:',
    used: (w: string) => `using ${w}`,
    noneUsed: 'none used yet',
    changes: (n: number) => `${n} cells differ`,
    series: 'Period over period:',
    field: CHANGED_FIELD_LABELS.en,
    kind: { indicator: 'indicator', task: 'task', period: '' } as Record<string, string>,
  },
} as const;

export function summaryText(r: ConsolidationResult, lang: Lang = 'vi'): string {
  const w = W[lang];
  const lines: string[] = [w.head(r.planYear, r.asOf)];
  if (r.period) lines.push(periodLine(r.period, lang));
  lines.push(w.submissions(r.submissions.length));
  for (const s of r.submissions)
    lines.push(`  - ${s.unit || '?'}${s.period ? ` (${s.period})` : ''}: ${s.file ? `${s.file} › ` : ''}${s.sheet}`);
  lines.push('', w.indicators);
  const idWidth = Math.max(2, ...r.indicators.map((i) => i.id.length));
  for (const i of r.indicators) {
    const target = `${COMPARATOR_SIGN[i.comparator]} ${formatPercent(i.target, lang)}`;
    const counts =
      i.rate === null
        ? '—'
        : `${formatNumber(i.numerator, lang)}/${formatNumber(i.denominator, lang)} = ${formatPercent(i.rate, lang, 2)}`;
    lines.push(
      `  ${i.id.padEnd(idWidth)}  ${target.padEnd(8)}  ${counts.padEnd(24)}  ${w.met(i.met).padEnd(15)}  ${w.units(i.units.length, i.perUnit.length)}`,
    );
  }
  const byStatus = new Map<TaskStatus, number>();
  for (const t of r.tasks) byStatus.set(t.status, (byStatus.get(t.status) ?? 0) + 1);
  const overdue = r.tasks.filter((t) => t.overdue);
  lines.push(
    '',
    `${w.tasks(r.tasks.length)} — ${(['done', 'in-progress', 'not-started', 'unreported'] as TaskStatus[]).map((s) => `${w.status[s]} ${byStatus.get(s) ?? 0}`).join(', ')}; ${w.overdue(overdue.length)}`,
  );
  if (overdue.length)
    lines.push(
      `  ${w.overdueList}: ${overdue.map((t) => `${t.code} (${formatDate(t.due)}, ${w.status[t.status]})`).join('; ')}`,
    );
  const soon = r.tasks.filter((t) => t.dueSoon);
  if (soon.length) lines.push(`  ${w.dueSoonList}: ${soon.map((t) => `${t.code} (${formatDate(t.due)})`).join('; ')}`);
  const h = r.headline;
  lines.push(
    '',
    w.headline,
    `  ${tasksDoneText(h.tasks, lang)}; ${indicatorsMetText(h.indicators, lang)}.`,
    `  ${breakdownText(h.tasks, r.dueSoonDays, lang)}.`,
  );
  if (h.units.length) {
    lines.push('', w.ranking);
    for (const u of h.units)
      lines.push(
        `  ${u.rank ?? '–'}. ${u.unit}: ${tasksDoneText(u.tasks, lang)}; ${indicatorsMetText(u.indicators, lang)}`,
      );
  }
  if (r.resubmissions.length) {
    lines.push('', w.resubmitted);
    for (const x of r.resubmissions) {
      const where = (i: number) => `${x.copies[i].file ? `${x.copies[i].file} › ` : ''}${x.copies[i].sheet}`;
      lines.push(
        `  - ${x.unit}: ${x.copies.length} — ${x.used === null ? w.noneUsed : w.used(where(x.used))}; ${w.changes(x.changes.length)}`,
      );
      for (const c of x.changes.slice(0, 20)) {
        const label = [w.kind[c.kind], c.key].filter(Boolean).join(' ');
        lines.push(
          `      ${label}${label ? ', ' : ''}${w.field[c.field] ?? c.field}: ${c.from.cell ?? ''} ${JSON.stringify(c.from.value ?? '')} → ${c.to.cell ?? ''} ${JSON.stringify(c.to.value ?? '')}`,
        );
      }
      if (x.changes.length > 20) lines.push('      …');
    }
  }
  if (r.series) {
    lines.push('', `${w.series} ${r.series.periods.map((p) => p.label).join(' → ')}`);
    for (const i of r.series.indicators)
      lines.push(
        `  ${i.id.padEnd(idWidth)}  ${i.points.map((p) => headlinePercent(p?.rate ?? null, lang)).join(' → ')}`,
      );
    for (const t of r.series.tasks)
      lines.push(
        `  ${t.code.padEnd(idWidth)}  ${t.points.map((p) => (p ? TIMING_LABELS[lang][p.timing] : '—')).join(' → ')}`,
      );
  }
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
