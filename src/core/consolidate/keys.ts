/**
 * Matching keys: an indicator id, a task code or a unit name as a unit may retype it must still
 * meet the plan's. Keys are for comparing only; reports show the text as typed.
 */
import type { CellValue } from '../grid';
import { agencyKey } from '../text/agency';
import { cleanChars, foldKey } from '../text/normalize';

/**
 * `4a`, `4A`, `4 a`, `4a.` → `4a`; a numeric cell 3 → `3`. Ids are identifiers: the dot stays
 * (`1.1` is never indicator `11`), so foldKey's punctuation folding is applied around it only.
 */
export function indicatorKey(v: CellValue | string): string {
  const s = typeof v === 'number' ? String(v) : cleanChars(String(v ?? '')).replace(/,/g, '.');
  return s
    .split('.')
    .map((part) => foldKey(part).replace(/\s+/g, ''))
    .join('.')
    .replace(/\.+$/, '')
    .replace(/^\.+/, '');
}

/** `1.1`, `1.1.`, ` 1.1 ` → `1.1`; the dot matters (1.1 ≠ 11), so foldKey's punctuation folding is not used. */
export function taskKey(v: CellValue | string): string {
  const s = typeof v === 'number' ? String(v) : cleanChars(String(v ?? ''));
  return s
    .replace(/\s+/g, '')
    .replace(/[,;]/g, '.')
    .replace(/\.+$/, '')
    .replace(/^0+(?=\d)/, '')
    .toLowerCase();
}

/**
 * Unit names compared the way agency names are (agencyKey: no diacritics, case or punctuation,
 * `UBND` = `Ủy ban nhân dân`, `TC-KT` = `Tài chính - Kế hoạch`), and leading zeros in unit
 * numbers dropped because they are a typing habit (`Phường 01` = `Phường 1`).
 */
export function unitKey(name: string): string {
  return agencyKey(name).replace(/\b0+(\d)/g, '$1');
}
