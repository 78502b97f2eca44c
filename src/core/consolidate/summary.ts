/**
 * The summary workbook as SheetLayouts: indicators (target, Σ counts, rate, met, units met /
 * reporting) with a chart of rate against target, a unit × indicator matrix coloured by met / not
 * met / not applicable, the tasks, and the findings. Rates are written as fractions under a percent
 * format so Excel shows `87,5%` in a Vietnamese locale and the cells stay numbers an auditor can sum.
 */
import { renderMessage } from '../findings/render';
import type { MergeArea } from '../grid';
import type { Lang } from '../i18n/lang';
import { isoToSerial } from '../parse/dates';
import type { LayoutCell, LayoutValue, SheetLayout, Tone } from '../report/layout';
import './messages';
import { COMPARATOR_SIGN } from './planItems';
import { STATUS_LABELS } from './tasks';
import type { ConsolidationResult, PerUnitResult, TaskStatus } from './types';
import { SEVERITY_LABELS } from '../i18n/severity';
import { formatDate } from '../i18n/format';

const PCT = '0.0#%';
const DATE = 'dd/mm/yyyy';

const W = {
  vi: {
    sheets: { indicators: 'Chỉ tiêu', matrix: 'Đơn vị x chỉ tiêu', tasks: 'Nhiệm vụ', findings: 'Phát hiện' },
    title: (y: number | null, asOf: string) => `TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU CCHC${y ? ` NĂM ${y}` : ''} (đến ngày ${formatDate(asOf)})`,
    ind: ['Mã chỉ tiêu', 'Chỉ tiêu', 'So sánh', 'Mục tiêu', 'Σ Số đạt', 'Σ Tổng số', 'Tỷ lệ đạt', 'Đạt', 'Số đơn vị đạt', 'Số đơn vị báo cáo'],
    yes: 'Đạt', no: 'Không đạt', none: 'Chưa có số liệu',
    unit: 'Đơn vị',
    state: { 'not-applicable': 'KPS', invalid: 'Lỗi', duplicate: 'Trùng', absent: '', 'rate-only': '', included: '' },
    tasks: ['Mã nhiệm vụ', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn', 'Tình trạng', 'Quá hạn', 'Số đơn vị báo cáo', 'Số đơn vị hoàn thành'],
    status: { ...STATUS_LABELS.vi, unreported: 'Chưa báo cáo' } as Record<TaskStatus, string>,
    findings: ['Mức độ', 'Mã', 'Đơn vị', 'Chỉ tiêu', 'Nhiệm vụ', 'Tệp', 'Trang tính', 'Ô', 'Nội dung'],
    severity: SEVERITY_LABELS.vi,
    chart: 'Tỷ lệ đạt so với mục tiêu',
    legend: 'KPS: không phát sinh (Tổng số = 0 hoặc trống); Lỗi: số liệu không hợp lệ; Trùng: đơn vị nộp nhiều bản.',
  },
  en: {
    sheets: { indicators: 'Indicators', matrix: 'Units x indicators', tasks: 'Tasks', findings: 'Findings' },
    title: (y: number | null, asOf: string) => `CONSOLIDATED RESULTS AGAINST THE CCHC TARGETS${y ? ` ${y}` : ''} (as of ${formatDate(asOf)})`,
    ind: ['Indicator', 'Target text', 'Direction', 'Target', 'Σ achieved', 'Σ total', 'Rate', 'Met', 'Units met', 'Units reporting'],
    yes: 'Met', no: 'Not met', none: 'No data',
    unit: 'Unit',
    state: { 'not-applicable': 'n/a', invalid: 'error', duplicate: 'duplicate', absent: '', 'rate-only': '', included: '' },
    tasks: ['Task', 'Text', 'Lead', 'Due', 'Status', 'Overdue', 'Units reporting', 'Units done'],
    status: { ...STATUS_LABELS.en, unreported: 'Unreported' } as Record<TaskStatus, string>,
    findings: ['Severity', 'Code', 'Unit', 'Indicator', 'Task', 'File', 'Sheet', 'Cell', 'Message'],
    severity: SEVERITY_LABELS.en,
    chart: 'Rate against target',
    legend: 'n/a: not applicable (total 0 or blank); error: invalid figures; duplicate: the unit submitted more than once.',
  },
} as const;


/** The title row spans the table, so it reads as one line in every host. */
const titleMerge = (cols: number): MergeArea => ({ startRow: 1, startCol: 1, endRow: 1, endCol: cols });

const header = (labels: readonly string[]): LayoutCell[] => labels.map((l) => ({ value: l, bold: true, wrap: true, tone: 'header' }));
const metTone = (met: boolean | null): Tone => (met === null ? 'notApplicable' : met ? 'met' : 'notMet');

function indicatorSheet(r: ConsolidationResult, lang: Lang): SheetLayout {
  const w = W[lang];
  const rows: LayoutValue[][] = [[{ value: w.title(r.planYear, r.asOf), bold: true, tone: 'title' }], [], header(w.ind)];
  const first = rows.length + 1;
  for (const i of r.indicators) {
    const reporting = i.perUnit.filter((p) => p.state === 'included' || p.state === 'rate-only');
    rows.push([
      i.id,
      { value: i.text, wrap: false },
      COMPARATOR_SIGN[i.comparator],
      { value: i.target / 100, numFmt: PCT },
      { value: i.numerator, numFmt: '#,##0' },
      { value: i.denominator, numFmt: '#,##0' },
      { value: i.rate === null ? null : i.rate / 100, numFmt: PCT },
      { value: i.met === null ? w.none : i.met ? w.yes : w.no, tone: metTone(i.met) },
      reporting.filter((p) => p.met === true).length,
      reporting.length,
    ]);
  }
  const last = rows.length;
  return {
    name: w.sheets.indicators,
    rows,
    merges: [titleMerge(w.ind.length)],
    columnWidths: [10, 50, 8, 10, 12, 12, 10, 14, 12, 12],
    freezeRows: 3,
    charts:
      last >= first
        ? [
            {
              title: w.chart,
              categories: { startRow: first, startCol: 1, endRow: last, endCol: 1 },
              series: [
                { name: w.ind[6], values: { startRow: first, startCol: 7, endRow: last, endCol: 7 } },
                { name: w.ind[3], values: { startRow: first, startCol: 4, endRow: last, endCol: 4 } },
              ],
              anchor: { row: last + 3, col: 2 },
            },
          ]
        : [],
  };
}

function matrixCell(p: PerUnitResult | undefined, lang: Lang): LayoutValue {
  if (!p) return null;
  if (p.state === 'included' || p.state === 'rate-only') {
    return { value: p.rate === null ? null : p.rate / 100, numFmt: PCT, tone: metTone(p.met), italic: p.state === 'rate-only' };
  }
  const label = W[lang].state[p.state];
  const tone: Tone = p.state === 'not-applicable' ? 'notApplicable' : p.state === 'absent' ? 'muted' : 'error';
  return { value: label || null, tone };
}

function matrixSheet(r: ConsolidationResult, lang: Lang): SheetLayout {
  const w = W[lang];
  const rows: LayoutValue[][] = [[{ value: w.sheets.matrix, bold: true, tone: 'title' }], [{ value: w.legend, italic: true, tone: 'muted' }], header([w.unit, ...r.indicators.map((i) => i.id)])];
  // perUnit lists the submissions in the same order for every indicator: index, don't search.
  const n = r.indicators[0]?.perUnit.length ?? 0;
  for (let u = 0; u < n; u++) {
    const unit = r.indicators[0].perUnit[u];
    rows.push([unit.unit, ...r.indicators.map((i) => matrixCell(i.perUnit[u], lang))]);
  }
  const totals: LayoutValue[] = [{ value: 'Σ', bold: true }, ...r.indicators.map((i) => ({ value: i.rate === null ? null : i.rate / 100, numFmt: PCT, bold: true, tone: metTone(i.met) }))];
  rows.push(totals);
  const span = Math.max(r.indicators.length + 1, 8);
  return { name: w.sheets.matrix, rows, merges: [titleMerge(span), { startRow: 2, startCol: 1, endRow: 2, endCol: span }], columnWidths: [30, ...r.indicators.map(() => 9)], freezeRows: 3 };
}

function taskSheet(r: ConsolidationResult, lang: Lang): SheetLayout {
  const w = W[lang];
  const rows: LayoutValue[][] = [[{ value: w.sheets.tasks, bold: true, tone: 'title' }], [], header(w.tasks)];
  for (const t of r.tasks) {
    const tone: Tone | undefined = t.overdue ? 'error' : t.status === 'done' ? 'met' : t.status === 'unreported' ? 'muted' : undefined;
    rows.push([
      t.code,
      t.task,
      t.lead,
      t.due ? { value: isoToSerial(t.due), numFmt: DATE } : null,
      { value: w.status[t.status], tone },
      t.overdue ? { value: lang === 'vi' ? 'Quá hạn' : 'Overdue', tone: 'error' } : null,
      t.reports.length,
      t.reports.filter((x) => x.status === 'done').length,
    ]);
  }
  return { name: w.sheets.tasks, rows, merges: [titleMerge(w.tasks.length)], columnWidths: [10, 60, 30, 12, 16, 10, 12, 12], freezeRows: 3 };
}

function findingSheet(r: ConsolidationResult, lang: Lang): SheetLayout {
  const w = W[lang];
  const rows: LayoutValue[][] = [[{ value: w.sheets.findings, bold: true, tone: 'title' }], [], header(w.findings)];
  for (const f of r.findings) {
    const p = f.params;
    rows.push([
      { value: w.severity[f.severity], tone: f.severity },
      f.code,
      (p.unit as string | null | undefined) ?? null,
      (p.indicator as string | null | undefined) ?? null,
      (p.task as string | null | undefined) ?? null,
      f.file ?? null,
      f.sheet,
      f.cell,
      { value: renderMessage(f, lang), wrap: true },
    ]);
  }
  return { name: w.sheets.findings, rows, merges: [titleMerge(w.findings.length)], columnWidths: [10, 28, 24, 10, 10, 24, 14, 8, 90], freezeRows: 3 };
}

export function summaryLayouts(result: ConsolidationResult, lang: Lang = 'vi'): SheetLayout[] {
  return [indicatorSheet(result, lang), matrixSheet(result, lang), taskSheet(result, lang), findingSheet(result, lang)];
}
