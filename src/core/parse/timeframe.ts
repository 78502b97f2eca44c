/**
 * Timeframes (`Thời gian thực hiện`) read into milestones, a final due date, recurrence and any
 * condition. Quarters and months resolve to their last day; `Trong năm`, `Thường xuyên`, `Hằng quý`
 * to the end of the plan year; `trước tháng 10/2025` to 2025-09-30; `trước ngày 5/12/2024` to
 * 2024-12-04 (before a day means by the end of the day before).
 */
import type { CellValue } from '../grid';
import type { Milestone, Timeframe } from '../schema';
import { stripAccents } from '../text/accents';
import { cleanChars, foldSpaces, readableLines, stripHtml } from '../text/normalize';
import { addDays, endOfMonth, isDateFormat, isoDate, serialToIso } from './dates';

export interface TimeframeContext {
  planYear: number | null;
  date1904?: boolean;
}

const ROMAN: Record<string, number> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  v: 5,
  vi: 6,
  vii: 7,
  viii: 8,
  ix: 9,
  x: 10,
  xi: 11,
  xii: 12,
};

function numeral(token: string): number | null {
  const t = token.trim();
  if (/^\d{1,2}$/.test(t)) return Number(t);
  return ROMAN[t] ?? null;
}

/** Lower case, no diacritics, `đ` → `d`; keeps digits, `/`, `-`, `,` and spacing so offsets stay meaningful. */
function foldForTime(s: string): string {
  return stripAccents(s).toLowerCase().replace(/[–—−]/g, '-');
}

/** A list like `II, III` or `I - III` or `3 và 4` into numbers; ranges expand. Null when a member is unreadable. */
function numeralList(list: string): number[] | null {
  const out: number[] = [];
  const parts = list.split(/\s*(?:,|;|\bva\b|&)\s*/).filter((p) => p.trim());
  for (const part of parts) {
    const range = part.split(/\s*-\s*/);
    if (range.length === 2) {
      const a = numeral(range[0]);
      const b = numeral(range[1]);
      if (a === null || b === null || b < a) return null;
      for (let k = a; k <= b; k++) out.push(k);
    } else {
      const n = numeral(part);
      if (n === null) return null;
      out.push(n);
    }
  }
  return out;
}

interface Scan {
  milestones: Milestone[];
  recurring: boolean;
  undated: boolean;
  bad: boolean;
}

const NUM = '(?:[ivx]+|\\d{1,2})';
const LIST = `${NUM}(?:\\s*(?:,|-|\\bva\\b|&)\\s*${NUM})*`;
const YEAR_SEP = '\\s*(?:\\/|\\bnam\\b)\\s*';
const RE_RECURRING =
  /\b(trong nam|ca nam|thuong xuyen|hang quy|hang thang|hang nam|hang tuan|hang ngay|dinh ky|theo phan ky|lien tuc|hang ky)\b/;
const RE_EVENT =
  /^\W*(sau khi|khi co|khi duoc|theo tien do|theo chi dao|theo ke hoach|theo yeu cau|theo huong dan|ngay sau khi|khi)\b/;

/**
 * One kind of date pattern: what it matches in folded text, and the milestones a match means
 * (null when the match names a date that does not exist or a year that is not known).
 */
interface TimeRule {
  kind: 'date' | 'half' | 'quarter' | 'month' | 'year';
  pattern: RegExp;
  read: (m: RegExpMatchArray, planYear: number | null) => Milestone[] | null;
}

/** `truoc quy III` ends the day before the first period; `den quy III` at the end of the last; otherwise each period. */
function periodMilestones(word: string | undefined, periods: number[], y: number, monthsLong: number): Milestone[] {
  const firstMonth = (k: number) => (k - 1) * monthsLong + 1;
  if (word === 'truoc') return [{ from: null, to: addDays(isoDate(y, firstMonth(periods[0]), 1) as string, -1) }];
  if (word === 'den') return [{ from: null, to: endOfMonth(y, periods[periods.length - 1] * monthsLong) }];
  return periods.map((k) => ({ from: isoDate(y, firstMonth(k), 1), to: endOfMonth(y, k * monthsLong) }));
}

/** A list of quarters or months (`II, III/2024`), read when every member is in 1..max and the year is known. */
function periodRule(kind: 'quarter' | 'month', word: string, max: number, monthsLong: number): TimeRule {
  return {
    kind,
    pattern: new RegExp(`(?:\\b(truoc|den|trong|tu)\\s+)?\\b${word}\\s+(${LIST})(?:${YEAR_SEP}(\\d{4}))?`, 'g'),
    read: (m, planYear) => {
      const list = numeralList(m[2]);
      const y = m[3] ? Number(m[3]) : planYear;
      if (!list || y === null || list.some((k) => k < 1 || k > max)) return null;
      return periodMilestones(m[1], list, y, monthsLong);
    },
  };
}

/**
 * The kinds in the order they are read. Each match is blanked before the next kind looks, so the
 * year of `6 thang dau nam 2025` or `quy I - III nam 2025` is not read again as `nam 2025`.
 */
