/**
 * The summary workbook as SheetLayouts: indicators (target, Σ counts, rate, met, units met /
 * reporting) with a chart of rate against target, a unit × indicator matrix coloured by met / not
 * met / not applicable, the tasks, and the findings. Rates are written as fractions under a percent
 * format so Excel shows `87,5%` in a Vietnamese locale and the cells stay numbers an auditor can sum.
 */
import { renderMessage } from '../findings/render';
import type { MergeArea } from '../grid';
import type { Lang } from '../i18n/lang';
import { CHANGED_FIELD_LABELS } from './resubmissions';
import { isoToSerial } from '../parse/dates';
import type { LayoutCell, LayoutValue, SheetLayout, Tone } from '../report/layout';
import { COMPARATOR_SIGN } from './planItems';
import { STATUS_LABELS } from './tasks';
import type { ConsolidationResult, PerUnitResult, TaskStatus, TaskTiming } from './types';
import { SEVERITY_LABELS } from '../i18n/severity';
import { formatDate } from '../i18n/format';
import { TIMING_LABELS } from './tasks';
import { breakdownText, indicatorsMetText, periodLine, tasksDoneText } from './headlineText';

const PCT = '0.0#%';
const DATE = 'dd/mm/yyyy';

const W = {
  vi: {
    sheets: { indicators: 'Chỉ tiêu', matrix: 'Đơn vị x chỉ tiêu', tasks: 'Nhiệm vụ', findings: 'Phát hiện' },
    title: (y: number | null, asOf: string) =>
      `TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU CCHC${y ? ` NĂM ${y}` : ''} (đến ngày ${formatDate(asOf)})`,
    ind: [
      'Mã chỉ tiêu',
      'Chỉ tiêu',
      'So sánh',
      'Mục tiêu',
      'Σ Số đạt',
      'Σ Tổng số',
      'Tỷ lệ đạt',
      'Đạt',
      'Số đơn vị đạt',
      'Số đơn vị báo cáo',
    ],
    yes: 'Đạt',
    no: 'Không đạt',
    none: 'Chưa có số liệu',
    unit: 'Đơn vị',
    state: { 'not-applicable': 'KPS', invalid: 'Lỗi', duplicate: 'Trùng', absent: '', 'rate-only': '', included: '' },
    tasks: [
      'Mã nhiệm vụ',
      'Nhiệm vụ',
      'Chủ trì',
      'Thời hạn',
      'Tình trạng',
      'Quá hạn',
      'Số đơn vị báo cáo',
      'Số đơn vị hoàn thành',
      'Tiến độ',
      'Sắp đến hạn',
      'Ngày hoàn thành',
    ],
    headlineSheet: 'Kết quả chung',
    ranking: [
      'Hạng',
      'Đơn vị',
      'Nhiệm vụ đến hạn',
      'Đã hoàn thành',
      'Tỷ lệ hoàn thành',
      'Đúng hạn',
      'Hoàn thành quá hạn',
      'Trong hạn',
      'Quá hạn',
      'Chỉ tiêu có số liệu',
      'Chỉ tiêu đạt',
      'Tỷ lệ đạt',
      'Tệp',
      'Trang tính',
    ],
    overall: 'Toàn bộ',
    rankingTitle:
      'Xếp hạng đơn vị theo tỷ lệ nhiệm vụ đến hạn đã hoàn thành (mức độ thực hiện kế hoạch), rồi tỷ lệ chỉ tiêu đạt',
    seriesSheet: 'Theo kỳ',
    seriesHead: ['Kỳ báo cáo', 'Từ ngày', 'Đến ngày', 'Số báo cáo'],
    seriesTasks: 'Tiến độ nhiệm vụ theo kỳ',
    seriesChart: (id: string, target: string) => `Chỉ tiêu ${id}: tỷ lệ đạt theo kỳ (mục tiêu ${target})`,
    resubSheet: 'Bản nộp lại',
    resubHead: [
      'Đơn vị',
      'Kỳ báo cáo',
      'Bản dùng',
      'Căn cứ',
      'Nội dung',
      'Mã',
      'Trường',
      'Ô (bản cũ)',
      'Giá trị (bản cũ)',
      'Ô (bản mới)',
      'Giá trị (bản mới)',
    ],
    basis: { 'report-date': 'Ngày báo cáo', modified: 'Thời điểm sửa tệp' } as Record<string, string>,
    noneUsed: 'Chưa dùng bản nào',
    kind: { indicator: 'Chỉ tiêu', task: 'Nhiệm vụ', period: 'Kỳ báo cáo' } as Record<string, string>,
    field: CHANGED_FIELD_LABELS.vi,
    status: { ...STATUS_LABELS.vi, unreported: 'Chưa báo cáo' } as Record<TaskStatus, string>,
    findings: ['Mức độ', 'Mã', 'Đơn vị', 'Chỉ tiêu', 'Nhiệm vụ', 'Tệp', 'Trang tính', 'Ô', 'Nội dung'],
    severity: SEVERITY_LABELS.vi,
    chart: 'Tỷ lệ đạt so với mục tiêu',
    legend: 'KPS: không phát sinh (Tổng số = 0 hoặc trống); Lỗi: số liệu không hợp lệ; Trùng: đơn vị nộp nhiều bản.',
  },
  en: {
    sheets: { indicators: 'Indicators', matrix: 'Units x indicators', tasks: 'Tasks', findings: 'Findings' },
    title: (y: number | null, asOf: string) =>
      `CONSOLIDATED RESULTS AGAINST THE CCHC TARGETS${y ? ` ${y}` : ''} (as of ${formatDate(asOf)})`,
    ind: [
      'Indicator',
      'Target text',
      'Direction',
      'Target',
      'Σ achieved',
      'Σ total',
      'Rate',
      'Met',
      'Units met',
      'Units reporting',
    ],
    yes: 'Met',
    no: 'Not met',
    none: 'No data',
    unit: 'Unit',
    state: {
      'not-applicable': 'n/a',
      invalid: 'error',
      duplicate: 'duplicate',
      absent: '',
      'rate-only': '',
      included: '',
    },
    tasks: [
      'Task',
      'Text',
      'Lead',
      'Due',
      'Status',
      'Overdue',
      'Units reporting',
      'Units done',
      'Timing',
      'Due soon',
      'Done on',
    ],
    headlineSheet: 'Headline',
    ranking: [
      'Rank',
      'Unit',
      'Tasks due',
      'Done',
      'Done share',
      'On time',
      'Done late',
      'Within time',
      'Overdue',
      'Indicators with figures',
      'Indicators met',
      'Met share',
      'File',
      'Sheet',
    ],
    overall: 'All units',
    rankingTitle: 'Units ranked by the share of tasks due that are done (plan implementation), then of indicators met',
    seriesSheet: 'By period',
    seriesHead: ['Period', 'From', 'To', 'Reports'],
    seriesTasks: 'Tasks by period',
    seriesChart: (id: string, target: string) => `Indicator ${id}: rate by period (target ${target})`,
    resubSheet: 'Resubmissions',
    resubHead: [
      'Unit',
      'Period',
      'Copy used',
      'Told by',
      'Item',
      'Id',
      'Field',
      'Cell (earlier)',
      'Value (earlier)',
      'Cell (later)',
      'Value (later)',
    ],
    basis: { 'report-date': 'Report date', modified: 'File time' } as Record<string, string>,
    noneUsed: 'None used',
    kind: { indicator: 'Indicator', task: 'Task', period: 'Period' } as Record<string, string>,
    field: CHANGED_FIELD_LABELS.en,
    status: { ...STATUS_LABELS.en, unreported: 'Unreported' } as Record<TaskStatus, string>,
    findings: ['Severity', 'Code', 'Unit', 'Indicator', 'Task', 'File', 'Sheet', 'Cell', 'Message'],
    severity: SEVERITY_LABELS.en,
    chart: 'Rate against target',
    legend:
      'n/a: not applicable (total 0 or blank); error: invalid figures; duplicate: the unit submitted more than once.',
  },
} as const;

