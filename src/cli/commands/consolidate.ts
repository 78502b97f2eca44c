/**
 * `cchc consolidate --plan PLAN.xlsx [--units FILE] [--as-of YYYY-MM-DD] [--json] [--lang vi|en]
 *  [--out SUMMARY.xlsx] SUBMISSION.xlsx...`
 * Exit codes as `cchc check`: 0 no error finding, 1 an error finding, 2 a file cannot be read
 * (one line names it; the other files are still consolidated).
 */
import { SCHEMA_VERSION } from '../../core/contract/version';
import { readFile } from 'fs/promises';
import type { Command } from 'commander';
import { consolidate, consolidationJson, summaryLayouts, summaryText, type Submission } from '../../core/consolidate';
import type { Finding } from '../../core/findings/finding';
import { parseLang, type Lang } from '../../core/i18n/lang';
import { writeSheets } from '../writeOutput';
import { writeReportFile } from '../reportDocx';
import { vetOutputs } from '../safeOutput';
import { createProgress } from '../progress';
import { EXAMPLES } from '../examples';
import { roundMs } from '../timings';
import { isIsoDate } from '../../core/consolidate/dates';
import { parsePeriod, todayIso } from '../../core/period';
import { EXIT, outJson, type CliIO } from '../io';
import { readSubmissionFiles } from '../submissionFiles';
import { columnsFile, columnsOption, loadPlan, planYearOption } from '../planInput';
import { CLI_WORDS } from '../messages';

interface ConsolidateOpts {
  plan: string;
  units?: string;
  asOf?: string;
  json?: boolean;
  lang?: string;
  out?: string;
  docx?: string;
  force?: boolean;
  quiet?: boolean;
  planYear?: string;
  columns?: string;
  timings?: boolean;
  period?: string;
  dueSoonDays?: string;
  preferLatest?: boolean;
}

const WORDS = {
  vi: {
    badDate: (v: string) => `--as-of phải là một ngày dạng YYYY-MM-DD (ví dụ 2024-12-31), không phải "${v}".`,
    badPeriod: (v: string) =>
      `--period "${v}" không phải kỳ báo cáo đọc được; ví dụ: "Quý I/2025", "6 tháng đầu năm 2025", "9 tháng năm 2025", "Năm 2025".`,
    badDays: (v: string) => `--due-soon-days phải là số ngày nguyên ≥ 0 (ví dụ 15), không phải "${v}".`,
    unitsUnreadable: (f: string, why: string) =>
      `Không đọc được danh sách đơn vị ${f}: ${why}. Tệp cần là văn bản, mỗi dòng một tên đơn vị.`,
    written: (out: string) => `Đã ghi bảng tổng hợp: ${out}`,
    timings: (read: number, check: number, cons: number, total: number) =>
      `Thời gian: đọc tệp ${read} ms · kiểm tra ${check} ms · tổng hợp ${cons} ms · tổng ${total} ms`,
  },
  en: {
    badDate: (v: string) => `--as-of must be a date as YYYY-MM-DD (e.g. 2024-12-31), not "${v}".`,
    badPeriod: (v: string) =>
      `--period "${v}" is not a reporting period that can be read; e.g. "Quý I/2025", "6 tháng đầu năm 2025", "9 tháng năm 2025", "Năm 2025".`,
    badDays: (v: string) => `--due-soon-days must be a whole number of days ≥ 0 (e.g. 15), not "${v}".`,
    unitsUnreadable: (f: string, why: string) =>
      `Could not read the list of units ${f}: ${why}. It must be a text file, one unit name a line.`,
    written: (out: string) => `Summary written: ${out}`,
    timings: (read: number, check: number, cons: number, total: number) =>
      `Timings: read ${read} ms · check ${check} ms · consolidate ${cons} ms · total ${total} ms`,
  },
} as const satisfies Record<Lang, unknown>;

export function registerConsolidate(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('consolidate')
    .description(
      'Tổng hợp báo cáo của các đơn vị theo chỉ tiêu của kế hoạch / Consolidate unit submissions against the plan’s targets',
    )
    .argument('<submissions...>', 'unit submission workbooks (.xlsx); several sheets each allowed')
    .requiredOption('--plan <plan.xlsx|plan.docx>', 'the plan workbook, or the issued plan as a Word document')
    .option('--units <file>', 'expected units, one name a line')
    .option('--period <period>', 'the reporting period, e.g. "Quý I/2025" (as-of: the end of its data window)')
    .option('--as-of <YYYY-MM-DD>', 'date for "overdue" (default: the period\'s window end, else today)')
    .option('--due-soon-days <days>', 'tasks due within this many days are "due soon" (default 15)')
    .option('--prefer-latest', "of a unit's copies for one period, use the latest (by report date, else file time)")
    .option('--json', 'one JSON object on stdout')
    .option('--lang <lang>', 'vi | en', 'vi')
    .option('--out <summary.xlsx>', 'write the summary workbook')
    .option('--docx <report.docx>', 'write the period report draft (Word, Nghị định 30/2020 format)')
    .option('--force', 'replace an existing --out file (never an input file)')
    .option('--plan-year <year>', 'the plan year (default: as the plan names it)')
    .option(
      '--columns <spec>',
      "correct how the plan's tables are read, as in check: 'Phụ lục 2!deadline=H,lead=E' or a .json file",
    )
    .option('--timings', 'measure reading, checking and consolidating (JSON: "timings"; text: one line)')
    .option('--quiet', 'print only what went wrong (the exit code tells the rest)')
    .addHelpText('after', EXAMPLES.consolidate)
    .action(async (files: string[], opts: ConsolidateOpts) => setExit(await runConsolidate(files, opts, io)));
}

