/**
 * Task codes wherever plans put them: at the start of the task text (`1.1. Xây dựng…`), or in the
 * TT column as text (`1.1`) or as a number shown by its format (`1.10` is 1.1 formatted `0.00`: the
 * code is what the cell shows, so 1.10 ≠ 1.1).
 */
import type { CellValue } from '../grid';
import { readable } from '../text/normalize';

/** A dotted code, or a plain number closed by `.` or `)`, then the text. Bounded repetitions only. */
const CODE_PREFIX = /^(\d{1,7}(?:\.\d{1,4}){1,4}|\d{1,7}(?=[.)]))[.)]?\s+(?=\S)/;
const CODE_ALONE = /^(\d{1,7}(?:\.\d{1,4}){0,4})\.?$/;

export function codePrefix(text: string): { code: string; rest: string } | null {
  // A code with nothing after it (`7.3.`) is a numbered row without text.
  const alone = CODE_ALONE.exec(text);
  if (alone && (alone[1].includes('.') || text.endsWith('.'))) return { code: alone[1], rest: '' };
  const m = CODE_PREFIX.exec(text);
  return m ? { code: m[1], rest: text.slice(m[0].length).trim() } : null;
}

/** Decimal places a number format shows (`0.00` → 2, `General` → null). */
function decimalsOf(format: string | null): number | null {
  if (!format || /general/i.test(format)) return null;
  const section = format.split(';')[0].replace(/"[^"]*"/g, '');
  const m = /\.([0#?]{1,10})/.exec(section);
  return m ? m[1].length : 0;
}

/** The code a TT cell holds as shown: `1.1`, `3`, the number 1.1 formatted `0.00` → `1.10`; null for anything else. */
export function codeOfCell(v: CellValue, format: string | null): string | null {
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 0) return null;
    const d = decimalsOf(format);
    const shown = Number.isInteger(v) && !d ? String(v) : d !== null && d > 0 ? v.toFixed(d) : String(v);
    return CODE_ALONE.test(shown) ? shown : null;
  }
  if (typeof v !== 'string') return null;
  const m = CODE_ALONE.exec(readable(v).replace(/^\(|\)$/g, ''));
  return m ? m[1] : null;
}
