/**
 * What a row of a plan table is: a section (`I. Cải cách thể chế`, spanning the row), the closing
 * count (`Tổng cộng: 06 nội dung, 19 mục tiêu, chỉ tiêu./.`), the title of the next appendix, a
 * column-number row (`(1) (2) (3)`), data, or nothing.
 */
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

/** Distinct non-blank values of a row between two columns, merges read once. */
function rowTexts(view: SheetView, row: number, firstCol: number, lastCol: number): { col: number; text: string }[] {
  const out: { col: number; text: string }[] = [];
  for (let col = firstCol; col <= lastCol; col++) {
    if (view.isCovered(row, col)) {
      const m = view.mergeAt(row, col);
      // Part of a horizontal merge started in this row: its text was already taken.
      if (m && m.startRow === row) continue;
    }
    const v = view.value(row, col);
    if (isBlank(v)) continue;
    out.push({ col, text: readable(v) });
  }
  return out;
}

export function classifyRow(view: SheetView, row: number, firstCol: number, lastCol: number): RowKind {
  const cells = rowTexts(view, row, firstCol, lastCol);
  if (cells.length === 0) return { kind: 'blank' };
  const first = cells[0].text;
  const key = foldKey(first);
  if (/^(tong cong|tong so|cong)\b/.test(key) && cells.length === 1) {
    const counts = [...first.matchAll(/\d+/g)].map((m) => Number(m[0]));
    return { kind: 'totals', text: first, counts };
  }
  if (cells.length === 1 && /^\(?\s*(phu luc|ban hanh kem theo)\b/.test(key)) return { kind: 'next-title' };
  if (cells.every((c) => /^\(?\d{1,2}\)?$/.test(c.text)) && cells.length >= 3) return { kind: 'column-numbers' };
  // A section row carries a Roman numeral and a title across the row: in one cell, or numeral then title.
  const spanning = cells.length === 1 || (cells.length === 2 && /^[IVXLC]+\.?$/u.test(first));
  if (spanning) {
    const joined = cells.map((c) => c.text).join(cells.length === 2 ? '. ' : '');
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