/** The title row spans the table, so it reads as one line in every host. */
const titleMerge = (cols: number): MergeArea => ({ startRow: 1, startCol: 1, endRow: 1, endCol: cols });

const header = (labels: readonly string[]): LayoutCell[] =>
  labels.map((l) => ({ value: l, bold: true, wrap: true, tone: 'header' }));
const metTone = (met: boolean | null): Tone => (met === null ? 'notApplicable' : met ? 'met' : 'notMet');

function indicatorSheet(r: ConsolidationResult, lang: Lang): SheetLayout {
  const w = W[lang];
  const rows: LayoutValue[][] = [
    [{ value: w.title(r.planYear, r.asOf), bold: true, tone: 'title' }],
    [r.period ? { value: periodLine(r.period, lang), italic: true } : null],
    header(w.ind),
  ];
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
    return {
      value: p.rate === null ? null : p.rate / 100,
      numFmt: PCT,
      tone: metTone(p.met),
      italic: p.state === 'rate-only',
    };
  }
  const label = W[lang].state[p.state];
  const tone: Tone = p.state === 'not-applicable' ? 'notApplicable' : p.state === 'absent' ? 'muted' : 'error';
  return { value: label || null, tone };
}

function matrixSheet(r: ConsolidationResult, lang: Lang): SheetLayout {
  const w = W[lang];
  const rows: LayoutValue[][] = [
    [{ value: w.sheets.matrix, bold: true, tone: 'title' }],
    [{ value: w.legend, italic: true, tone: 'muted' }],
    header([w.unit, ...r.indicators.map((i) => i.id)]),
  ];
  // perUnit lists the submissions in the same order for every indicator: index, don't search.
  const n = r.indicators[0]?.perUnit.length ?? 0;
  for (let u = 0; u < n; u++) {
    const unit = r.indicators[0].perUnit[u];
    rows.push([unit.unit, ...r.indicators.map((i) => matrixCell(i.perUnit[u], lang))]);
  }
  const totals: LayoutValue[] = [
    { value: 'Σ', bold: true },
    ...r.indicators.map((i) => ({
      value: i.rate === null ? null : i.rate / 100,
      numFmt: PCT,
      bold: true,
      tone: metTone(i.met),
    })),
  ];
  rows.push(totals);
  const span = Math.max(r.indicators.length + 1, 8);
  return {
    name: w.sheets.matrix,
    rows,
    merges: [titleMerge(span), { startRow: 2, startCol: 1, endRow: 2, endCol: span }],
    columnWidths: [30, ...r.indicators.map(() => 9)],
    freezeRows: 3,
  };
}

