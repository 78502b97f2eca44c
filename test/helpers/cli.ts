/** Runs the `cchc` command in-process (no spawn), capturing what it prints and its exit code. */
import { main } from '../../src/cli/main';
import type { CheckOutput } from '../../src/core/contract/checkOutput';
import type { ConsolidateOutput } from '../../src/core/contract/consolidateOutput';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCli(args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, {
    out: (t) => out.push(t.replace(/\n$/, '')),
    err: (t) => err.push(t.replace(/\n$/, '')),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** What `cchc check --json` printed, typed as the published contract (test/contract checks the output is that). */
export function checkJson(text: string): CheckOutput {
  return JSON.parse(text) as CheckOutput;
}

/** What `cchc consolidate --json` printed, typed as the published contract. */
export function consolidateJson(text: string): ConsolidateOutput {
  return JSON.parse(text) as ConsolidateOutput;
}

type CheckedWorkbook = CheckOutput['workbooks'][number];
export type WorkbookReading = Exclude<CheckedWorkbook, { error: unknown }>;
export type WorkbookFailure = Extract<CheckedWorkbook, { error: unknown }>;

/** The i-th workbook of a check that the test expects to have been read. */
export function readingOf(out: CheckOutput, i = 0): WorkbookReading {
  const wb = out.workbooks[i];
  if (!wb || 'error' in wb) throw new Error(`workbook ${i} was not read: ${JSON.stringify(wb)}`);
  return wb;
}

/** The i-th workbook of a check that the test expects to have failed. */
export function failureOf(out: CheckOutput, i = 0): WorkbookFailure {
  const wb = out.workbooks[i];
  if (!wb || !('error' in wb)) throw new Error(`workbook ${i} did not fail: ${wb ? wb.file : 'none'}`);
  return wb;
}
