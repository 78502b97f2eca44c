/**
 * A finding, modelled as zod models issues and Frictionless models errors: a stable kebab-case code,
 * a severity, the place, the offending value and code-specific params. The message is not stored:
 * a catalogue per language renders it (see ./render.ts).
 *
 * Each code has its own params type (./params.ts), so `Finding<'missing-lead'>` knows its
 * `params.number` and a mistyped or missing param fails `tsc`. `Finding` alone is the union over
 * every code, narrowed by `f.code === '…'` as zod's issues are.
 */
import type { Severity } from '../schema';
import type { Code, FindingParams, KeyOf, ParamKey } from './params';

export type { Code, FindingParams, ParamValue } from './params';

interface FindingFields {
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
  /** Set when the place is in a Word table (see ./wordPlace.ts); `sheet`, `row`, `cell` stay the grid's. */
  table?: TablePlace;
}

/**
 * A code's params as read from a finding whose code is not known yet: the params of other codes
 * read as absent (`undefined`), which is what they are at run time. Code that reads a finding of
 * any code (a findings sheet's unit column, a test) can say `f.params.unit` without narrowing;
 * a name no code has still fails.
 */
type ParamsOfAny<C extends Code> = FindingParams[C] & {
  readonly [K in Exclude<ParamKey, KeyOf<FindingParams[C]>>]?: undefined;
};

/**
 * A finding of one of the codes C: a union with one member per code, `code` its discriminant. For
 * one code (as a message sees it) the params are exactly that code's; for every code at once
 * (`Finding`) each member also reads other codes' params as absent, see ParamsOfAny.
 */
export type Finding<C extends Code = Code> = {
  [K in C]: FindingFields & { code: K; params: [Code] extends [C] ? ParamsOfAny<K> : FindingParams[K] };
}[C];

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

/** The params argument: optional for a code whose params are empty, required otherwise. */
export type ParamsArg<C extends Code> =
  Record<string, never> extends FindingParams[C] ? [params?: FindingParams[C]] : [params: FindingParams[C]];

export function makeFinding<C extends Code>(
  code: C,
  severity: Severity,
  place: FindingPlace,
  value: string | null = null,
  ...[params]: ParamsArg<C>
): Finding<C> {
  const row = place.row ?? null;
  const column = place.column ?? null;
  // The object is a member of the union by construction (its code and params agree); tsc cannot
  // follow a generic code through the mapped union, hence the assertion.
  return {
    code,
    severity,
    file: place.file ?? null,
    sheet: place.sheet ?? null,
    row,
    column,
    cell: row !== null && column !== null ? `${column}${row}` : null,
    value,
    params: params ?? {},
  } as unknown as Finding<C>;
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
