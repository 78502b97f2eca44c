/**
 * Matching keys: an indicator id, a task code or a unit name as a unit may retype it must still
 * meet the plan's. Keys are for comparing only; reports show the text as typed.
 */
import type { CellValue } from '../grid';
import { cleanChars, foldKey } from '../text/normalize';

/** `4a`, `4A`, `4 a`, `4a.` → `4a`; a numeric cell 3 → `3`. */
export function indicatorKey(v: CellValue | string): string {
  return foldKey(v).replace(/\s+/g, '').replace(/\.+$/, '');
}

/** `1.1`, `1.1.`, ` 1.1 ` → `1.1`; the dot matters (1.1 ≠ 11), so foldKey's punctuation folding is not used. */
export function taskKey(v: CellValue | string): string {
  const s = typeof v === 'number' ? String(v) : cleanChars(String(v ?? ''));
  return s.replace(/\s+/g, '').replace(/[,;]/g, '.').replace(/\.+$/, '').replace(/^0+(?=\d)/, '').toLowerCase();
}

// Long forms a unit may write for the short forms lists use, and the reverse (same key either way).
const LONG_FORMS: readonly [RegExp, string][] = [
  [/\buy ban nhan dan\b/g, 'ubnd'],
  [/\bhoi dong nhan dan\b/g, 'hdnd'],
  [/\bvan phong hdnd va ubnd\b/g, 'vp hdnd va ubnd'],
  [/\bvan phong\b/g, 'vp'],
  [/\bthi xa\b/g, 'tx'],
  [/\bthi tran\b/g, 'tt'],
  [/\bphuong\b/g, 'p'],
  [/\bp (\d)/g, 'p$1'],
  [/\bxa\b/g, 'x'],
  [/\btai chinh ke hoach\b/g, 'tc kt'],
  [/\btai chinh kt\b/g, 'tc kt'],
  [/\bvan hoa va thong tin\b/g, 'vh va tt'],
  [/\bvan hoa thong tin\b/g, 'vh va tt'],
];

/**
 * Unit names compared the way agency names are: no diacritics, case or punctuation, long and short
 * forms alike (`Ủy ban nhân dân Phường 1` = `UBND phường 01` = `UBND P.1`).
 */
export function unitKey(name: string): string {
  // Leading zeros in unit numbers are typing habits (`Phường 01`).
  let k = ` ${foldKey(name).replace(/\b0+(\d)/g, '$1')} `;
  for (const [re, to] of LONG_FORMS) k = k.replace(re, to);
  return k.replace(/\s+/g, ' ').trim();
}
