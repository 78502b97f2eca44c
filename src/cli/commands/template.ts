/**
 * `cchc template --plan PLAN.xlsx --unit "UBND Phường 1" [--period "Năm 2024"] --out FILE.xlsx`
 * Writes the submission sheet a unit fills in. Exit 0 written, 1 when the plan holds neither a
 * percentage target nor a task (the sheet would be empty), 2 when a file cannot be read or written.
 */
import type { Command } from 'commander';
import { templateLayout } from '../../core/consolidate';
import { parseLang, type Lang } from '../../core/i18n/lang';
import { writeSheets } from '../writeOutput';
import { vetOutputs } from '../safeOutput';
import { EXAMPLES } from '../examples';
import { EXIT, type CliIO } from '../io';
import { columnsFile, columnsOption, loadPlan, planYearOption } from '../planInput';
import { CLI_WORDS } from '../messages';

interface TemplateOpts {
  plan: string;
  unit: string;
  period?: string;
  out: string;
  force?: boolean;
  quiet?: boolean;
  lang?: string;
  planYear?: string;
  columns?: string;
}

const WORDS = {
  vi: {
    noUnit: 'Hãy ghi tên đơn vị: --unit "UBND Phường 1".',
    written: (out: string, unit: string, inds: number, tasks: number) =>
      `Đã ghi mẫu báo cáo cho ${unit}: ${out} (${inds} chỉ tiêu, ${tasks} nhiệm vụ).`,
    period: (y: number | null) => (y ? `Năm ${y}` : 'Năm'),
  },
  en: {
    noUnit: 'Name the unit: --unit "UBND Phường 1".',
    written: (out: string, unit: string, inds: number, tasks: number) =>
      `Template for ${unit} written: ${out} (${inds} indicators, ${tasks} tasks).`,
    period: (y: number | null) => (y ? `Year ${y}` : 'Year'),
  },
} as const satisfies Record<Lang, unknown>;

export function registerTemplate(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('template')
    .description('Tạo mẫu báo cáo cho một đơn vị / Write a submission template for one unit')
    .requiredOption('--plan <plan.xlsx>', 'the plan workbook')
    .requiredOption('--unit <name>', 'the unit, e.g. "UBND Phường 1"')
    .option('--period <period>', 'the reporting period (default: "Năm <plan year>")')
    .requiredOption('--out <file.xlsx>', 'where to write the template')
    .option('--force', 'replace an existing --out file (never the plan)')
    .option('--lang <lang>', 'vi | en', 'vi')
    .option('--plan-year <year>', 'the plan year (default: as the plan names it)')
    .option(
      '--columns <spec>',
      "correct how the plan's tables are read, as in check: 'Phụ lục 2!deadline=H,lead=E' or a .json file",
    )
    .option('--quiet', 'print only what went wrong')
    .addHelpText('after', EXAMPLES.template)
    .action(async (opts: TemplateOpts) => setExit(await runTemplate(opts, io)));
}

export async function runTemplate(opts: TemplateOpts, io: CliIO): Promise<number> {
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
  const unit = opts.unit.trim();
  if (!unit) {
    io.err(w.noUnit);
    return EXIT.unreadable;
  }
  const out = { option: '--out', path: opts.out };
  const vetted = vetOutputs([out], [opts.plan, ...columnsFile(opts.columns)], !!opts.force, lang);
  if (!vetted.ok) {
    io.err(vetted.message);
    return EXIT.unreadable;
  }
  const loaded = await loadPlan(opts.plan, year.value, lang, columns.overrides);
  if (!loaded.ok) {
    io.err(loaded.message);
    return loaded.exit;
  }
  const { plan } = loaded.value;
  const layout = templateLayout(plan, unit, opts.period?.trim() || w.period(plan.planYear), lang);
  if (!(await writeSheets(out, [layout], !!opts.force, lang, io))) return EXIT.unreadable;
  if (!opts.quiet) io.out(w.written(opts.out, unit, plan.summary.indicators, plan.tasks.length));
  return EXIT.ok;
}
