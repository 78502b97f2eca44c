/**
 * The row that numbers a table's columns, right under its header (`(1) (2) (3)…`, `1 2 3…`,
 * `A B 1 2…`): not data. Told by every filled cell being such a token, enough of them, and the
 * numbers among them rising.
 */
import type { CellValue } from '../grid';
import { cleanChars } from '../text/normalize';
import type { SheetView } from './sheetView';

const TOKEN = /^\(?\s*(\d{1,2}|[A-Za-z])\s*\)?\.?$/;

function token(v: CellValue): string | null {
  if (typeof v === 'number') return Number.isInteger(v) && v > 0 && v < 100 ? String(v) : null;
  if (typeof v !== 'string') return null;
  const m = TOKEN.exec(cleanChars(v).trim());
  return m ? m[1] : null;
}

/** True when every own filled cell of the row is a column token, at least `min` of them, numbers rising. */
export function isNumberingRow(view: SheetView, row: number, firstCol: number, lastCol: number, min = 3): boolean {
  let count = 0;
  let lastNumber = 0;
  for (let col = firstCol; col <= lastCol; col++) {
    const m = view.mergeAt(row, col);
    if (m && (m.startRow !== row || m.startCol !== col)) continue;
    const v = view.raw(row, col);
    if (v === null || (typeof v === 'string' && v.trim() === '')) continue;
    const t = token(v);
    if (t === null) return false;
    if (/^\d/.test(t)) {
      const n = Number(t);
      if (n <= lastNumber) return false;
      lastNumber = n;
    }
    count++;
  }
  return count >= min;
}
