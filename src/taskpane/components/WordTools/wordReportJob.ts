/** The period report's bytes for the pane, apart from the button so the docx writer loads on demand. */
import type { ConsolidationResult } from '../../../core/consolidate/types';
import type { PlanReading } from '../../../core/readPlan';
import type { Lang } from '../../../core/i18n/lang';
import { buildPeriodReport } from '../../../core/periodReport/build';
import { issuerFromTitles } from '../../../core/periodReport/issuer';
import { writeReportDocx } from '../../../docx/writeReport';

export function reportBytes(plan: PlanReading, result: ConsolidationResult, lang: Lang): Promise<Uint8Array> {
  const titles = plan.tables.map((t) => t.reference?.text ?? '').filter(Boolean);
  // The pane has no list of expected units: units that did not report are named only with one (the CLI's --units).
  return writeReportDocx(
    buildPeriodReport({ result, plan: plan.plan, issuer: issuerFromTitles(titles), unitsListed: false, lang }),
  );
}