function taskSheet(r: ConsolidationResult, lang: Lang): SheetLayout {
  const w = W[lang];
  const rows: LayoutValue[][] = [[{ value: w.sheets.tasks, bold: true, tone: 'title' }], [], header(w.tasks)];
  for (const t of r.tasks) {
    const tone: Tone | undefined = t.overdue
      ? 'error'
      : t.status === 'done'
        ? 'met'
        : t.status === 'unreported'
          ? 'muted'
          : undefined;
    rows.push([
      t.code,
      t.task,
      t.lead,
      t.due ? { value: isoToSerial(t.due), numFmt: DATE } : null,
      { value: w.status[t.status], tone },
      t.overdue ? { value: lang === 'vi' ? 'Quá hạn' : 'Overdue', tone: 'error' } : null,
      t.reports.length,
      t.reports.filter((x) => x.status === 'done').length,
      { value: TIMING_LABELS[lang][t.timing], tone: timingTone(t.timing) },
      t.dueSoon ? { value: TIMING_LABELS[lang]['due-soon'], tone: 'warning' } : null,
      t.doneDate ? { value: isoToSerial(t.doneDate), numFmt: DATE } : null,
    ]);
  }
  return {
    name: w.sheets.tasks,
    rows,
    merges: [titleMerge(w.tasks.length)],
    columnWidths: [10, 60, 30, 12, 16, 10, 12, 12, 30, 14, 14],
    freezeRows: 3,
  };
}

