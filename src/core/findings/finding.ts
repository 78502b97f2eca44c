/**
 * A finding, modelled as zod models issues and Frictionless models errors: a stable kebab-case code,
 * a severity, the place, the offending value and code-specific params. The message is not stored:
 * a catalogue per language renders it (see ./render.ts).
 */
import type { Severity } from '../schema';

export type ParamValue = string | number | boolean | null;

export interface Finding {
  code: string;
  severity: Severity;
  /** Workbook file, when a host knows it (the CLI does). */
  file?: string | null;
  sheet: string | null;
  /** 1-based physical row as Excel shows it. */
  row: number | null;
  /** Column letter. */
  column: string | null;
  /** `G16` when one cell is meant. */
  cell: string | null;
  /** The offending cell text or value, as read. */
  value: string | null;
  params: Record<string, ParamValue>;
  /** Set when the place is in a Word table (see ./wordPlace.ts); `sheet`, `row`, `cell` stay the grid's. */
  table?: TablePlace;
}

/**
 * A place in a Word document: the table, and the row and column as Word numbers them (1-based,
 * within the table). `part` is `title` for the paragraphs above the table (`row` then counts their
 * lines), `closing` for the line after it.
 */
export interface TablePlace {
  table: number;
  part: 'title' | 'body' | 'closing';
  row: number | null;
  column: number | null;
}

export interface FindingPlace {
  sheet?: string | null;
  row?: number | null;
  column?: string | null;
  file?: string | null;
}

export function makeFinding(
  code: string,
  severity: Severity,
  place: FindingPlace,
  value: string | null = null,
  params: Record<string, ParamValue> = {},
): Finding {
  const row = place.row ?? null;
  const column = place.column ?? null;
  return {
    code,
    severity,
    file: place.file ?? null,
    sheet: place.sheet ?? null,
    row,
    column,
    cell: row !== null && column !== null ? `${column}${row}` : null,
    value,
    params,
  };
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface FindingCounts {
  error: number;
  warning: number;
  info: number;
}

export function countBySeverity(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
