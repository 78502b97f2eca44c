/**
 * The --json shape of `cchc consolidate`: the result as is, with each finding flattened to
 * {code, severity, unit, indicator, task, file, sheet, cell, message} and its message rendered.
 */
import type { Finding } from '../findings/finding';
import { renderMessage } from '../findings/render';
import type { Lang } from '../i18n/lang';
import type { ConsolidationResult } from './types';

export interface FindingJson {
  code: string;
  severity: Finding['severity'];
  unit: string | null;
  indicator: string | null;
  task: string | null;
  file: string | null;
  sheet: string | null;
  row: number | null;
  cell: string | null;
  value: string | null;
  message: string;
}

const param = (v: string | null | undefined): string | null => (v === undefined || v === null ? null : String(v));

export function findingJson(f: Finding, lang: Lang): FindingJson {
  return {
    code: f.code,
    severity: f.severity,
    unit: param(f.params.unit),
    indicator: param(f.params.indicator),
    task: param(f.params.task),
    file: f.file ?? null,
    sheet: f.sheet,
    row: f.row,
    cell: f.cell,
    value: f.value,
    message: renderMessage(f, lang),
  };
}

export type ConsolidationJson = Omit<ConsolidationResult, 'findings'> & { findings: FindingJson[] };

export function consolidationJson(r: ConsolidationResult, lang: Lang): ConsolidationJson {
  return { ...r, findings: r.findings.map((f) => findingJson(f, lang)) };
}
