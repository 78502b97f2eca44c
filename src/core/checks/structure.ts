/** Is there a plan at all, and does each table have the columns its checks need? */
import type { Check } from './context';
import { finding } from './context';

export const tableNotFound: Check = (ctx) => (ctx.tables.length === 0 ? [finding('table-not-found', {})] : []);

export const missingColumn: Check = (ctx) =>
  ctx.tables.flatMap((t) => {
    const needed = t.located.kind === 'tasks' ? (['lead', 'timeframe'] as const) : (['lead'] as const);
    return needed
      .filter((role) => !t.columns[role])
      .map((role) => finding('missing-column', { sheet: t.sheet, row: t.located.header.headerRow }, null, { column: role, table: t.located.kind }));
  });
