/**
 * `cchc consolidate … --docx BAO-CAO.docx`: the period report drafted from the consolidation, for
 * the standing agency to finish and sign. The issuer comes from the plan's appendix titles (`… của
 * UBND thị xã Kiến Tường`); the period from the consolidation (`--period`, or the one the
 * submissions name), else the reporting window --as-of falls in.
 */
import type { PlanReading } from '../core/readPlan';
import type { ConsolidationResult } from '../core/consolidate/types';
import type { Lang } from '../core/i18n/lang';
import { buildPeriodReport } from '../core/periodReport/build';
import { issuerFromTitles } from '../core/periodReport/issuer';
import type { CliIO } from './io';
import { type OutputRequest, writeOutputFile } from './safeOutput';

const WORDS = {
  vi: { written: (f: string) => `Đã ghi dự thảo báo cáo: ${f}` },
  en: { written: (f: string) => `Report draft written: ${f}` },
} as const satisfies Record<Lang, unknown>;

export async function writeReportFile(
  out: OutputRequest,
  result: ConsolidationResult,
  plan: PlanReading,
  opts: { unitsListed: boolean; force: boolean; lang: Lang; quiet?: boolean },
  io: CliIO,
): Promise<boolean> {
  const titles = plan.tables.map((t) => t.reference?.text ?? '').filter(Boolean);
  const model = buildPeriodReport({
    result,
    plan: plan.plan,
    issuer: issuerFromTitles(titles),
    unitsListed: opts.unitsListed,
    lang: opts.lang,
  });
  // The docx library loads only when a report is written.
  const ok = await writeOutputFile(
    out,
    async () => (await import('../docx/writeReport')).writeReportDocx(model),
    opts.force,
    opts.lang,
    io,
  );
  if (ok && !opts.quiet) io.out(WORDS[opts.lang].written(out.path));
  return ok;
}
