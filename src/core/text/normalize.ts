/**
 * Vietnamese text as people really type it: NFC or NFD, old or new tone placement (`hoá`/`hóa`),
 * HTML left by web exports, non-breaking and zero-width spaces, lookalike Cyrillic letters.
 * Two views of a cell: `readable` (what a report shows) and `foldKey` (what matching compares).
 */
import { decode } from 'html-entities';
import type { CellValue } from '../grid';
import { stripAccents } from './accents';
import { foldPlain } from './foldPlain';
import { memoByText } from './memo';

// Zero-width, bidi controls and the BOM: invisible, never meaningful in a plan.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g;
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/** A cell value as text ('' for null); numbers as JS prints them. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  return String(v);
}

const SPACE = /\s/;
const WORD = /\w/;

/**
 * Replaces every tag `<` + optional whitespace + one of `names` (not followed by a word character)
 * + anything up to the next `>`, left to right, as the regular expression
 * `/<\s*(name|…)\b[^>]*>/gi` would, but in one pass: the next `>` is found once and reused until
 * the scan passes it, so a text full of unclosed `<br` costs linear time, not quadratic.
 */
function replaceTags(s: string, names: readonly string[], by: string): string {
  let out = '';
  let from = 0;
  let gt = -2; // the next '>' at or after the scan; -2: not looked up yet
  let lt = s.indexOf('<');
  while (lt !== -1) {
    let p = lt + 1;
    while (p < s.length && SPACE.test(s[p])) p++;
    let matched = -1;
    for (const name of names) {
      if (
        s.length - p >= name.length &&
        s.slice(p, p + name.length).toLowerCase() === name &&
        !(p + name.length < s.length && WORD.test(s[p + name.length]))
      ) {
        matched = p + name.length;
        break;
      }
    }
    if (matched !== -1) {
      if (gt !== -1 && gt < matched) gt = s.indexOf('>', matched);
      if (gt === -1) break; // no '>' anywhere after: no later tag can close either
      out += s.slice(from, lt) + by;
      from = gt + 1;
      lt = s.indexOf('<', from);
    } else {
      lt = s.indexOf('<', lt + 1);
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

const LINE_TAGS = ['br', '/p', '/li', '/div', '/tr'] as const;
const ITEM_TAGS = ['li'] as const;

/**
 * Drops HTML tags (keeping list items and line breaks as new lines) and decodes entities.
 * Cell text is never rendered as HTML anywhere: this only removes markup for reading.
 */
export function stripHtml(s: string): string {
  if (!s.includes('<') && !s.includes('&')) return s;
  let out = s;
  if (out.includes('<')) {
    out = replaceTags(replaceTags(out, LINE_TAGS, '\n'), ITEM_TAGS, '\n- ').replace(/<\/?[a-zA-Z][^<>]*>/g, '');
  }
  return decode(out);
}

/** NFC, invisible characters out, odd spaces to plain spaces. Keeps line breaks. */
const NEEDS_CLEANING =
  /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\r]/;

/**
 * True when the text is already clean: every character is Latin (U+0000–U+02FF) or precomposed
 * Vietnamese (U+1E00–U+1EFF), none of them one cleaning changes (`\r`, no-break space, soft hyphen).
 * Such text is NFC: nothing in those ranges is a combining mark or combines with what precedes it
 * (a test normalises every character and every pair of them). Nearly every cell of a plan is like
 * this, and asking ICU to normalise it costs more than all the rest of reading the cell.
 */
function isCleanLatin(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x300 ? c === 13 || c === 0xa0 || c === 0xad : c < 0x1e00 || c > 0x1eff) return false;
  }
  return true;
}

export function cleanChars(s: string): string {
  if (isCleanLatin(s)) return s;
  const nfc = s.normalize('NFC');
  // Most cells hold none of these characters: test once rather than run three replacements.
  if (!NEEDS_CLEANING.test(nfc)) return nfc;
  return nfc.replace(INVISIBLE, '').replace(ODD_SPACES, ' ').replace(/\r\n?/g, '\n');
}

/** What JavaScript's `\s` matches, the blanks folding turns into one space. */
function isBlankChar(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * True when folding would change nothing: no two blanks in a row, no blank but a plain space, no
 * space at either end. One pass, no string made (a regular expression did the same at twice the
 * cost, on every cell of a big sheet).
 */
export function isFolded(s: string): boolean {
  let afterSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if (isBlankChar(c)) return false;
    else afterSpace = false;
  }
  return !afterSpace || s.length === 0;
}

/** Every run of whitespace (line breaks included) to one space, trimmed. */
export function foldSpaces(s: string): string {
  // Most cells are already folded: testing costs no new string, replacing always makes one.
  return isFolded(s) ? s : s.replace(/\s+/g, ' ').trim();
}

/** What a report shows of a cell: clean characters, no HTML, whitespace folded. */
export function readable(v: CellValue | undefined): string {
  return foldSpaces(stripHtml(cleanChars(cellText(v))));
}

/** Like `readable` but keeps line structure (for lists and multi-part timeframes). */
export function readableLines(v: CellValue | undefined): string {
  const text = stripHtml(cleanChars(cellText(v)));
  // Most cells are one line: folding it is the whole answer, without the arrays a split makes.
  if (!text.includes('\n')) return foldSpaces(text);
  return text
    .split('\n')
    .map((line) => foldSpaces(line))
    .filter((line) => line.length > 0)
    .join('\n');
}

// Cyrillic and Greek letters that look like Latin ones, as pasted from other documents.
const LOOKALIKES: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ԁ: 'd',
  һ: 'h',
  ѕ: 's',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  І: 'I',
  ο: 'o',
  α: 'a',
  ν: 'v',
  ι: 'i',
  Ο: 'O',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Τ: 'T',
};
const LOOKALIKE_RE = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'g');

/** The full pipeline, for any text; `foldPlain` gives the same key faster for plain text. */
export function foldFull(text: string): string {
  return stripAccents(stripHtml(cleanChars(text)).replace(LOOKALIKE_RE, (ch) => LOOKALIKES[ch] ?? ch))
    .toLowerCase()
    .replace(/&/g, ' va ')
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

function fold(text: string): string {
  return foldPlain(text) ?? foldFull(text);
}

/**
 * Keys of short texts are remembered: owners, headers, unit and task names recur on many rows and
 * in every unit's submission. Bounded, so memory stays flat on a province's worth of files; low,
 * because a 50,000-row sheet's one-off texts would fill it to no use (folding one is fast).
 */
const foldShort = memoByText(fold, 10_000);
const MAX_REMEMBERED_LENGTH = 300;

/**
 * The key two texts are compared by: no diacritics (so `hoá` = `hóa` = `hoa`, and headers typed
 * without accents match), lower case, lookalikes mapped, punctuation to spaces, spaces folded.
 */
export function foldKey(v: CellValue | undefined | string): string {
  const text = cellText(v);
  return text.length > MAX_REMEMBERED_LENGTH ? fold(text) : foldShort(text);
}

/** True when a cell holds nothing but blanks (spaces, invisible characters). */
const ONLY_BLANKS = /^[\s\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u202A-\u202E\u2066-\u2069]*$/;

export function isBlank(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== 'string') return false;
  // Nearly every filled cell starts with a letter or a digit: that answers without the pattern.
  const c = v.charCodeAt(0);
  if (c > 32 && c < 0x7f) return false;
  return ONLY_BLANKS.test(v);
}
