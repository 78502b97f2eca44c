/**
 * What the commands that take a plan share: the `--plan-year` and `--columns` options and reading
 * the plan workbook, with the one mistake worth catching early (a unit's submission given as the
 * plan). A reading corrected with `--columns` in `check` is corrected the same way wherever the
 * plan is read again (`template`, `consolidate`), or the commands would disagree on one plan.
 */
import { readFileSync } from 'fs';
import type { PlanReading } from '../core/readPlan';
import { parseColumnJson, parseColumnSpec, type ColumnOverride, type OverrideResult } from '../core/locate/overrides';
import type { Lang } from '../core/i18n/lang';
import { planOfWorkbook } from '../core/workflow/planOfWorkbook';
import { EXIT } from './io';
import { CLI_WORDS } from './messages';
import { readInput } from './readInput';

export type Outcome<T> = { ok: true; value: T } | { ok: false; exit: number; message: string };

/** `--plan-year`: absent, or four digits. */
export function planYearOption(value: string | undefined, lang: Lang): Outcome<number | undefined> {
  if (value === undefined) return { ok: true, value: undefined };
  if (!/^\d{4}$/.test(value)) return { ok: false, exit: EXIT.unreadable, message: CLI_WORDS[lang].badYear(value) };
  return { ok: true, value: Number(value) };
}

/** `--columns`: a mapping written out, or the path of a JSON mapping file. */
export function columnsOption(v: string | undefined): OverrideResult {
  if (v === undefined) return { ok: true, overrides: [] };
  const [file] = columnsFile(v);
  if (file !== undefined) {
    try {
      return parseColumnJson(JSON.parse(readFileSync(file, 'utf8')));
    } catch {
      return { ok: false, error: v };
    }
  }
  return parseColumnSpec(v);
}

/** The `--columns` mapping file, when one is named: an input, so never an output. */
export function columnsFile(v: string | undefined): string[] {
  return v !== undefined && /\.json$/i.test(v.trim()) ? [v.trim()] : [];
}

export interface LoadedPlan {
  plan: PlanReading;
  /** Time spent reading the file, and reading the plan out of it (for `--timings`). */
  readMs: number;
  checkMs: number;
}

/**
 * Reads `--plan` for the commands that work against its targets and tasks. A template or submission
 * read as a plan would look like one, so it is refused by name; a plan with no percentage target and
 * no task gives nothing to work against, so that is said once instead of a flood of findings.
 */
export async function loadPlan(
  path: string,
  planYear: number | undefined,
  lang: Lang,
  columns: readonly ColumnOverride[] = [],
): Promise<Outcome<LoadedPlan>> {
  const t0 = performance.now();
  const input = await readInput(path, lang);
  const t1 = performance.now();
  if (!input.ok) return { ok: false, exit: EXIT.unreadable, message: input.message };
  const found = planOfWorkbook(input.grids, { file: path, planYear, columns });
  if (!found.ok) {
    const message =
      found.reason === 'unit-reports-only' ? CLI_WORDS[lang].submissionAsPlan(path) : CLI_WORDS[lang].emptyPlan(path);
    return { ok: false, exit: EXIT.findings, message };
  }
  return { ok: true, value: { plan: found.plan, readMs: t1 - t0, checkMs: performance.now() - t1 } };
}
