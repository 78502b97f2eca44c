/**
 * Completion dates as units type them: a date cell (Excel serial number) or `dd/mm/yyyy` text.
 * Date arithmetic in UTC only, so the result never depends on the machine's time zone.
 */
import type { CellValue } from '../grid';
import { cleanChars } from '../text/normalize';

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function iso(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  const t = new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS);
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export function parseDateCell(v: CellValue): string | null {
  if (typeof v === 'number') return serialToIso(v);
  if (typeof v !== 'string') return null;
  const s = cleanChars(v).trim();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return !!m && iso(Number(m[1]), Number(m[2]), Number(m[3])) === s;
}
