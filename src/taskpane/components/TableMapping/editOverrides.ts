/**
 * The user's column choices as overrides the engine reads (core/locate/overrides.ts): one entry
 * per table, named by its sheet and header row, so two tables on one sheet stay apart.
 */
import { columnNumber } from '../../../core/grid';
import type { ColumnOverride } from '../../../core/locate/overrides';
import type { PlanRole } from '../../../core/locate/vocabulary';

export interface TableRef {
  sheet: string;
  headerRow: number;
}

/** The overrides with one role of one table set to a column letter, or dropped (null). */
export function withChoice(
  overrides: readonly ColumnOverride[],
  table: TableRef,
  role: PlanRole,
  column: string | null,
): ColumnOverride[] {
  const next = overrides.map((o) => ({ ...o, roles: { ...o.roles } }));
  let entry = next.find((o) => o.sheet === table.sheet && o.headerRow === table.headerRow);
  if (!entry) {
    entry = { sheet: table.sheet, headerRow: table.headerRow, roles: {} };
    next.push(entry);
  }
  entry.roles[role] = column === null ? null : columnNumber(column);
  return next;
}

/** The roles a table of this kind can hold, in reading order. */
export function rolesFor(kind: 'targets' | 'tasks'): PlanRole[] {
  return kind === 'targets'
    ? ['stt', 'text', 'lead', 'coordinators', 'note']
    : ['stt', 'area', 'text', 'products', 'lead', 'coordinators', 'start', 'timeframe', 'budget', 'note'];
}
