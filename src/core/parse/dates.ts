/**
 * Calendar arithmetic on ISO dates (`2024-12-31`), in UTC so no time zone can shift a day.
 * Small enough that a date library would add weight without removing code.
 */

export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** `30/09/2024`, `30-9-2024`, `30.09.2024` → `2024-09-30`; null when no such day exists. */
export function dayMonthYearToIso(text: string): string | null {
  const m = DAY_MONTH_YEAR.exec(text);
  return m ? isoDate(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

/**
 * A date as a user types it into a date field (`dd/MM/yyyy`, what users in Vietnam type and what
 * every report prints): as above, or the digits alone `30092024`. Strict: a day that does not
 * exist, a year outside 1900–2100 or anything but digits and separators is no date, so nothing
 * silently becomes another day.
 */
export function parseDayMonthYear(text: string): string | null {
  const s = text.trim();
  const m = DAY_MONTH_YEAR.exec(s) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(s);
  if (!m) return null;
  const year = Number(m[3]);
  if (year < 1900 || year > 2100) return null;
  return isoDate(year, Number(m[2]), Number(m[1]));
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function endOfMonth(year: number, month: number): string {
  return isoDate(year, month, lastDayOfMonth(year, month)) as string;
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return t.toISOString().slice(0, 10);
}

/** Excel's serial day number (1900 system) to an ISO date; the 1900 leap-year bug is Excel's, so day 60 does not exist. */
export function serialToIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const days = Math.floor(serial) + (date1904 ? 1462 : 0);
  // Excel counts a 29 February 1900 that never was: days before it start one day later.
  if (days === 60) return null;
  const ms = (days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30)) + days * 86400000;
  return new Date(ms).toISOString().slice(0, 10);
}

export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

/** Does an Excel number format show a date? (`dd/mm/yyyy`, `m/d/yy`, `[$-42A]d mmmm yyyy`…) */
export function isDateFormat(fmt: string | null | undefined): boolean {
  if (!fmt) return false;
  // Drop quoted literals, escapes and [colour]/[locale] sections before looking for date tokens.
  const f = fmt
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .toLowerCase();
  if (f === 'general' || f === '@') return false;
  return /(^|[^a-z])(d{1,4}|m{1,5}|y{2,4})([^a-z]|$)/.test(f) && !/^[#0.,%\s]+$/.test(f);
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}
