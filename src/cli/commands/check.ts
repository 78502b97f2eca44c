/**
 * `cchc check FILE.xlsx... [--json] [--lang vi|en] [--plan-year YYYY] [--report OUT.xlsx] [--force]`
 * Exit 0 when no finding is an error, 1 when one is, 2 when a file cannot be read.
 */
import { SCHEMA_VERSION } from '../../core/contract/version';
import type { Command } from 'commander';
import type { PlanReading } from '../../core/readPlan';
import { checkWorkbook } from '../../core/workflow/checkWorkbook';
import { parseLang, type Lang } from '../../core/i18n/lang';
import { workbookJson } from '../../core/report/checkJson';
import { findingsLayout } from '../../core/report/findingsLayout';
import { writeSheets } from '../writeOutput';
import { vetOutputs } from '../safeOutput';
import { createProgress } from '../progress';
import { EXAMPLES } from '../examples';
import { roundMs } from '../timings';
import { EXIT, outJson, type CliIO } from '../io';
import { CLI_WORDS } from '../messages';
import { readInput } from '../readInput';
import { columnsFile, columnsOption, planYearOption } from '../planInput';
import { printReading } from '../render/checkText';

interface CheckOpts {
  json?: boolean;
  lang?: string;
  planYear?: string;
  report?: string;
  force?: boolean;
  quiet?: boolean;
  timings?: boolean;
  columns?: string;
}

export function registerCheck(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('check')
    .description("Kiểm tra các phụ lục của kế hoạch CCHC / Check a plan workbook's appendix tables")
    .argument('<files...>', 'plan workbooks (.xlsx) or Word documents (.docx)')
    .option('--json', 'one JSON object on stdout')
    .option('--lang <lang>', 'vi | en', 'vi')
    .option('--plan-year <year>', 'the plan year (default: the year most titles and timeframes name)')
    .option('--report <out.xlsx>', 'write the findings to an .xlsx report')
    .option('--force', 'replace an existing --report file (never an input file)')
    .option('--timings', 'measure reading and checking (JSON: "timings"; text: one line)')
    .option(
      '--columns <spec>',
      "override a table's columns or header row: 'Phụ lục 2!deadline=H,lead=E' or a .json file",
    )
    .option('--quiet', 'print only what went wrong (the exit code tells the rest)')
    .addHelpText('after', EXAMPLES.check)
    .action(async (files: string[], opts: CheckOpts) => setExit(await runCheck(files, opts, io)));
}

export async function runCheck(files: string[], opts: CheckOpts, io: CliIO): Promise<number> {
  const lang: Lang = parseLang(opts.lang);
  const w = CLI_WORDS[lang];
  const year = planYearOption(opts.planYear, lang);
  if (!year.ok) {
    io.err(year.message);
    return year.exit;
  }
  const planYear = year.value;
  const columns = columnsOption(opts.columns);
  if (!columns.ok) {
    io.err(w.badColumns(columns.error));
    return EXIT.unreadable;
  }
  const report = opts.report ? { option: '--report', path: opts.report } : undefined;
  const vetted = vetOutputs(report ? [report] : [], [...files, ...columnsFile(opts.columns)], !!opts.force, lang);
  if (!vetted.ok) {
    io.err(vetted.message);
    return EXIT.unreadable;
  }
  let exit: number = EXIT.ok;
  const read: { file: string; reading: PlanReading }[] = [];
  const json: unknown[] = [];
  const started = performance.now();
  let readMs = 0;
  let checkMs = 0;
  const progress = createProgress(io, lang, { enabled: !opts.json && !opts.quiet });
  const say = (text: string) => {
    progress.end();
    if (!opts.quiet) io.out(text);
  };
  for (const [index, file] of files.entries()) {
    progress.tick(index, files.length, file);
    const t0 = performance.now();
    const input = await readInput(file, lang);
    readMs += performance.now() - t0;
    if (!input.ok) {
      progress.end();
      io.err(input.message);
      exit = Math.max(exit, EXIT.unreadable);
      if (opts.json) json.push({ file, error: { reason: input.reason, message: input.message } });
      continue;
    }
    const t1 = performance.now();
    // The same workflow as the pane's Check: unit report sheets and the add-in's own sheets are not plan tables.
    const reading = checkWorkbook(input.grids, { file, planYear, columns: columns.overrides });
    checkMs += performance.now() - t1;
    read.push({ file, reading });
    if (!reading.summary.valid) exit = Math.max(exit, EXIT.findings);
    if (opts.json) json.push(workbookJson(file, reading, lang));
    else if (!opts.quiet) {
      progress.end();
      printReading(io, file, reading, lang);
    }
  }
  progress.end();
  const timings = { readMs: roundMs(readMs), checkMs: roundMs(checkMs), totalMs: roundMs(performance.now() - started) };
  if (opts.json)
    await outJson(io, { schemaVersion: SCHEMA_VERSION, workbooks: json, ...(opts.timings ? { timings } : {}) });
  else if (opts.timings) say(w.timings(timings.readMs, timings.checkMs, timings.totalMs));
  if (report && read.length > 0) {
    if (!(await writeSheets(report, [findingsLayout(read, lang)], !!opts.force, lang, io)))
      exit = Math.max(exit, EXIT.unreadable);
    else if (!opts.json) say(w.reportWritten(report.path));
  }
  return exit;
}
