/**
 * The pane's date field in both languages reads and writes `dd/MM/yyyy`; reading is core's
 * (parseDayMonthYear in src/core/parse/dates.ts). These convert between ISO dates and the local
 * Date objects the date picker works with.
 */

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
