/** Deadlines that cannot be read, name no date, or fall outside the plan year. */
import { yearOf } from '../parse/dates';
import type { Finding } from '../findings/finding';
import type { Check } from './context';
import { finding } from './context';

export const deadlineReadability: Check = (ctx) =>
  ctx.tables.flatMap((t) =>
    t.tasks.flatMap((x): Finding[] => {
      const place = { sheet: t.sheet, row: x.row, column: t.columns.timeframe ?? null };
      if (x.timeframe.kind === 'unparsed')
        return [finding('unparsed-deadline', place, x.timeframe.text, { number: x.code })];
      if (x.timeframe.kind === 'undated')
        return [finding('undated-deadline', place, x.timeframe.text, { number: x.code })];
      return [];
    }),
  );

export const deadlineOutsidePlanYear: Check = (ctx) => {
  const year = ctx.planYear;
  if (year === null) return [];
  const issued = ctx.plan.issued;
  return ctx.tables.flatMap((t) =>
    t.tasks.flatMap((x) => {
      const outside = x.timeframe.milestones.filter((m) => yearOf(m.to) !== year);
      if (outside.length === 0) return [];
      const first = outside[0];
      return [
        finding(
          'deadline-outside-plan-year',
          { sheet: t.sheet, row: x.row, column: t.columns.timeframe ?? null },
          x.timeframe.text,
          {
            number: x.code,
            end: first.to,
            planYear: year,
            beforeIssued: issued !== null && first.to < issued,
          },
        ),
      ];
    }),
  );
};
