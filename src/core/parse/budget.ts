/**
 * Budgets (`Dự trù kinh phí thực hiện (triệu đồng)`): a number of millions of đồng, or a note
 * (`Phòng Tư pháp dự trù kinh phí riêng của đơn vị.`), or nothing.
 */
import type { CellValue } from '../grid';
import type { Budget } from '../schema';
import { readable } from '../text/normalize';
import { parseVietnameseNumber } from './number';

export function parseBudget(value: CellValue): Budget {
  if (value === null || value === undefined) return { amount: null, note: null };
  if (typeof value === 'number')
    return Number.isFinite(value) ? { amount: value, note: null } : { amount: null, note: String(value) };
  if (typeof value === 'boolean') return { amount: null, note: String(value) };
  const text = readable(value);
  if (!text) return { amount: null, note: null };
  // `20 triệu`, `1.200 (triệu đồng)`: a number followed only by the unit still is an amount.
  const m = /^([-+]?[\d.,\s]+?)\s*(?:\(?\s*(?:tr(?:iệu)?\.?|triệu đồng|trđ|tr\.đ)\s*\)?)?\.?$/iu.exec(text);
  if (m) {
    const n = parseVietnameseNumber(m[1]);
    if (n !== null) return { amount: n, note: null };
  }
  return { amount: null, note: text };
}
