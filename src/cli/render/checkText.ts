/** The readable `cchc check` report: what was found, then the findings by severity with `Sheet!Cell`. */
import type { PlanReading } from '../../core/readPlan';
import { placeOf, renderMessage } from '../../core/findings/render';
import type { Lang } from '../../core/i18n/lang';
import type { Severity } from '../../core/schema';
import { ROLE_LABELS } from '../../core/i18n/roles';
import type { CliIO } from '../io';
import { CLI_WORDS } from '../messages';

export function printReading(io: CliIO, file: string, reading: PlanReading, lang: Lang): void {
  const w = CLI_WORDS[lang];
  const lines: string[] = [];
  lines.push(`${w.file}: ${file}`);
  lines.push(`${w.planYear}: ${reading.planYear ?? '?'} · ${w.plan(reading.plan.number, reading.plan.issued)}`);
  lines.push(w.found(reading.summary.targets, reading.summary.indicators, reading.summary.tasks));
  const roles = ROLE_LABELS[lang];
  for (const t of reading.tables) {
    lines.push(w.table(t.kind, t.sheet, t.headerRow, t.headerRows));
    for (const m of t.mapping) lines.push(w.column(roles[m.role] ?? m.role, m.column, m.header, m.overridden));
  }
  if (reading.findings.length === 0) lines.push(w.none);
  for (const sev of ['error', 'warning', 'info'] as Severity[]) {
    const group = reading.findings.filter((f) => f.severity === sev);
    if (group.length === 0) continue;
    lines.push('', `${w.severity[sev]} (${group.length}):`);
    for (const f of group) lines.push(`  ${placeOf(f, lang) || '-'}  [${f.code}] ${renderMessage(f, lang)}`);
  }
  lines.push('', w.verdict(reading.summary.valid), '');
  io.out(lines.join('\n'));
}
