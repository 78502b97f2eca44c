/**
 * Text typed in the legacy Vietnamese encodings, recognised and turned into Unicode.
 *
 * Recognition, from the characters themselves (a linear scan, no backtracking):
 * - text holding any letter only Unicode Vietnamese has (ă, đ, ơ, ư, the U+1EA0 block, combining
 *   marks) is Unicode and is left alone;
 * - VNI: a vowel (or VNI's `ô`/`ö`) followed by a VNI mark, and at least one character no Unicode
 *   Vietnamese text has (`ø`, `û`, `ï`, `ä`, `ñ`…), and the whole text decodes with nothing left over;
 * - TCVN3: at least one character of the TCVN3 set that Unicode Vietnamese never uses (`µ`, `¸`,
 *   `·`, `©`, `®`…), and the whole text decodes with nothing left over.
 * The cell's font, when the host knows it (`.VnTime…` → TCVN3, `VNI-…` → VNI), settles which one
 * is meant and lets a cell with fewer clues be converted; `.VnTimeH`-style capital fonts draw the
 * lower-case codes as capitals, so their text is converted to upper case.
 */
import { TCVN3, VNI } from './tables';

export type LegacyEncoding = 'tcvn3' | 'vni';

/** Latin-1 letters Unicode Vietnamese uses: anything else from that block is a legacy clue. */
const UNICODE_VIET_LATIN1 = new Set('àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ');
const VNI_MARK_CHARS = new Set('øùûõïâêáàåãäéèúüëØÙÛÕÏÂÊÁÀÅÃÄÉÈÚÜË');
const VNI_BASES = new Set('aeiouyAEIOUYôöÔÖ');

/** What each Latin-1 character (U+00A1–U+00FF) tells, looked up once per character rather than in three sets. */
const CLUE = 1;
const VNI_MARK = 2;
const TCVN3_ONLY = 4;
const LATIN1_CLUES = new Uint8Array(256);
for (let c = 0xa1; c <= 0xff; c++) {
  const ch = String.fromCharCode(c);
  if (!UNICODE_VIET_LATIN1.has(ch)) LATIN1_CLUES[c] |= CLUE;
  if (VNI_MARK_CHARS.has(ch)) LATIN1_CLUES[c] |= VNI_MARK;
  if (TCVN3[ch] !== undefined && !UNICODE_VIET_LATIN1.has(ch) && !VNI_MARK_CHARS.has(ch) && VNI[ch] === undefined)
    LATIN1_CLUES[c] |= TCVN3_ONLY;
}
const VNI_BASE_CODES = new Set([...VNI_BASES].map((ch) => ch.charCodeAt(0)));

function isUnicodeVietnamese(c: number): boolean {
  return (
    (c >= 0x0102 && c <= 0x0103) ||
    c === 0x0110 ||
    c === 0x0111 ||
    (c >= 0x0128 && c <= 0x0129) ||
    (c >= 0x0168 && c <= 0x0169) ||
    (c >= 0x01a0 && c <= 0x01b0) ||
    (c >= 0x1ea0 && c <= 0x1ef9) ||
    (c >= 0x0300 && c <= 0x0323)
  );
}

/** Legacy fonts by name: `.VnTime`, `.VnTimeH`, `.VnArial NarrowH` → TCVN3; `VNI-Times` → VNI. */
export function fontEncoding(font: string | null | undefined): { encoding: LegacyEncoding; capitals: boolean } | null {
  if (!font) return null;
  const f = font.trim();
  if (/^\.vn/i.test(f)) return { encoding: 'tcvn3', capitals: /H$/.test(f) };
  if (/^vni[-\s]/i.test(f)) return { encoding: 'vni', capitals: false };
  return null;
}

