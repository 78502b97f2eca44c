/**
 * `cchc template --plan PLAN.xlsx --unit "UBND Phường 1" [--period "Năm 2024"] --out FILE.xlsx`
 * Writes the submission sheet a unit fills in. Exit 0 written, 1 when the plan holds neither a
 * percentage target nor a task (the sheet would be empty), 2 when a file cannot be read or written.
 */
import { writeFile } from 'fs/promises';
import type { Command } from 'commander';
import { readSubmissions, templateLayout } from '../../core/consolidate';
import { readPlan } from '../../core/engine';
import { parseLang, type Lang } from '../../core/i18n/lang';
import { writeWorkbook } from '../../xlsx/writeWorkbook';
import { EXIT, type CliIO } from '../io';
import { readInput } from '../readInput';

interface TemplateOpts {
  plan: string;
  unit: string;
  period?: string;
  out: string;
  lang?: string;
  planYear?: string;
}

const WORDS = {
  vi: {
    badYear: (v: string) => `--plan-year phải là một năm (ví dụ 2024), không phải "${v}".`,
    noUnit: 'Hãy ghi tên đơn vị: --unit "UBND Phường 1".',
    submissionAsPlan: (plan: string) => `${plan} là báo cáo của đơn vị (có dòng "Đơn vị:"), không phải kế hoạch; --plan cần tệp kế hoạch có các phụ lục.`,
    empty: (plan: string) => `${plan}: không tìm thấy chỉ tiêu tỷ lệ % hay nhiệm vụ nào; chạy "cchc check ${plan}" để xem vì sao.`,
    written: (out: string, unit: string, inds: number, tasks: number) => `Đã ghi mẫu báo cáo cho ${unit}: ${out} (${inds} chỉ tiêu, ${tasks} nhiệm vụ).`,
    failed: (out: string, why: string) => `Không ghi được ${out}: ${why}. Hãy kiểm tra thư mục và quyền ghi, hoặc đóng tệp nếu đang mở trong Excel.`,
    period: (y: number | null) => (y ? `Năm ${y}` : 'Năm'),
  },
  en: {
    badYear: (v: string) => `--plan-year must be a year (e.g. 2024), not "${v}".`,
    noUnit: 'Name the unit: --unit "UBND Phường 1".',
    submissionAsPlan: (plan: string) => `${plan} is a unit submission (it has a "Đơn vị:" row), not the plan; --plan needs the plan workbook with its appendices.`,
    empty: (plan: string) => `${plan}: no percentage target and no task found; run "cchc check ${plan}" to see why.`,
    written: (out: string, unit: string, inds: number, tasks: number) => `Template for ${unit} written: ${out} (${inds} indicators, ${tasks} tasks).`,
    failed: (out: string, why: string) => `Could not write ${out}: ${why}. Check the folder and permissions, or close the file if Excel has it open.`,
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
    .option('--lang <lang>', 'vi | en', 'vi')
    .option('--plan-year <year>', 'the plan year (default: as the plan names it)')
    .action(async (opts: TemplateOpts) => setExit(await runTemplate(opts, io)));
}

export async function runTemplate(opts: TemplateOpts, io: CliIO): Promise<number> {
  const lang: Lang = parseLang(opts.lang);
  const w = WORDS[lang];
  if (opts.planYear !== undefined && !/^\d{4}$/.test(opts.planYear)) {
    io.err(w.badYear(opts.planYear));
    return EXIT.unreadable;
  }
  const unit = opts.unit.trim();
  if (!unit) {
    io.err(w.noUnit);
    return EXIT.unreadable;
  }
  const input = await readInput(opts.plan, lang);
  if (!input.ok) {
    io.err(input.message);
    return EXIT.unreadable;
  }
  // A template reads as a plan of sorts (its tables look like appendices), so catch the swap first.
  if (readSubmissions(input.grids, opts.plan).length > 0) {
    io.err(w.submissionAsPlan(opts.plan));
    return EXIT.findings;
  }
  const plan = readPlan(input.grids, { planYear: opts.planYear ? Number(opts.planYear) : undefined });
  const indicators = plan.targets.reduce((n, t) => n + t.indicators.length, 0);
  if (indicators === 0 && plan.tasks.length === 0) {
    io.err(w.empty(opts.plan));
    return EXIT.findings;
  }
  const layout = templateLayout(plan, unit, opts.period?.trim() || w.period(plan.planYear), lang);
  try {
    await writeFile(opts.out, await writeWorkbook([layout], { lang }));
  } catch (err) {
    io.err(w.failed(opts.out, (err as Error).message));
    return EXIT.unreadable;
  }
  io.out(w.written(opts.out, unit, indicators, plan.tasks.length));
  return EXIT.ok;
}
