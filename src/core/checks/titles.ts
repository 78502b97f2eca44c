/** Appendix titles and plan references must agree with the plan and with each other. */
import type { Check } from './context';
import { finding } from './context';

export const planYearKnown: Check = (ctx) =>
  ctx.planYear === null && ctx.tables.length > 0 ? [finding('plan-year-unknown', { sheet: ctx.tables[0].sheet })] : [];

export const appendixYear: Check = (ctx) => {
  if (ctx.planYear === null) return [];
  const out = [];
  for (const t of ctx.tables) {
    const titles = ctx.titles.get(t);
    if (!titles || titles.year === null || titles.year === ctx.planYear) continue;
    out.push(
      finding(
        'appendix-year-mismatch',
        { sheet: t.sheet, row: titles.yearRow, column: titles.yearColumn },
        titles.yearText,
        { year: titles.year, planYear: ctx.planYear },
      ),
    );
  }
  return out;
};

export const planReference: Check = (ctx) => {
  if (!ctx.plan.number) return [];
  const out = [];
  const seen = new Set<string>();
  for (const t of ctx.tables) {
    const ref = ctx.titles.get(t)?.reference;
    if (!ref) continue;
    const key = `${ref.sheet}!${ref.row}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const differs: string[] = [];
    if (ref.number !== ctx.plan.number) differs.push('number');
    if ((ref.issued ?? null) !== ctx.plan.issued && ref.issued !== null && ctx.plan.issued !== null)
      differs.push('issued');
    if (differs.length === 0) continue;
    out.push(
      finding('plan-reference-mismatch', { sheet: ref.sheet, row: ref.row, column: ref.column }, ref.text, {
        cited: ref.number,
        citedIssued: ref.issued,
        plan: ctx.plan.number,
        planIssued: ctx.plan.issued,
      }),
    );
  }
  return out;
};
