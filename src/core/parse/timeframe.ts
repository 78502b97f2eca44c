/**
 * Timeframes (`Thời gian thực hiện`) read into milestones, a final due date, recurrence and any
 * condition. Quarters and months resolve to their last day; `Trong năm`, `Thường xuyên`, `Hằng quý`
 * to the end of the plan year; `trước tháng 10/2025` to 2025-09-30; `trước ngày 5/12/2024` to
 * 2024-12-04 (before a day means by the end of the day before).
 */
import type { CellValue } from '../grid';
import type { Milestone, Timeframe } from '../schema';
import { cleanChars, foldSpaces, readableLines, stripHtml } from '../text/normalize';
import { addDays, endOfMonth, isDateFormat, isoDate, serialToIso } from './dates';

export interface TimeframeContext {
  planYear: number | null;
  date1904?: boolean;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10, xi: 11, xii: 12 };

function numeral(token: string): number | null {
  const t = token.trim();
  if (/^\d{1,2}$/.test(t)) return Number(t);
  return ROMAN[t] ?? null;
}

/** Lower case, no diacritics, `đ` → `d`; keeps digits, `/`, `-`, `,` and spacing so offsets stay meaningful. */
function foldForTime(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[–—−]/g, '-');
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
const RE_DATE = /(?:\b(truoc|den|han|cham nhat|trong|tu)\s+)?(?:\bngay\s+)?\b(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\b/g;
const RE_QUARTER = new RegExp(`(?:\\b(truoc|den|trong|tu)\\s+)?\\bquy\\s+(${LIST})(?:${YEAR_SEP}(\\d{4}))?`, 'g');
const RE_MONTH = new RegExp(`(?:\\b(truoc|den|trong|tu)\\s+)?\\bthang\\s+(${LIST})(?:${YEAR_SEP}(\\d{4}))?`, 'g');
const RE_HALF = /\b(6|sau)\s+thang\s+(dau|cuoi)\s+nam(?:\s*(\d{4}))?/g;
const RE_YEAR = /(?:\b(truoc|den|trong|tu)\s+)?\bnam\s+(\d{4})\b/g;
const RE_RECURRING = /\b(trong nam|ca nam|thuong xuyen|hang quy|hang thang|hang nam|hang tuan|hang ngay|dinh ky|theo phan ky|lien tuc|hang ky)\b/;
const RE_EVENT = /^\W*(sau khi|khi co|khi duoc|theo tien do|theo chi dao|theo ke hoach|theo yeu cau|theo huong dan|ngay sau khi|khi)\b/;

function blank(f: string, start: number, end: number): string {
  return f.slice(0, start) + ' '.repeat(end - start) + f.slice(end);
}

function scan(text: string, ctx: TimeframeContext): Scan {
  let f = foldForTime(text);
  const milestones: Milestone[] = [];
  let bad = false;
  const year = (y: string | undefined): number | null => (y ? Number(y) : ctx.planYear);

  for (const m of [...f.matchAll(RE_DATE)]) {
    const iso = isoDate(Number(m[4]), Number(m[3]), Number(m[2]));
    if (!iso) bad = true;
    else milestones.push({ from: null, to: m[1] === 'truoc' ? addDays(iso, -1) : iso });
    f = blank(f, m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  for (const m of [...f.matchAll(RE_HALF)]) {
    const y = year(m[3]);
    if (y === null) bad = true;
    else milestones.push(m[2] === 'dau' ? { from: `${y}-01-01`, to: `${y}-06-30` } : { from: `${y}-07-01`, to: `${y}-12-31` });
    f = blank(f, m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  for (const m of [...f.matchAll(RE_QUARTER)]) {
    const qs = numeralList(m[2]);
    const y = year(m[3]);
    if (!qs || y === null || qs.some((q) => q < 1 || q > 4)) bad = true;
    else {
      const first = qs[0];
      const last = qs[qs.length - 1];
      if (m[1] === 'truoc') milestones.push({ from: null, to: addDays(isoDate(y, (first - 1) * 3 + 1, 1) as string, -1) });
      else if (m[1] === 'den') milestones.push({ from: null, to: endOfMonth(y, last * 3) });
      else for (const q of qs) milestones.push({ from: isoDate(y, (q - 1) * 3 + 1, 1), to: endOfMonth(y, q * 3) });
    }
    f = blank(f, m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  for (const m of [...f.matchAll(RE_MONTH)]) {
    const ms = numeralList(m[2]);
    const y = year(m[3]);
    if (!ms || y === null || ms.some((x) => x < 1 || x > 12)) bad = true;
    else {
      if (m[1] === 'truoc') milestones.push({ from: null, to: addDays(isoDate(y, ms[0], 1) as string, -1) });
      else if (m[1] === 'den') milestones.push({ from: null, to: endOfMonth(y, ms[ms.length - 1]) });
      else for (const x of ms) milestones.push({ from: isoDate(y, x, 1), to: endOfMonth(y, x) });
    }
    f = blank(f, m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  for (const m of [...f.matchAll(RE_YEAR)]) {
    const y = Number(m[2]);
    if (m[1] === 'truoc') milestones.push({ from: null, to: `${y - 1}-12-31` });
    else milestones.push({ from: `${y}-01-01`, to: `${y}-12-31` });
    f = blank(f, m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  const recurring = RE_RECURRING.test(f);
  if (recurring && milestones.length === 0 && ctx.planYear !== null) {
    milestones.push({ from: `${ctx.planYear}-01-01`, to: `${ctx.planYear}-12-31` });
  }
  // Left-over quarter or month words mean a form we could not read (`Quý V/2024`).
  if (/\b(quy|thang)\b/.test(f) && !recurring) bad = true;
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
  if (value === null || value === undefined || (typeof value === 'string' && !cleanChars(value).trim())) return emptyTimeframe();
  if (typeof value === 'number') {
    const text = String(value);
    if (Number.isInteger(value) && value >= 1900 && value <= 2200 && !isDateFormat(numberFormat)) {
      return { text, due: `${value}-12-31`, milestones: [{ from: `${value}-01-01`, to: `${value}-12-31` }], recurring: false, condition: null, kind: 'dated' };
    }
    const iso = isDateFormat(numberFormat) || (value > 20000 && value < 80000) ? serialToIso(value, ctx.date1904) : null;
    if (iso) return { text: iso, due: iso, milestones: [{ from: null, to: iso }], recurring: false, condition: null, kind: 'dated' };
    return { text, due: null, milestones: [], recurring: false, condition: null, kind: 'unparsed' };
  }
  if (typeof value === 'boolean') return { text: String(value), due: null, milestones: [], recurring: false, condition: null, kind: 'unparsed' };

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
