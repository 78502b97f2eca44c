/**
 * The pane's date field in both languages reads and writes `dd/MM/yyyy` (what users in Vietnam
 * type and what every report prints). Parsing is strict: a day that does not exist, a year outside
 * 1900–2100 or anything but digits and separators is no date, so nothing silently becomes today.
 */
import { isoDate } from '../../core/parse/dates';

/** `30/09/2024`, `30-9-2024`, `30.09.2024` or the digits alone `30092024` → `2024-09-30`. */
export function parseDayMonthYear(text: string): string | null {
  const s = text.trim();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (!m) m = /^(\d{2})(\d{2})(\d{4})$/.exec(s);
  if (!m) return null;
  const year = Number(m[3]);
  if (year < 1900 || year > 2100) return null;
  return isoDate(year, Number(m[2]), Number(m[1]));
}

/** An ISO date as a local Date at noon (no time-zone shift can move it to another day). */
export function isoToLocalDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d, 12);
}

export function localDateToIso(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

/** `dd/MM/yyyy` of a local Date. */
export function formatDayMonthYear(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(date.getDate())}/${p(date.getMonth() + 1)}/${date.getFullYear()}`;
}
