/**
 * What a row of a plan table is: a section (`I. Cải cách thể chế`, spanning the row), the closing
 * count (`Tổng cộng: 06 nội dung, 19 mục tiêu, chỉ tiêu./.`), the title of the next appendix, a
 * column-number row (`(1) (2) (3)`), data, or nothing.
 */
import type { CellValue } from '../grid';
import type { SheetView } from '../locate/sheetView';
import { foldKey, isBlank, readable } from '../text/normalize';

export type RowKind =
  | { kind: 'blank' }
  | { kind: 'section'; numeral: string; title: string; text: string }
  | { kind: 'totals'; text: string; counts: number[] }
  | { kind: 'next-title' }
  | { kind: 'column-numbers' }
  | { kind: 'data' };

const ROMAN_SECTION = /^([IVXLC]+)\s*[.):\-–]\s*(.*)$/u;

/** Only the first few texts of a row are made readable: classifying never needs more, and this runs on every row. */
const VALUES_KEPT = 3;

/** The number of non-blank values in a row (merges counted once) and the first few, as they are. */
function rowValues(view: SheetView, row: number, firstCol: number, lastCol: number): { count: number; values: CellValue[] } {
  const values: CellValue[] = [];
  let count = 0;
  for (let col = firstCol; col <= lastCol; col++) {
    const m = view.mergeAt(row, col);
    // Part of a horizontal merge started in this row: its text was already taken.
    if (m && m.startRow === row && m.startCol !== col) continue;
    const v = view.value(row, col);
    if (isBlank(v)) continue;
    count++;
    if (values.length < VALUES_KEPT) values.push(v);
  }
  return { count, values };
}

const COLUMN_NUMBER = /^\s*\(?\s*\d{1,2}\s*\)?\s*$/;

const TOTALS_KEY = /^(tong cong|tong so|cong)\b/;
const NEXT_TITLE_KEY = /^\(?\s*(phu luc|ban hanh kem theo)\b/;

/** A row holding one value that ends a table: the closing count or the next appendix's title. */
export function classifyLine(v: unknown): 'totals' | 'next-title' | null {
  if (typeof v !== 'string') return null;
  const key = foldKey(v.length > 200 ? v.slice(0, 200) : v);
  if (TOTALS_KEY.test(key)) return 'totals';
  if (NEXT_TITLE_KEY.test(key)) return 'next-title';
  return null;
}

export function classifyRow(view: SheetView, row: number, firstCol: number, lastCol: number): RowKind {
  const { count, values } = rowValues(view, row, firstCol, lastCol);
  if (count === 0) return { kind: 'blank' };
  // Rows of three or more values are data, unless they number the columns: decided on raw values,
  // since this runs on every row and most rows are data.
  if (count >= 3) {
    const numbering = values.every((v) => (typeof v === 'number' ? Number.isInteger(v) && v < 100 : typeof v === 'string' && COLUMN_NUMBER.test(v)));
    return numbering ? { kind: 'column-numbers' } : { kind: 'data' };
  }
  const texts = values.map((v) => readable(v));
  const first = texts[0];
  const key = foldKey(first);
  if (TOTALS_KEY.test(key)) {
    const counts = [...first.matchAll(/\d+/g)].map((m) => Number(m[0]));
    return { kind: 'totals', text: first, counts };
  }
  if (count === 1 && NEXT_TITLE_KEY.test(key)) return { kind: 'next-title' };
  // A section row carries a Roman numeral and a title across the row: in one cell, or numeral then title.
  const spanning = count === 1 || (count === 2 && /^[IVXLC]+\.?$/u.test(first));
  if (spanning) {
    const joined = texts.join(count === 2 ? '. ' : '');
    const m = ROMAN_SECTION.exec(joined);
    if (m && m[2].trim()) return { kind: 'section', numeral: m[1], title: m[2].trim(), text: joined };
  }
  return { kind: 'data' };
}

export function romanToNumber(roman: string): number | null {
  const map: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = map[roman[i]];
    const next = map[roman[i + 1]] ?? 0;
    if (!v) return null;
    total += v < next ? -v : v;
  }
  return total || null;
}

/** The integer a numbering cell holds: 3, `3`, `3.`, `(3)`; null otherwise. */
export function numberingOf(v: unknown): number | null {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 ? v : null;
  if (typeof v !== 'string') return null;
  const m = /^\(?\s*(\d{1,5})\s*[.)]?\s*$/.exec(readable(v));
  return m ? Number(m[1]) : null;
}
