/**
 * The period a report covers when the consolidation names none (no `--period`, no submission names
 * one): the reporting window (Công văn
 * 581/BNV-CCHC) the as-of date falls in. Quarter I runs to 14/3, six months to 14/6, nine months
 * to 14/9, the year to 14/12; a date from 15/12 on still belongs to that year's report, which is
 * due by the 20th, and so does a date after the plan year.
 */
import type { PeriodKind } from '../period/period';
import type { ReportPeriod } from './model';

export function periodOfDate(asOf: string, planYear: number | null): ReportPeriod {
  const [y, m, d] = asOf.split('-').map(Number);
  // Past the plan year, the report is the year's; before it, the first quarter's.
  if (planYear !== null && y > planYear) return { kind: 'year', year: planYear };
  if (planYear !== null && y < planYear) return { kind: 'q1', year: planYear };
  const md = m * 100 + d;
  const kind: PeriodKind = md <= 314 ? 'q1' : md <= 614 ? 'h1' : md <= 914 ? 'm9' : 'year';
  return { kind, year: planYear ?? y };
}

const NAMES: Record<'vi' | 'en', Record<PeriodKind, (y: number) => string>> = {
  vi: {
    q1: (y) => `quý I năm ${y}`,
    q2: (y) => `quý II năm ${y}`,
    h1: (y) => `6 tháng đầu năm ${y}`,
    q3: (y) => `quý III năm ${y}`,
    m9: (y) => `9 tháng năm ${y}`,
    q4: (y) => `quý IV năm ${y}`,
    year: (y) => `năm ${y}`,
  },
  en: {
    q1: (y) => `the first quarter of ${y}`,
    q2: (y) => `the second quarter of ${y}`,
    h1: (y) => `the first six months of ${y}`,
    q3: (y) => `the third quarter of ${y}`,
    m9: (y) => `the first nine months of ${y}`,
    q4: (y) => `the fourth quarter of ${y}`,
    year: (y) => `the year ${y}`,
  },
};

/** `quý I năm 2024`, `6 tháng đầu năm 2024`, `9 tháng năm 2024`, `năm 2024`. */
export function periodName(p: ReportPeriod, lang: 'vi' | 'en'): string {
  return NAMES[lang][p.kind](p.year);
}
