/**
 * The fast path of `foldKey` (normalize.ts): one pass over the text with a table of what each
 * character folds to, for the texts nearly every cell holds — Latin letters, Vietnamese in NFC
 * (U+0000–U+02FF and U+1E00–U+1EFF), no markup. For those the full pipeline (NFC, invisible
 * characters out, HTML stripped, lookalikes mapped, accents stripped, lower case, punctuation to
 * one space, trimmed) reduces to a map of each character on its own: such text is already NFC, holds
 * no markup and no lookalike, and stripping accents decomposes each letter independently. Any other
 * text is left to the full pipeline (null), so both give the same key by construction; a property
 * test compares them on random text.
 */
import { stripAccents } from './accents';

/** What a character folds to: an ASCII code to keep, a separator, nothing, or "not here". */
const SEPARATOR = 0;
const DROP = -1;
const ELSEWHERE = -2;
const TABLE_END = 0x1f00;

const FOLDS = buildTable();

function foldOfChar(ch: string): number {
  const r = stripAccents(ch).toLowerCase();
  if (r === '') return DROP;
  if (r.length === 1 && /[a-z0-9%]/.test(r)) return r.charCodeAt(0);
  // Anything else keeps no letter or digit: it separates words.
  return /[a-z0-9%]/.test(r) ? ELSEWHERE : SEPARATOR;
}

function buildTable(): Int16Array {
  const t = new Int16Array(TABLE_END).fill(ELSEWHERE);
  for (let c = 0; c < 0x300; c++) t[c] = foldOfChar(String.fromCharCode(c));
  for (let c = 0x1e00; c < TABLE_END; c++) t[c] = foldOfChar(String.fromCharCode(c));
  // Markup and `&` (` va `) need the full pipeline; a soft hyphen is invisible, not a separator.
  t[0x3c] = ELSEWHERE;
  t[0x26] = ELSEWHERE;
  t[0xad] = DROP;
  return t;
}

let buffer = new Uint16Array(256);

/** The folded key of `text`, or null when the text needs the full pipeline. */
export function foldPlain(text: string): string | null {
  const n = text.length;
  if (buffer.length < n) buffer = new Uint16Array(Math.max(n, buffer.length * 2));
  const out = buffer;
  let len = 0;
  let gap = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const f = c < TABLE_END ? FOLDS[c] : ELSEWHERE;
    if (f > 0) {
      if (gap && len > 0) out[len++] = 32;
      gap = false;
      out[len++] = f;
    } else if (f === SEPARATOR) gap = true;
    else if (f === ELSEWHERE) return null;
  }
  let s = '';
  for (let at = 0; at < len; at += 4096)
    s += String.fromCharCode.apply(null, out.subarray(at, Math.min(len, at + 4096)) as unknown as number[]);
  return s;
}
