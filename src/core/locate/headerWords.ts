/**
 * Which roles a header cell's text names, by the vocabulary (vocabulary.ts). Each distinct text is
 * folded and matched once: headers repeat on every page and in every plan of a province.
 */
import { memoByText } from '../text/memo';
import { cellText, foldKey } from '../text/normalize';
import type { CellValue } from '../grid';
import { NEVER_HEADER, PLAN_VOCABULARY, type PlanRole, type VocabularyEntry } from './vocabulary';

export interface WordMatch {
  role: PlanRole | 'other';
  /** Longer patterns are more specific; an exact match beats a containing one of the same length. */
  score: number;
  /** Set when the match holds only under a group header of this role. */
  under?: PlanRole;
}

/** Header cells are short; longer text is data, and skipping it keeps the scan cheap. */
export const MAX_HEADER_LENGTH = 90;

interface Prepared {
  entry: VocabularyEntry;
  padded: string[];
}

const PREPARED: Prepared[] = PLAN_VOCABULARY.map((entry) => ({ entry, padded: entry.patterns.map((p) => ` ${p} `) }));
const NONE: WordMatch[] = [];

function matchKey(key: string): WordMatch[] {
  if (!key) return NONE;
  const padded = ` ${key} `;
  const out: WordMatch[] = [];
  for (const { entry, padded: pats } of PREPARED) {
    let best = -1;
    for (let i = 0; i < pats.length; i++) {
      if (!padded.includes(pats[i])) continue;
      const p = entry.patterns[i];
      const s = p.length * 2 + (key === p ? 1 : 0);
      if (s > best) best = s;
    }
    if (best < 0) continue;
    // A sub-header word (`Hoàn thành`, `Từ`) names its role only as the whole cell, under its group:
    // inside a longer text it means nothing. Exact matches are the odd scores.
    if (entry.under && best % 2 === 0) continue;
    // Weaker by an even amount, so an exact match stays odd; area's weak word below text's.
    if (entry.weak) best -= entry.role === 'text' ? 4 : 6;
    out.push({ role: entry.role, score: best, ...(entry.under ? { under: entry.under } : {}) });
  }
  return out.length ? out : NONE;
}

function neverHeader(key: string): boolean {
  return NEVER_HEADER.test(key);
}

const byText = memoByText((t: string): { key: string; matches: WordMatch[]; never: boolean } => {
  const key = foldKey(t);
  return { key, matches: matchKey(key), never: neverHeader(key) };
}, 100_000);

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
