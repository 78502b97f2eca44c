/**
 * Text as SpreadsheetML stores it: OOXML escapes characters XML cannot carry as `_xHHHH_` (Excel
 * writes a carriage return as `_x000D_`), and `_x005F_` escapes the underscore itself. Undone in
 * one left-to-right pass; a match is exactly seven characters, so nothing backtracks.
 */
import { WorkbookReadError } from '../readErrors';

function hexValue(s: string, at: number): number {
  let v = 0;
  for (let k = at; k < at + 4; k++) {
    const c = s.charCodeAt(k);
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

export function unescapeOoxml(s: string): string {
  let i = s.indexOf('_x');
  if (i === -1) return s;
  let out = '';
  let from = 0;
  while (i !== -1) {
    if (i + 6 < s.length && s.charCodeAt(i + 6) === 95) {
      const v = hexValue(s, i + 2);
      if (v >= 0) {
        out += s.slice(from, i) + String.fromCharCode(v);
        from = i + 7;
        i = s.indexOf('_x', from);
        continue;
      }
    }
    i = s.indexOf('_x', i + 1);
  }
  return out + s.slice(from);
}

/** A cell's text past the limit is refused (Excel itself holds at most 32,767 characters a cell). */
export function checkLength(text: string, where: () => string, limit: number): string {
  if (text.length > limit) {
    throw new WorkbookReadError(
      'string-too-long',
      `${where()} holds ${text.length} characters, over the ${limit}-character limit`,
      { limit, actual: text.length },
    );
  }
  return text;
}