function findingSheet(r: ConsolidationResult, lang: Lang): SheetLayout {
  const w = W[lang];
  const rows: LayoutValue[][] = [[{ value: w.sheets.findings, bold: true, tone: 'title' }], [], header(w.findings)];
  for (const f of r.findings) {
    const p = f.params;
    rows.push([
      { value: w.severity[f.severity], tone: f.severity },
      f.code,
      p.unit ?? null,
      p.indicator ?? null,
      p.task ?? null,
      f.file ?? null,
      f.sheet,
      f.cell,
      { value: renderMessage(f, lang), wrap: true },
    ]);
  }
  return {
    name: w.sheets.findings,
    rows,
    merges: [titleMerge(w.findings.length)],
    columnWidths: [10, 28, 24, 10, 10, 24, 14, 8, 90],
    freezeRows: 3,
  };
}

const timingTone = (t: TaskTiming): Tone =>
  t === 'overdue' ? 'error' : t === 'done-late' ? 'warning' : t === 'done-on-time' ? 'met' : 'muted';
const share = (n: number | null): LayoutValue => ({ value: n === null ? null : n / 100, numFmt: PCT });

/** The headline figures, overall then per unit ranked best first. */
function headlineSheet(r: ConsolidationResult, lang: Lang): SheetLayout {
  const w = W[lang];
  const h = r.headline;
  const rows: LayoutValue[][] = [
    [{ value: w.headlineSheet, bold: true, tone: 'title' }],
    [r.period ? { value: periodLine(r.period, lang), italic: true } : null],
    [{ value: `${w.overall}: ${tasksDoneText(h.tasks, lang)}; ${indicatorsMetText(h.indicators, lang)}.`, bold: true }],
    [{ value: `${breakdownText(h.tasks, r.dueSoonDays, lang)}.` }],
    [],
    [{ value: w.rankingTitle, italic: true, tone: 'muted' }],
    header(w.ranking),
  ];
  const line = (
    rank: LayoutValue,
    name: LayoutValue,
    t: typeof h.tasks,
    i: typeof h.indicators,
    file: string | null,
    sheet: string | null,
  ): LayoutValue[] => [
    rank,
    name,
    t.due,
    t.done,
    share(t.rate),
    t.doneOnTime,
    t.doneLate,
    t.inTime,
    t.overdue,
    i.reported,
    i.met,
    share(i.rate),
    file,
    sheet,
  ];
  rows.push(line(null, { value: w.overall, bold: true }, h.tasks, h.indicators, null, null));
  for (const u of h.units) rows.push(line(u.rank, u.unit, u.tasks, u.indicators, u.file, u.sheet));
  const span = w.ranking.length;
  return {
    name: w.headlineSheet,
    rows,
    merges: [
      titleMerge(span),
      { startRow: 2, startCol: 1, endRow: 2, endCol: span },
      { startRow: 3, startCol: 1, endRow: 3, endCol: span },
      { startRow: 4, startCol: 1, endRow: 4, endCol: span },
      { startRow: 6, startCol: 1, endRow: 6, endCol: span },
    ],
    columnWidths: [7, 32, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 24, 14],
    freezeRows: 7,
  };
}

/** Chart grid: two charts a row, each CHART_ROWS tall (see writeCharts). */
const CHART_STEP_ROWS = 20;
const CHART_STEP_COLS = 10;

/**
 * Period over period: one row per period (so each chart reads a column, as both hosts draw a
 * series), one column per indicator's rate, a chart per indicator; then each task's timing per period.
 */
