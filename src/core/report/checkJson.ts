/**
 * The reading of one workbook as the public JSON shape of `cchc check --json`: targets, tasks,
 * findings with their rendered message, and the summary. Dates are ISO strings.
 */
import type { PlanReading } from '../readPlan';
import type { TablePlace } from '../findings/finding';
import { placeOf, renderMessage } from '../findings/render';
import type { Lang } from '../i18n/lang';
import type { Severity } from '../schema';

export interface FindingJson {
  code: string;
  severity: Severity;
  sheet: string | null;
  row: number | null;
  cell: string | null;
  value: string | null;
  message: string;
  /** In a Word table: the table, row and column as Word numbers them, and the place as words. */
  table?: TablePlace & { place: string };
}

export function findingsJson(reading: Pick<PlanReading, 'findings'>, lang: Lang): FindingJson[] {
  return reading.findings.map((f) => ({
    code: f.code,
    severity: f.severity,
    sheet: f.sheet,
    row: f.row,
    cell: f.cell,
    value: f.value,
    message: renderMessage(f, lang),
    ...(f.table ? { table: { ...f.table, place: placeOf(f, lang) } } : {}),
  }));
}

export function workbookJson(file: string, reading: PlanReading, lang: Lang) {
  return {
    file,
    planYear: reading.planYear,
    plan: reading.plan,
    tables: reading.tables.map((t) => ({
      kind: t.kind,
      sheet: t.sheet,
      headerRow: t.headerRow,
      headerRows: t.headerRows,
      numberingRow: t.numberingRow,
      firstDataRow: t.firstDataRow,
      lastDataRow: t.lastDataRow,
      repeatedHeaderRows: t.repeatedHeaderRows,
      columns: t.mapping,
    })),
    targets: reading.targets,
    tasks: reading.tasks.map((t) => ({
      ...t,
      timeframe: {
        text: t.timeframe.text,
        due: t.timeframe.due,
        milestones: t.timeframe.milestones,
        recurring: t.timeframe.recurring,
        condition: t.timeframe.condition,
      },
    })),
    findings: findingsJson(reading, lang),
    summary: reading.summary,
  };
}
