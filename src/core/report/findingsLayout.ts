/**
 * The findings report sheet (`cchc check --report`, the pane's "write report" button): one row per
 * finding with its place and message, error rows first, laid out once for every host.
 */
import type { PlanReading } from '../readPlan';
import { placeOf, renderMessage } from '../findings/render';
import type { Lang } from '../i18n/lang';
import type { LayoutValue, SheetLayout, Tone } from './layout';
import { SEVERITY_LABELS } from '../i18n/severity';

const WORDS = {
  vi: {
    sheet: 'CCHC - Kiểm tra',
    title: 'KẾT QUẢ KIỂM TRA KẾ HOẠCH CCHC',
    headers: ['Tệp', 'Mức độ', 'Mã', 'Trang tính', 'Dòng', 'Ô', 'Nội dung', 'Giá trị trong ô'],
    severity: SEVERITY_LABELS.vi,
    summary: (targets: number, tasks: number, e: number, w: number, i: number, year: number | null) =>
      `${targets} mục tiêu, ${tasks} nhiệm vụ · năm kế hoạch ${year ?? '?'} · ${e} lỗi, ${w} cảnh báo, ${i} thông tin`,
    none: 'Không có phát hiện nào.',
  },
  en: {
    sheet: 'CCHC - Check',
    title: 'CCHC PLAN CHECK RESULTS',
    headers: ['File', 'Severity', 'Code', 'Sheet', 'Row', 'Cell', 'Message', 'Cell value'],
    severity: SEVERITY_LABELS.en,
    summary: (targets: number, tasks: number, e: number, w: number, i: number, year: number | null) =>
      `${targets} targets, ${tasks} tasks · plan year ${year ?? '?'} · ${e} errors, ${w} warnings, ${i} info`,
    none: 'No findings.',
  },
} as const;

const TONE: Record<string, Tone> = { error: 'error', warning: 'warning', info: 'info' };

export function findingsLayout(workbooks: readonly { file: string; reading: PlanReading }[], lang: Lang): SheetLayout {
  const w = WORDS[lang];
  const rows: LayoutValue[][] = [[{ value: w.title, tone: 'title', bold: true }]];
  for (const { file, reading } of workbooks) {
    const s = reading.summary;
    rows.push([
      {
        value: `${file}: ${w.summary(s.targets, s.tasks, s.error, s.warning, s.info, reading.planYear)}`,
        italic: true,
      },
    ]);
  }
  rows.push([]);
  const headerIndex = rows.length;
  rows.push(w.headers.map((h) => ({ value: h, tone: 'header', bold: true })));
  let any = false;
  for (const { file, reading } of workbooks) {
    for (const f of reading.findings) {
      any = true;
      rows.push([
        file,
        { value: w.severity[f.severity], tone: TONE[f.severity] },
        f.code,
        f.sheet,
        f.table ? f.table.row : f.row,
        f.table ? placeOf(f, lang) : (f.cell ?? placeOf(f, lang)),
        { value: renderMessage(f, lang), wrap: true },
        f.value,
      ]);
    }
  }
  if (!any) rows.push([{ value: w.none, italic: true }]);
  return { name: w.sheet, rows, columnWidths: [28, 11, 26, 14, 7, 8, 80, 40], freezeRows: headerIndex + 1 };
}
