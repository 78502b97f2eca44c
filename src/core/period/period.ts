/**
 * Reporting periods as the Ministry of Home Affairs counts them (Công văn 581/BNV-CCHC, as
 * provincial home-affairs departments summarise it): each report has a data window and is due by
 * the 20th of the period's last month.
 *
 *   quarter I    15/12 of the previous year – 14/3
 *   six months   15/12 of the previous year – 14/6
 *   quarter III  15/6 – 14/9
 *   the year     15/12 of the previous year – 14/12
 *
 * Two wordings the guidance does not name get windows by the same rule: `9 tháng` is cumulative
 * like `6 tháng` (15/12 – 14/9; the name says "the first nine months"), and quarters II and IV,
 * which some provinces still ask for, run 15/3 – 14/6 and 15/9 – 14/12.
 */
import { isoDate } from '../parse/dates';
import type { Lang } from '../i18n/lang';
import { foldKey } from '../text/normalize';

export type PeriodKind = 'q1' | 'q2' | 'h1' | 'q3' | 'm9' | 'q4' | 'year';

export interface ReportingPeriod {
  kind: PeriodKind;
  year: number;
  /** A stable key, `2025-q1`: two wordings of one period have the same key. */
  key: string;
  /** First and last day of the data window (ISO dates). */
  from: string;
  to: string;
  /** The day the report is due (ISO date). */
  due: string;
}

/** [month, day] of the window's start (in the previous year when `prevYear`), end, and due month. */
const WINDOWS: Record<
  PeriodKind,
  { from: [number, number]; prevYear: boolean; to: [number, number]; dueMonth: number }
> = {
  q1: { from: [12, 15], prevYear: true, to: [3, 14], dueMonth: 3 },
  q2: { from: [3, 15], prevYear: false, to: [6, 14], dueMonth: 6 },
  h1: { from: [12, 15], prevYear: true, to: [6, 14], dueMonth: 6 },
  q3: { from: [6, 15], prevYear: false, to: [9, 14], dueMonth: 9 },
  m9: { from: [12, 15], prevYear: true, to: [9, 14], dueMonth: 9 },
  q4: { from: [9, 15], prevYear: false, to: [12, 14], dueMonth: 12 },
  year: { from: [12, 15], prevYear: true, to: [12, 14], dueMonth: 12 },
};

/** The day reports are due, in the period's last month. */
export const DUE_DAY = 20;

export function makePeriod(kind: PeriodKind, year: number): ReportingPeriod {
  const w = WINDOWS[kind];
  return {
    kind,
    year,
    key: `${year}-${kind}`,
    from: isoDate(w.prevYear ? year - 1 : year, w.from[0], w.from[1])!,
    to: isoDate(year, w.to[0], w.to[1])!,
    due: isoDate(year, w.dueMonth, DUE_DAY)!,
  };
}

const QUARTERS: Record<string, PeriodKind> = {
  i: 'q1',
  '1': 'q1',
  ii: 'q2',
  '2': 'q2',
  iii: 'q3',
  '3': 'q3',
  iv: 'q4',
  '4': 'q4',
};
const MONTHS: Record<string, PeriodKind> = { '6': 'h1', sau: 'h1', '9': 'm9', chin: 'm9' };

// Over folded text (no diacritics, lower case, punctuation as spaces): `quy i 2025`, `6 thang dau nam 2025`.
const RE_YEAR = /\b((?:19|20)\d{2})\b/;
const RE_QUARTER = /\b(?:quy|q)\s*(iv|iii|ii|i|[1-4])\b/;
const RE_MONTHS = /\b(6|9|sau|chin)\s*thang\b/;
const RE_HALF = /\b(nua dau nam|nua nam|so ket nua nam)\b/;
const RE_YEAR_WORD = /\b(nam|ca nam|tong ket nam|year|annual)\b/;

/**
 * Reads `Kỳ báo cáo` in its common wordings: `Quý I/2025`, `Quý 1 năm 2025`, `Q1/2025`,
 * `6 tháng đầu năm 2025`, `9 tháng năm 2025`, `Năm 2025`, `Cả năm 2025`, `Báo cáo năm 2025`,
 * with or without diacritics. A wording without a year takes `defaultYear` (the plan year), else
 * null. `Quý III và 9 tháng` is the quarter III report (its window is the Ministry's). Text that
 * names no period is null.
 */
export function parsePeriod(
  text: string | null | undefined,
  defaultYear: number | null = null,
): ReportingPeriod | null {
  if (!text) return null;
  const f = foldKey(text);
  if (!f || f.length > 200) return null;
  const ym = RE_YEAR.exec(f);
  const year = ym ? Number(ym[1]) : defaultYear;
  if (year === null) return null;
  const q = RE_QUARTER.exec(f);
  if (q) return makePeriod(QUARTERS[q[1]], year);
  const m = RE_MONTHS.exec(f);
  if (m) return makePeriod(MONTHS[m[1]], year);
  if (RE_HALF.test(f)) return makePeriod('h1', year);
  // A year alone (`2025`) or with the word for year is the annual report.
  if (RE_YEAR_WORD.test(f) || (ym && f.replace(RE_YEAR, '').trim() === '')) return makePeriod('year', year);
  return null;
}

const ROMAN: Record<'q1' | 'q2' | 'q3' | 'q4', string> = { q1: 'I', q2: 'II', q3: 'III', q4: 'IV' };

/** How reports name the period: `Quý I/2025`, `6 tháng đầu năm 2025`, `Năm 2025`. */
export function periodLabel(p: Pick<ReportingPeriod, 'kind' | 'year'>, lang: Lang = 'vi'): string {
  switch (p.kind) {
    case 'h1':
      return lang === 'vi' ? `6 tháng đầu năm ${p.year}` : `First six months of ${p.year}`;
    case 'm9':
      return lang === 'vi' ? `9 tháng năm ${p.year}` : `First nine months of ${p.year}`;
    case 'year':
      return lang === 'vi' ? `Năm ${p.year}` : `Year ${p.year}`;
    default:
      return lang === 'vi' ? `Quý ${ROMAN[p.kind]}/${p.year}` : `Q${p.kind.slice(1)} ${p.year}`;
  }
}

/** Periods in the order reports follow each other: by the window's end, then the longer window first. */
export function comparePeriods(a: ReportingPeriod, b: ReportingPeriod): number {
  return a.to.localeCompare(b.to) || a.from.localeCompare(b.from);
}
