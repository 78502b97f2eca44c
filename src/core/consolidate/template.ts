/**
 * The submission sheet a unit fills in, laid out as a SheetLayout: `Đơn vị:` and `Kỳ báo cáo:`
 * rows, the indicator table (target copied from the plan, the two counts, the rate as a formula of
 * them) and the task table (status as an in-cell list). The rate formula gives 100·Số đạt/Tổng số
 * on the 0–100 scale under a plain number format, so reading it needs no number format at all.
 */
import type { PlanReading } from '../readPlan';
import type { Lang } from '../i18n/lang';
import { formatDate } from '../i18n/format';
import type { LayoutValue, SheetLayout, Validation } from '../report/layout';
import { INDICATOR_LABELS, INDICATOR_ORDER, TASK_LABELS, TASK_ORDER } from './columns';
import { COMPARATOR_SIGN, planIndicators, planTasks } from './planItems';
import { STATUS_LABELS } from './tasks';

const WORDS = {
  vi: {
    title: (y: number | null) => `BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH${y ? ` NĂM ${y}` : ''}`,
    plan: (n: string, d: string | null) => `Thực hiện Kế hoạch số ${n}${d ? ` ngày ${formatDate(d)}` : ''}`,
    unit: 'Đơn vị:',
    period: 'Kỳ báo cáo:',
    indicators: 'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
    tasks: 'II. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ',
    hint: 'Ghi Số đạt và Tổng số (số nguyên ≥ 0); Tỷ lệ đạt tự tính. Tổng số = 0 hoặc để trống: không phát sinh.',
    sheet: 'Báo cáo',
  },
  en: {
    title: (y: number | null) => `REPORT ON THE ADMINISTRATIVE-REFORM PLAN${y ? ` ${y}` : ''}`,
    plan: (n: string, d: string | null) => `Under plan ${n}${d ? ` of ${formatDate(d)}` : ''}`,
    unit: 'Unit:',
    period: 'Reporting period:',
    indicators: 'I. INDICATORS',
    tasks: 'II. TASKS',
    hint: 'Enter the achieved and total counts (whole numbers ≥ 0); the rate is computed. Total 0 or blank: not applicable.',
    sheet: 'Report',
  },
} as const;

/** Excel's sheet-name limit and forbidden characters. */
function sheetName(base: string): string {
  return base.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);
}

export interface TemplateRows {
  /** Physical rows of the indicator data, in plan order (first..last), for tests and hosts. */
  indicatorRows: { first: number; last: number };
  taskRows: { first: number; last: number };
}

export function templateLayout(plan: PlanReading, unit: string, period: string, lang: Lang = 'vi'): SheetLayout {
  return templateLayoutWithRows(plan, unit, period, lang).layout;
}

export function templateLayoutWithRows(
  plan: PlanReading,
  unit: string,
  period: string,
  lang: Lang = 'vi',
): { layout: SheetLayout; rows: TemplateRows } {
  const w = WORDS[lang];
  const width = 7;
  const rows: LayoutValue[][] = [];
  const merges: SheetLayout['merges'] = [];
  const push = (r: LayoutValue[]): number => {
    rows.push(r);
    return rows.length;
  };
  const titleRow = push([{ value: w.title(plan.planYear), bold: true, tone: 'title' }]);
  merges.push({ startRow: titleRow, startCol: 1, endRow: titleRow, endCol: width });
  if (plan.plan.number) {
    const r = push([{ value: w.plan(plan.plan.number, plan.plan.issued), italic: true }]);
    merges.push({ startRow: r, startCol: 1, endRow: r, endCol: width });
  }
  push([
    { value: w.unit, bold: true },
    { value: unit, bold: true },
  ]);
  push([{ value: w.period, bold: true }, period]);
  // Long single-cell rows are merged across the table so every host shows them on one line.
  const wide = (r: number) => merges.push({ startRow: r, startCol: 1, endRow: r, endCol: width });
  wide(push([{ value: w.hint, italic: true, tone: 'muted' }]));
  push([]);

  wide(push([{ value: w.indicators, bold: true }]));
  const il = INDICATOR_LABELS[lang];
  push(INDICATOR_ORDER.map((c) => ({ value: il[c], bold: true, wrap: true, tone: 'header' as const })));
  const indicators = planIndicators(plan);
  const firstInd = rows.length + 1;
  for (const ind of indicators) {
    const r = rows.length + 1;
    push([
      ind.id,
      { value: `(${COMPARATOR_SIGN[ind.comparator]} ${ind.threshold}%) ${ind.text}`, wrap: true },
      // General, not '0.##': Excel shows 85 as "85." under '0.##'.
      ind.threshold,
      { value: null, numFmt: '#,##0' },
      { value: null, numFmt: '#,##0' },
      { value: null, formula: `IF(E${r}>0,100*D${r}/E${r},"")`, numFmt: '0.0#' },
      null,
    ]);
  }
  const lastInd = rows.length;
  push([]);

  wide(push([{ value: w.tasks, bold: true }]));
  const tl = TASK_LABELS[lang];
  push(TASK_ORDER.map((c) => ({ value: tl[c], bold: true, wrap: true, tone: 'header' as const })));
  const firstTask = rows.length + 1;
  for (const t of planTasks(plan)) {
    push([
      t.code,
      { value: t.task, wrap: true },
      { value: t.timeframe, wrap: true },
      null,
      { value: null, numFmt: 'dd/mm/yyyy' },
      null,
      null,
    ]);
  }
  const lastTask = rows.length;

  const validations: Validation[] = [];
  if (lastInd >= firstInd) {
    validations.push({
      kind: 'wholeNumber',
      area: { startRow: firstInd, startCol: 4, endRow: lastInd, endCol: 5 },
      min: 0,
    });
  }
  if (lastTask >= firstTask) {
    const s = STATUS_LABELS[lang];
    validations.push({
      kind: 'list',
      area: { startRow: firstTask, startCol: 4, endRow: lastTask, endCol: 4 },
      values: [s.done, s['in-progress'], s['not-started']],
    });
  }
  return {
    layout: { name: sheetName(w.sheet), rows, columnWidths: [12, 60, 14, 12, 12, 14, 24], merges, validations },
    rows: { indicatorRows: { first: firstInd, last: lastInd }, taskRows: { first: firstTask, last: lastTask } },
  };
}
