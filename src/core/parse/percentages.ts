/**
 * Percentage targets in a target's text: every percentage literal is one indicator with a value and
 * a direction read from the words around it (`tối thiểu 85%`, `trên 80%`, `dưới 2%`, `không quá 5%`,
 * `từ 35% trở lên`). A bare percentage is a floor (`>=`), as plans mean it.
 */
import type { Comparator, Indicator } from '../schema';
import { cleanChars, foldKey, stripHtml } from '../text/normalize';

export interface PercentLiteral {
  value: number;
  comparator: Comparator;
  /** Character offset of the number in the cleaned text. */
  index: number;
}

// Words before the number, most specific first so `không dưới` is not read as `dưới`.
const BEFORE: readonly [string, Comparator][] = [
  ['khong duoi', '>='],
  ['khong thap hon', '>='],
  ['khong it hon', '>='],
  ['khong vuot qua', '<='],
  ['khong qua', '<='],
  ['khong cao hon', '<='],
  ['toi da', '<='],
  ['nho hon hoac bang', '<='],
  ['lon hon hoac bang', '>='],
  ['toi thieu', '>='],
  ['it nhat', '>='],
  ['tren', '>'],
  ['cao hon', '>'],
  ['lon hon', '>'],
  ['vuot', '>'],
  ['duoi', '<'],
  ['thap hon', '<'],
  ['nho hon', '<'],
  ['tu', '>='],
  ['dat', '>='],
  ['phan dau', '>='],
];

const AFTER: readonly [string, Comparator][] = [
  ['tro len', '>='],
  ['tro xuong', '<='],
];

const PERCENT = /(\d{1,3}(?:[.,]\d+)?)\s*%/g;
/** How far back the direction words may stand from the number. */
const WINDOW_WORDS = 6;

function directionBefore(foldedWindow: string): Comparator | null {
  const words = foldedWindow.split(' ').filter(Boolean).slice(-WINDOW_WORDS);
  const text = ` ${words.join(' ')} `;
  let best: { end: number; len: number; cmp: Comparator } | null = null;
  for (const [kw, cmp] of BEFORE) {
    const at = text.lastIndexOf(` ${kw} `);
    if (at < 0) continue;
    const end = at + kw.length;
    if (!best || end > best.end || (end === best.end && kw.length > best.len)) best = { end, len: kw.length, cmp };
  }
  return best ? best.cmp : null;
}

function directionAfter(foldedAfter: string): Comparator | null {
  const head = ` ${foldedAfter.split(' ').filter(Boolean).slice(0, 3).join(' ')} `;
  for (const [kw, cmp] of AFTER) if (head.includes(` ${kw} `)) return cmp;
  return null;
}

/**
 * The last `.` or `;` in text[from, to), or -1. Searched only back to the clause's start: a search
 * back to the text's start for every percentage would be quadratic in a long cell full of them.
 */
function lastSentenceEnd(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 59) return i;
  }
  return -1;
}

/** Every percentage literal of a text, in order of appearance. */
export function findPercentages(input: string): PercentLiteral[] {
  const text = stripHtml(cleanChars(input));
  const out: PercentLiteral[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(PERCENT)) {
    const index = m.index ?? 0;
    // A digit or decimal mark right before means we caught the tail of a longer number.
    if (index > 0 && /[\d.,]/.test(text[index - 1])) continue;
    const value = Number(m[1].replace(',', '.'));
    if (!Number.isFinite(value) || value > 100) continue;
    // Direction words belong to this clause: not past the previous percentage or a sentence end.
    let start = prevEnd;
    const sentence = lastSentenceEnd(text, start, index);
    if (sentence >= start && !/\d/.test(text[sentence + 1] ?? '')) start = sentence + 1;
    const end = index + m[0].length;
    const after = text.slice(end, end + 40);
    const comparator = directionAfter(foldKey(after)) ?? directionBefore(foldKey(text.slice(start, index))) ?? '>=';
    out.push({ value, comparator, index });
    prevEnd = end;
  }
  return out;
}

/** Indicators of a target: id = STT when it has one, else STT + a, b, … in order. */
export function indicatorsOf(stt: number | string | null, text: string): Indicator[] {
  const found = findPercentages(text);
  const base = stt === null ? '' : String(stt);
  return found.map((p, i) => ({
    id: found.length === 1 ? base : `${base}${String.fromCharCode(97 + (i % 26))}`,
    threshold: p.value,
    comparator: p.comparator,
  }));
}
