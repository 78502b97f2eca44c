/** What every check sees: the tables as read, the plan year, and the cited references. */
import type { ReadTable } from '../read/readTable';
import type { TitleInfo } from '../read/titles';
import { makeFinding, type Finding, type FindingPlace, type ParamsArg } from '../findings/finding';
import { CHECK_CODES, type CheckCode } from './codes';

export interface CheckContext {
  tables: ReadTable[];
  titles: Map<ReadTable, TitleInfo>;
  planYear: number | null;
  plan: { number: string | null; kind: string | null; issued: string | null };
}

export type Check = (ctx: CheckContext) => Finding[];

/** A check's finding, at the severity its code has; `params` are those of the code (see ./codes.ts). */
export function finding<C extends CheckCode>(
  code: C,
  place: FindingPlace,
  value: string | null = null,
  ...params: ParamsArg<C>
): Finding<C> {
  return makeFinding(code, CHECK_CODES[code], place, value, ...params);
}
