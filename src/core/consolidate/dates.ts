/** Completion dates as units type them: a date cell (Excel serial number) or `dd/mm/yyyy` text. */
import type { CellValue } from '../grid';
import { dayMonthYearToIso, isoDate, serialToIso } from '../parse/dates';
import { cleanChars } from '../text/normalize';

export function parseDateCell(v: CellValue): string | null {
  if (typeof v === 'number') return serialToIso(v);
  if (typeof v !== 'string') return null;
  const s = cleanChars(v).trim();
  const dmy = dayMonthYearToIso(s);
  if (dmy) return dmy;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return !!m && isoDate(Number(m[1]), Number(m[2]), Number(m[3])) === s;
}