function seriesSheet(r: ConsolidationResult, lang: Lang): SheetLayout | null {
  const s = r.series;
  if (!s) return null;
  const w = W[lang];
  const first = 4;
  const rows: LayoutValue[][] = [
    [{ value: w.seriesSheet, bold: true, tone: 'title' }],
    [],
    header([...w.seriesHead, ...s.indicators.map((i) => i.id)]),
  ];
  s.periods.forEach((p, n) => {
    rows.push([
      p.label,
      { value: isoToSerial(p.from), numFmt: DATE },
      { value: isoToSerial(p.to), numFmt: DATE },
      p.submissions,
      ...s.indicators.map((i) => {
        const pt = i.points[n];
        return pt === null
          ? null
          : { value: pt.rate === null ? null : pt.rate / 100, numFmt: PCT, tone: metTone(pt.met) };
      }),
    ]);
  });
  const last = rows.length;
  rows.push([], [{ value: w.seriesTasks, bold: true }], header([w.tasks[0], ...s.periods.map((p) => p.label)]));
  for (const t of s.tasks)
    rows.push([
      t.code,
      ...t.points.map((p) => (p ? { value: TIMING_LABELS[lang][p.timing], tone: timingTone(p.timing) } : null)),
    ]);
  const chartTop = rows.length + 3;
  const charts = s.indicators.map((i, n) => ({
    title: w.seriesChart(i.id, `${COMPARATOR_SIGN[i.comparator]} ${i.target}%`),
    categories: { startRow: first, startCol: 1, endRow: last, endCol: 1 },
    series: [
      {
        name: w.ind[6],
        values: {
          startRow: first,
          startCol: w.seriesHead.length + 1 + n,
          endRow: last,
          endCol: w.seriesHead.length + 1 + n,
        },
      },
    ],
    anchor: { row: chartTop + Math.floor(n / 2) * CHART_STEP_ROWS, col: 1 + (n % 2) * CHART_STEP_COLS },
    valueFormat: '0%',
  }));
  return {
    name: w.seriesSheet,
    rows,
    merges: [titleMerge(Math.max(w.seriesHead.length + s.indicators.length, 4))],
    columnWidths: [24, 12, 12, 10, ...s.indicators.map(() => 9)],
    freezeRows: 3,
    charts,
  };
}

/** Each unit that sent more than one copy: which copy is used, and what changed, cell by cell. */
function resubmissionSheet(r: ConsolidationResult, lang: Lang): SheetLayout | null {
  if (!r.resubmissions.length) return null;
  const w = W[lang];
  const rows: LayoutValue[][] = [[{ value: w.resubSheet, bold: true, tone: 'title' }], [], header(w.resubHead)];
  for (const x of r.resubmissions) {
    const c = x.used === null ? null : x.copies[x.used];
    const used = c ? `${c.file ? `${c.file} › ` : ''}${c.sheet}` : w.noneUsed;
    const basis = x.basis ? w.basis[x.basis] : null;
    if (!x.changes.length) rows.push([x.unit, x.period, { value: used, tone: c ? 'met' : 'error' }, basis]);
    for (const ch of x.changes) {
      rows.push([
        x.unit,
        x.period,
        { value: used, tone: c ? 'met' : 'error' },
        basis,
        w.kind[ch.kind],
        ch.key,
        w.field[ch.field] ?? ch.field,
        ch.from.cell,
        ch.from.value,
        ch.to.cell,
        ch.to.value,
      ]);
    }
  }
  return {
    name: w.resubSheet,
    rows,
    merges: [titleMerge(w.resubHead.length)],
    columnWidths: [28, 16, 30, 16, 12, 8, 14, 10, 20, 10, 20],
    freezeRows: 3,
  };
}

export function summaryLayouts(result: ConsolidationResult, lang: Lang = 'vi'): SheetLayout[] {
  const optional = [seriesSheet(result, lang), resubmissionSheet(result, lang)].filter(
    (x): x is SheetLayout => x !== null,
  );
  return [
    indicatorSheet(result, lang),
    headlineSheet(result, lang),
    matrixSheet(result, lang),
    taskSheet(result, lang),
    ...optional,
    findingSheet(result, lang),
  ];
}
