/** Is there a plan at all, and does each table have the columns its checks need? */
import { columnLetter } from '../grid';
import type { Check } from './context';
import { finding } from './context';

export const tableNotFound: Check = (ctx) => (ctx.tables.length === 0 ? [finding('table-not-found', {})] : []);

export const missingColumn: Check = (ctx) =>
  ctx.tables.flatMap((t) => {
    const needed = t.located.kind === 'tasks' ? (['lead', 'timeframe'] as const) : (['lead'] as const);
    return needed
      .filter((role) => !t.columns[role])
      .map((role) =>
        finding('missing-column', { sheet: t.sheet, row: t.located.header.headerRow }, null, {
          column: role,
          table: t.located.kind,
        }),
      );
  });

/** Two columns name a decisive role equally well: the reading took the first, and says so rather than guess silently. */
export const ambiguousTable: Check = (ctx) =>
  ctx.tables.flatMap((t) =>
    t.ambiguous.map((a) =>
      finding(
        'ambiguous-table',
        { sheet: t.sheet, row: t.located.header.headerRow, column: columnLetter(a.columns[0]) },
        null,
        {
          role: a.role,
          chosen: columnLetter(a.columns[0]),
          others: a.columns.slice(1).map(columnLetter).join(', '),
          table: t.located.kind,
        },
      ),
    ),
  );