const TIME_RULES: readonly TimeRule[] = [
  {
    kind: 'date',
    pattern:
      /(?:\b(truoc|den|han|cham nhat|trong|tu)\s+)?(?:\bngay\s+)?\b(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\b/g,
    read: (m) => {
      const iso = isoDate(Number(m[4]), Number(m[3]), Number(m[2]));
      if (!iso) return null;
      return [{ from: null, to: m[1] === 'truoc' ? addDays(iso, -1) : iso }];
    },
  },
  {
    kind: 'half',
    pattern: /\b(6|sau)\s+thang\s+(dau|cuoi)\s+nam(?:\s*(\d{4}))?/g,
    read: (m, planYear) => {
      const y = m[3] ? Number(m[3]) : planYear;
      if (y === null) return null;
      return [m[2] === 'dau' ? { from: `${y}-01-01`, to: `${y}-06-30` } : { from: `${y}-07-01`, to: `${y}-12-31` }];
    },
  },
  periodRule('quarter', 'quy', 4, 3),
  periodRule('month', 'thang', 12, 1),
  {
    kind: 'year',
    pattern: /(?:\b(truoc|den|trong|tu)\s+)?\bnam\s+(\d{4})\b/g,
    read: (m) => {
      const y = Number(m[2]);
      return [m[1] === 'truoc' ? { from: null, to: `${y - 1}-12-31` } : { from: `${y}-01-01`, to: `${y}-12-31` }];
    },
  },
];

function blank(f: string, start: number, end: number): string {
  return f.slice(0, start) + ' '.repeat(end - start) + f.slice(end);
}

function scan(text: string, ctx: TimeframeContext): Scan {
  let unread = foldForTime(text);
  const milestones: Milestone[] = [];
  let bad = false;
  for (const rule of TIME_RULES) {
    // Blanking keeps every length, so the offsets of this rule's matches stay right as it blanks them.
    for (const m of [...unread.matchAll(rule.pattern)]) {
      const read = rule.read(m, ctx.planYear);
      if (read === null) bad = true;
      else milestones.push(...read);
      unread = blank(unread, m.index ?? 0, (m.index ?? 0) + m[0].length);
    }
  }
  const recurring = RE_RECURRING.test(unread);
  if (recurring && milestones.length === 0 && ctx.planYear !== null) {
    milestones.push({ from: `${ctx.planYear}-01-01`, to: `${ctx.planYear}-12-31` });
  }
  // Left-over quarter or month words mean a form we could not read (`Quý V/2024`).
  if (/\b(quy|thang)\b/.test(unread) && !recurring) bad = true;
  const undated = milestones.length === 0 && RE_EVENT.test(foldForTime(text));
  return { milestones, recurring, undated, bad };
}

/** The condition a timeframe depends on: a `(khi …)` aside, or an event named instead of a date. */
function conditionOf(text: string, undated: boolean): string | null {
  if (undated) return foldSpaces(text).replace(/[.;,\s]+$/, '');
  const paren = /\(([^)]*)\)/g;
  for (const m of text.matchAll(paren)) {
    const inner = foldSpaces(m[1]);
    if (/^(khi|sau khi|neu|tuy)\b/.test(foldForTime(inner))) return inner;
  }
  const m = /\b(?:khi|sau khi)\b[^()]*$/i.exec(foldForTime(text));
  if (m && !/\(/.test(text)) return foldSpaces(text.slice(m.index)).replace(/[.;,\s]+$/, '');
  return null;
}

export function emptyTimeframe(text = ''): Timeframe {
  return { text, due: null, milestones: [], recurring: false, condition: null, kind: 'empty' };
}

/** Reads a timeframe cell: text, a real date cell (serial + date format), or a bare year. */
export function parseTimeframe(value: CellValue, numberFormat: string | null, ctx: TimeframeContext): Timeframe {
  if (value === null || value === undefined || (typeof value === 'string' && !cleanChars(value).trim()))
    return emptyTimeframe();
  if (typeof value === 'number') {
    const text = String(value);
    if (Number.isInteger(value) && value >= 1900 && value <= 2200 && !isDateFormat(numberFormat)) {
      return {
        text,
        due: `${value}-12-31`,
        milestones: [{ from: `${value}-01-01`, to: `${value}-12-31` }],
        recurring: false,
        condition: null,
        kind: 'dated',
      };
    }
    const iso =
      isDateFormat(numberFormat) || (value > 20000 && value < 80000) ? serialToIso(value, ctx.date1904) : null;
    if (iso)
      return {
        text: iso,
        due: iso,
        milestones: [{ from: null, to: iso }],
        recurring: false,
        condition: null,
        kind: 'dated',
      };
    return { text, due: null, milestones: [], recurring: false, condition: null, kind: 'unparsed' };
  }
  if (typeof value === 'boolean')
    return { text: String(value), due: null, milestones: [], recurring: false, condition: null, kind: 'unparsed' };

  const text = readableLines(value);
  const s = scan(stripHtml(cleanChars(value)), ctx);
  const condition = conditionOf(text.replace(/\n/g, ' '), s.undated);
  if (s.bad || (s.milestones.length === 0 && !s.undated)) {
    return { text, due: null, milestones: s.milestones, recurring: s.recurring, condition, kind: 'unparsed' };
  }
  if (s.undated) return { text, due: null, milestones: [], recurring: s.recurring, condition, kind: 'undated' };
  const milestones = [...s.milestones].sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
  const due = milestones[milestones.length - 1].to;
  return { text, due, milestones, recurring: s.recurring, condition, kind: 'dated' };
}

/** Years a timeframe names, for guessing the plan year before it is known. */
export function yearsNamed(value: CellValue): number[] {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1900 && value <= 2200 ? [value] : [];
  if (typeof value !== 'string') return [];
  return [...value.matchAll(/(?<!\d)(20\d{2})(?!\d)/g)].map((m) => Number(m[1]));
}
