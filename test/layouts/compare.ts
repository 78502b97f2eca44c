/**
 * What a generated workbook's reading got wrong, as a list of differences (empty when exactly
 * right): rows, codes, areas, indicators, due dates, budgets, owners, texts, and the findings —
 * none false, none missed.
 */
import type { PlanReading } from '../../src/core/readPlan';
import { foldKey } from '../../src/core/text/normalize';
import type { Expected } from './render';

const same = (a: string | null | undefined, b: string | null | undefined) => foldKey(a ?? '') === foldKey(b ?? '');

export function differences(r: PlanReading, e: Expected): string[] {
  const out: string[] = [];
  if (r.targets.length !== e.targets.length)
    out.push(`targets: ${r.targets.length} read, ${e.targets.length} expected`);
  e.targets.forEach((x, i) => {
    const g = r.targets[i];
    if (!g) return;
    const want = {
      row: x.row,
      sheet: x.sheet,
      stt: x.stt,
      section: x.section,
      indicators: JSON.stringify(x.indicators),
    };
    const got = {
      row: g.row,
      sheet: g.sheet,
      stt: g.stt,
      section: g.section,
      indicators: JSON.stringify(g.indicators),
    };
    if (JSON.stringify(want) !== JSON.stringify(got))
      out.push(`target ${x.stt}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
    if (!same(g.text, x.text) || !same(g.lead, x.lead) || !same(g.sectionTitle, x.sectionTitle))
      out.push(
        `target ${x.stt}: text/lead/section title ${JSON.stringify([g.text.slice(0, 30), g.lead, g.sectionTitle])}`,
      );
  });
  if (r.tasks.length !== e.tasks.length) out.push(`tasks: ${r.tasks.length} read, ${e.tasks.length} expected`);
  e.tasks.forEach((x, i) => {
    const g = r.tasks[i];
    if (!g) return;
    const want = {
      row: x.row,
      sheet: x.sheet,
      code: x.code,
      area: x.area,
      due: x.due,
      amount: x.amount,
      note: x.hasNote,
    };
    const got = {
      row: g.row,
      sheet: g.sheet,
      code: g.code,
      area: g.area,
      due: g.timeframe.due,
      amount: g.budget.amount,
      note: g.budget.note !== null,
    };
    if (JSON.stringify(want) !== JSON.stringify(got))
      out.push(`task ${x.code}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
    if (!same(g.task, x.text) || !same(g.lead, x.lead) || !same(g.areaTitle, x.areaTitle))
      out.push(`task ${x.code}: text/lead/area title ${JSON.stringify([g.task.slice(0, 30), g.lead, g.areaTitle])}`);
  });
  const key = (f: [string, string, number]) => f.join('|');
  const got = r.findings.map((f) => key([f.code, f.sheet ?? '', f.row ?? 0])).sort();
  const want = e.findings.map(key).sort();
  const missed = want.filter((w) => !got.includes(w));
  const extra = got.filter((g) => !want.includes(g));
  if (missed.length) out.push(`findings missed: ${missed.join(', ')}`);
  if (extra.length) out.push(`findings false: ${extra.join(', ')}`);
  return out;
}
