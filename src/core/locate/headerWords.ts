/**
 * Which roles a header cell's text names, by the vocabulary (vocabulary.ts). Each distinct text is
 * folded and matched once: headers repeat on every page and in every plan of a province.
 */
import { memoByText } from '../text/memo';
import { cellText, foldKey } from '../text/normalize';
import type { CellValue } from '../grid';
import { NEVER_HEADER, PLAN_VOCABULARY, type PlanRole } from './vocabulary';

export interface WordMatch {
  role: PlanRole | 'other';
  /** Longer patterns are more specific; an exact match beats a containing one of the same length. */
  score: number;
  /** Set when the match holds only under a group header of this role. */
  under?: PlanRole;
}

/** Header cells are short; longer text is data, and skipping it keeps the scan cheap. */
export const MAX_HEADER_LENGTH = 90;

/**
 * Every pattern, found by its first word: a pattern ` p ` occurs in ` key ` only where a word of
 * the key starts, so each word of a key looks up the few patterns that start with it instead of
 * every pattern being searched for in every key. A pattern that starts with no word (none does
 * today) is searched for the plain way.
 */
interface Pattern {
  entry: number;
  pattern: string;
  padded: string;
}

const BY_FIRST_WORD = new Map<string, Pattern[]>();
const UNINDEXED: Pattern[] = [];
PLAN_VOCABULARY.forEach((entry, e) => {
  for (const pattern of entry.patterns) {
    const p: Pattern = { entry: e, pattern, padded: ` ${pattern} ` };
    const first = pattern.split(' ')[0];
    if (first === '') UNINDEXED.push(p);
    else {
      const list = BY_FIRST_WORD.get(first);
      if (list) list.push(p);
      else BY_FIRST_WORD.set(first, [p]);
    }
  }
});
const NONE: WordMatch[] = [];

/** The best score of each vocabulary entry over the patterns found in the key (-1: none found). */
function entryScores(key: string): Int32Array {
  const padded = ` ${key} `;
  const best = new Int32Array(PLAN_VOCABULARY.length).fill(-1);
  const score = (p: Pattern) => {
    const s = p.pattern.length * 2 + (key === p.pattern ? 1 : 0);
    if (s > best[p.entry]) best[p.entry] = s;
  };
  for (let at = padded.indexOf(' '); at !== -1 && at < padded.length - 1; at = padded.indexOf(' ', at + 1)) {
    const list = BY_FIRST_WORD.get(padded.slice(at + 1, padded.indexOf(' ', at + 1)));
    if (list) for (const p of list) if (padded.startsWith(p.padded, at)) score(p);
  }
  for (const p of UNINDEXED) if (padded.includes(p.padded)) score(p);
  return best;
}

function matchKey(key: string): WordMatch[] {
  if (!key) return NONE;
  const scores = entryScores(key);
  const out: WordMatch[] = [];
  PLAN_VOCABULARY.forEach((entry, e) => {
    let best = scores[e];
    if (best < 0) return;
    // A sub-header word (`Hoàn thành`, `Từ`) names its role only as the whole cell, under its group:
    // inside a longer text it means nothing. Exact matches are the odd scores.
    if (entry.under && best % 2 === 0) return;
    // Weaker by an even amount, so an exact match stays odd; area's weak word below text's.
    if (entry.weak) best -= entry.role === 'text' ? 4 : 6;
    out.push({ role: entry.role, score: best, ...(entry.under ? { under: entry.under } : {}) });
  });
  return out.length ? out : NONE;
}

function neverHeader(key: string): boolean {
  return NEVER_HEADER.test(key);
}

/**
 * Bounded low: the texts that recur (headers, owners, statuses) are met first and stay; a big
 * sheet's one-off data texts would only fill it (at 100,000 they held 20 MB through a check), and
 * reading one again costs a fold and a few lookups.
 */
const byText = memoByText((t: string): { key: string; matches: WordMatch[]; never: boolean } => {
  const key = foldKey(t);
  return { key, matches: matchKey(key), never: neverHeader(key) };
}, 10_000);

export interface HeaderWords {
  key: string;
  matches: WordMatch[];
  /** The national heading, a document number, an appendix title: never part of a header. */
  never: boolean;
}

const EMPTY: HeaderWords = { key: '', matches: NONE, never: false };

/** The header reading of one cell value (strings only; numbers and long texts name nothing). */
export function headerWords(v: CellValue): HeaderWords {
  if (typeof v !== 'string') return EMPTY;
  const t = cellText(v);
  if (t.length > MAX_HEADER_LENGTH) return EMPTY;
  return byText(t);
}

/** The best match of a cell for a role, allowing group-only words when the group is that role. */
export function bestMatch(matches: readonly WordMatch[], groups: ReadonlySet<PlanRole>): WordMatch | null {
  let best: WordMatch | null = null;
  for (const m of matches) {
    if (m.under && !groups.has(m.under)) continue;
    if (!best || m.score > best.score) best = m;
  }
  return best;
}
