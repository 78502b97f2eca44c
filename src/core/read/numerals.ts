/**
 * Area numerals as plans write them — Roman (`I.` … `XII.`), Arabic (`1.`, `1`), letters (`A.`,
 * `B.`) — and which of these a table uses, decided from the whole sequence: in a run A, B, C, D the
 * `C` and `D` are letters, not Roman 100 and 500.
 */
export type NumeralStyle = 'roman' | 'arabic' | 'letter';

export interface AreaHead {
  /** The numeral as typed, without its punctuation (`IV`, `3`, `B`). */
  token: string;
  /** The title after it ('' when the row holds the numeral alone). */
  title: string;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
const ROMAN_SHAPE = /^M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

export function romanToNumber(roman: string): number | null {
  const r = roman.toUpperCase();
  if (!r || r.length > 12 || !ROMAN_SHAPE.test(r)) return null;
  let total = 0;
  for (let i = 0; i < r.length; i++) {
    const v = ROMAN_VALUES[r[i]];
    const next = ROMAN_VALUES[r[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total || null;
}

/** The value of a numeral in a style, or null when it cannot be written that way. */
export function numeralValue(token: string, style: NumeralStyle): number | null {
  if (style === 'arabic') return /^\d{1,7}$/.test(token) ? Number(token) : null;
  if (style === 'letter') return /^[A-Za-z]$/.test(token) ? token.toUpperCase().charCodeAt(0) - 64 : null;
  return /^[IVXLCDM]+$/.test(token) ? romanToNumber(token) : null;
}

// Numeral then a separator then the title; a lone Roman or letter needs its punctuation (`A. …`),
// so a text that merely begins with a capital letter is not an area. Bounded, no nested quantifiers.
const HEAD_PUNCT = /^([IVXLCDM]{1,8}|\d{1,7}|[A-Z])\s{0,3}[.):\-–]\s*(\S.*)$/su;
const HEAD_ROMAN_SPACE = /^([IVXLCDM]{2,8})\s{1,3}(\p{Lu}.*)$/su;
const HEAD_ARABIC_SPACE = /^(\d{1,7})\s{1,3}(\p{L}.*)$/su;
const BARE = /^\(?([IVXLCDM]{1,8}|\d{1,7}|[A-Za-z])\s{0,2}[.):]?$/;

/** `II. Cải cách TTHC` → { II, Cải cách TTHC }; `3 CÔNG TÁC…` → { 3, … }; null for anything else. */
export function areaHead(text: string): AreaHead | null {
  const m = HEAD_PUNCT.exec(text) ?? HEAD_ROMAN_SPACE.exec(text) ?? HEAD_ARABIC_SPACE.exec(text);
  if (!m) return null;
  const title = m[2].trim();
  // `1.1. Task` is a task code, not area 1 with a title.
  if (/^\d/.test(m[1]) && /^\d/.test(title)) return null;
  return { token: m[1], title };
}

/** A cell holding a numeral alone (`IV`, `IV.`, `3`, `3.`, `B`), as the first of two cells. */
export function bareNumeral(v: string | number): string | null {
  if (typeof v === 'number') return Number.isInteger(v) && v > 0 ? String(v) : null;
  const m = BARE.exec(v.trim());
  return m ? m[1] : null;
}

const STYLES: readonly NumeralStyle[] = ['roman', 'letter', 'arabic'];

/**
 * The style of a table's area numerals: the one the first area is written in that fits the most of
 * the sequence and runs most like 1, 2, 3…; null when there is no area.
 */
export function decideStyle(tokens: readonly string[]): NumeralStyle | null {
  if (tokens.length === 0) return null;
  let best: NumeralStyle | null = null;
  let bestScore = -1;
  for (const style of STYLES) {
    if (numeralValue(tokens[0], style) === null) continue;
    let fit = 0;
    let steps = 0;
    let prev: number | null = null;
    for (const t of tokens) {
      const v = numeralValue(t, style);
      if (v === null) continue;
      fit++;
      if (prev === null ? v === 1 : v === prev + 1) steps++;
      prev = v;
    }
    const score = fit * 10 + steps;
    if (score > bestScore) {
      best = style;
      bestScore = score;
    }
  }
  return best;
}
