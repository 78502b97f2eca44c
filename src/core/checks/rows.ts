/** Row by row: every target and task needs text and an owner; every task a deadline and a budget. */
import type { Check } from './context';
import { finding } from './context';

export const missingText: Check = (ctx) =>
  ctx.tables.flatMap((t) =>
    t.rowsWithoutText.map((r) =>
      finding('missing-text', { sheet: t.sheet, row: r.row, column: t.columns.text ?? null }, null, {
        number: r.number,
      }),
    ),
  );

export const missingLead: Check = (ctx) =>
  ctx.tables.flatMap((t) => {
    if (!t.columns.lead) return [];
    const rows = [
      ...t.targets.map((x) => ({ row: x.row, lead: x.lead, number: x.stt === null ? '' : String(x.stt) })),
      ...t.tasks.map((x) => ({ row: x.row, lead: x.lead, number: x.code })),
    ];
    return rows
      .filter((r) => !r.lead)
      .map((r) =>
        finding('missing-lead', { sheet: t.sheet, row: r.row, column: t.columns.lead }, null, { number: r.number }),
      );
  });

export const missingDeadline: Check = (ctx) =>
  ctx.tables.flatMap((t) =>
    t.columns.timeframe
      ? t.tasks
          .filter((x) => x.timeframe.kind === 'empty')
          .map((x) =>
            finding('missing-deadline', { sheet: t.sheet, row: x.row, column: t.columns.timeframe }, null, {
              number: x.code,
            }),
          )
      : [],
  );

export const errorValues: Check = (ctx) =>
  ctx.tables.flatMap((t) =>
    t.errorCells.map((e) => finding('error-value', { sheet: t.sheet, row: e.row, column: e.column }, e.value)),
  );

export const missingBudget: Check = (ctx) =>
  ctx.tables.flatMap((t) => {
    // A budget cell holding an error value is reported as such, not also as missing.
    const errorRows = new Set(t.errorCells.filter((e) => e.column === t.columns.budget).map((e) => e.row));
    return t.columns.budget
      ? t.tasks
          .filter((x) => x.budget.amount === null && x.budget.note === null && !errorRows.has(x.row))
          .map((x) =>
            finding('missing-budget', { sheet: t.sheet, row: x.row, column: t.columns.budget }, null, {
              number: x.code,
            }),
          )
      : [];
  });