/** Decodes TCVN3; null when a character outside ASCII is not in the table (so it was not TCVN3). */
export function decodeTcvn3(text: string, capitals = false): string | null {
  let out = '';
  for (const ch of text) {
    const u = TCVN3[ch];
    if (u !== undefined) out += capitals ? u.toUpperCase() : u;
    else if (ch.charCodeAt(0) >= 0xa1 && ch.charCodeAt(0) <= 0xff) return null;
    else out += capitals ? ch.toUpperCase() : ch;
  }
  return capitals ? out : upperInCapitalWords(out, text);
}

/**
 * Text typed in a capital font (`.VnTimeH`) but read without the font: `CéNG HßA` has capital
 * ASCII letters around lower-case codes. A word whose ASCII letters are all capitals (at least two)
 * was meant in capitals.
 */
function upperInCapitalWords(decoded: string, original: string): string {
  if (decoded.length !== original.length) return decoded;
  // A whole text in capitals (`CéNG HßA X· HéI`): every word, even one with a single ASCII capital.
  const letters = original.replace(/[^A-Za-z]/g, '');
  if (letters.length >= 3 && letters === letters.toUpperCase()) return decoded.toUpperCase();
  return decoded.replace(/\S+/g, (word, at: number) => {
    const src = original.slice(at, at + word.length);
    const ascii = src.replace(/[^A-Za-z]/g, '');
    return ascii.length >= 2 && ascii === ascii.toUpperCase() && /[^\p{ASCII}]/u.test(src) ? word.toUpperCase() : word;
  });
}

/** Decodes VNI; null when a character outside ASCII is left over. */
export function decodeVni(text: string): string | null {
  let out = '';
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const a = chars[i];
    const b = chars[i + 1];
    if (b !== undefined) {
      const pair = VNI[a + b] ?? mixedCase(a, b);
      if (pair !== undefined) {
        out += pair;
        i++;
        continue;
      }
    }
    const one = VNI[a];
    if (one !== undefined) out += one;
    else if (a.charCodeAt(0) >= 0xa1 && a.charCodeAt(0) <= 0xff) return null;
    else out += a;
  }
  return out;
}

/** `Aù` (a capital letter with a lower-case mark): the letter's case wins. */
function mixedCase(a: string, b: string): string | undefined {
  const lower = VNI[a.toLowerCase() + b.toLowerCase()];
  if (lower === undefined) return undefined;
  return a === a.toUpperCase() ? lower.toUpperCase() : lower;
}

export interface Detected {
  encoding: LegacyEncoding;
  text: string;
}

/**
 * The Unicode reading of a text typed in a legacy encoding, or null when the text is Unicode (or
 * plain ASCII, which reads the same either way). `font` is the cell's font name when known.
 */
export function detectLegacy(text: string, font?: string | null): Detected | null {
  if (text.length === 0) return null;
  let clues = 0;
  let vniPairs = 0;
  let tcvnOnly = 0;
  let prev = -1;
  // By UTF-16 unit: every character the rules look at is a single unit (no surrogate is a clue or a base).
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isUnicodeVietnamese(c)) return null;
    if (c >= 0xa1 && c <= 0xff) {
      const f = LATIN1_CLUES[c];
      if (f & CLUE) clues++;
      if (f & VNI_MARK && prev >= 0 && VNI_BASE_CODES.has(prev)) vniPairs++;
      if (f & TCVN3_ONLY) tcvnOnly++;
    }
    prev = c;
  }
  const hinted = fontEncoding(font);
  if (hinted) {
    // The font says how the text was typed (Unicode typed in it would show as garbage): convert
    // whatever decodes, clues or not (`Céng` is TCVN3 for `Cộng` in letters Unicode also has).
    const text2 = hinted.encoding === 'tcvn3' ? decodeTcvn3(text, hinted.capitals) : decodeVni(text);
    return text2 !== null && text2 !== text ? { encoding: hinted.encoding, text: text2 } : null;
  }
  if (clues === 0) return null;
  if (vniPairs > 0 && tcvnOnly === 0) {
    const v = decodeVni(text);
    if (v !== null) return { encoding: 'vni', text: v };
  }
  const t = decodeTcvn3(text);
  if (t !== null) return { encoding: 'tcvn3', text: t };
  return null;
}