export async function runConsolidate(files: string[], opts: ConsolidateOpts, io: CliIO): Promise<number> {
  const lang: Lang = parseLang(opts.lang);
  const w = WORDS[lang];
  const year = planYearOption(opts.planYear, lang);
  if (!year.ok) {
    io.err(year.message);
    return year.exit;
  }
  const columns = columnsOption(opts.columns);
  if (!columns.ok) {
    io.err(CLI_WORDS[lang].badColumns(columns.error));
    return EXIT.unreadable;
  }
  if (opts.asOf !== undefined && !isIsoDate(opts.asOf)) {
    io.err(w.badDate(opts.asOf));
    return EXIT.unreadable;
  }
  const dueSoonDays = opts.dueSoonDays === undefined ? undefined : Number(opts.dueSoonDays);
  if (dueSoonDays !== undefined && !/^\d{1,4}$/.test(opts.dueSoonDays!.trim())) {
    io.err(w.badDays(opts.dueSoonDays!));
    return EXIT.unreadable;
  }
  const out = opts.out ? { option: '--out', path: opts.out } : undefined;
  const inputs = [opts.plan, ...(opts.units ? [opts.units] : []), ...columnsFile(opts.columns), ...files];
  const docx = opts.docx ? { option: '--docx', path: opts.docx } : undefined;
  const vetted = vetOutputs([...(out ? [out] : []), ...(docx ? [docx] : [])], inputs, !!opts.force, lang);
  if (!vetted.ok) {
    io.err(vetted.message);
    return EXIT.unreadable;
  }
  const started = performance.now();
  let readMs = 0;
  let checkMs = 0;
  let units: string[] | undefined;
  if (opts.units) {
    try {
      units = (await readFile(opts.units, 'utf8'))
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l.length > 0);
    } catch (err) {
      io.err(w.unitsUnreadable(opts.units, (err as Error).message));
      return EXIT.unreadable;
    }
  }
  const loaded = await loadPlan(opts.plan, year.value, lang, columns.overrides);
  if (!loaded.ok) {
    io.err(loaded.message);
    return loaded.exit;
  }
  const { plan } = loaded.value;
  const period = opts.period !== undefined ? parsePeriod(opts.period, plan.planYear) : null;
  if (opts.period !== undefined && !period) {
    io.err(w.badPeriod(opts.period));
    return EXIT.unreadable;
  }
  // A period's report counts up to the end of its data window, unless the user says otherwise.
  const asOf = opts.asOf ?? period?.to ?? todayIso();
  if (!isIsoDate(asOf)) {
    io.err(w.badDate(asOf));
    return EXIT.unreadable;
  }
  readMs += loaded.value.readMs;
  checkMs += loaded.value.checkMs;

  let exit: number = EXIT.ok;
  const submissions: Submission[] = [];
  const hostFindings: Finding[] = [];
  const unreadable: { file: string; reason: string; message: string }[] = [];
  // Files are read in parallel: the reading phase is timed on the wall clock, as a whole.
  const readStarted = performance.now();
  const progress = createProgress(io, lang, { enabled: !opts.json && !opts.quiet });
  const reads = await readSubmissionFiles(files, lang, (done, total, file) => progress.tick(done, total, file));
  progress.end();
  readMs += performance.now() - readStarted;
  for (const read of reads) {
    if (!read.ok) {
      io.err(read.message);
      unreadable.push({ file: read.file, reason: read.reason, message: read.message });
      exit = EXIT.unreadable;
      continue;
    }
    submissions.push(...read.submissions);
    hostFindings.push(...read.findings);
  }

  const t = performance.now();
  const result = consolidate(plan, submissions, {
    asOf,
    units,
    findings: hostFindings,
    period,
    dueSoonDays,
    preferLatest: opts.preferLatest,
  });
  const consolidateMs = performance.now() - t;
  if (result.findings.some((f) => f.severity === 'error')) exit = Math.max(exit, EXIT.findings);

  const timings = {
    readMs: roundMs(readMs),
    checkMs: roundMs(checkMs),
    consolidateMs: roundMs(consolidateMs),
    totalMs: roundMs(performance.now() - started),
  };
  if (opts.json)
    await outJson(io, {
      schemaVersion: SCHEMA_VERSION,
      ...consolidationJson(result, lang),
      unreadable,
      ...(opts.timings ? { timings } : {}),
    });
  else if (!opts.quiet) {
    io.out(summaryText(result, lang));
    if (opts.timings) io.out(w.timings(timings.readMs, timings.checkMs, timings.consolidateMs, timings.totalMs));
  }

  if (out) {
    if (!(await writeSheets(out, summaryLayouts(result, lang), !!opts.force, lang, io))) exit = EXIT.unreadable;
    else if (!opts.json && !opts.quiet) io.out(w.written(out.path));
  }
  if (
    docx &&
    !(await writeReportFile(
      docx,
      result,
      plan,
      { unitsListed: !!units, force: !!opts.force, lang, quiet: !!opts.json || !!opts.quiet },
      io,
    ))
  )
    exit = EXIT.unreadable;
  return exit;
}
