/**
 * Numbers as units type them into a submission: real numbers, formula results, or text with
 * Vietnamese separators (`1.200` is one thousand two hundred, `15,5` fifteen and a half), and rates
 * as `85`, `0,85` under a percent format, `85%`, `85,5%`.
 */
import type { CellValue } from '../grid';
import { cleanChars, isBlank } from '../text/normalize';

export type ParsedNumber =
  | { kind: 'blank' }
  | { kind: 'number'; value: number }
  | { kind: 'invalid'; text: string };

const BLANK: ParsedNumber = { kind: 'blank' };

/** Excel error values arrive as their `#…` text; an empty-string formula result is blank. */
function isErrorText(s: string): boolean {
  return /^#[A-Z0-9/]+[!?]?$/i.test(s) || /^#N\/A$/i.test(s);
}

/**
 * Reads a decimal typed the Vietnamese way, tolerating the English way when it is unambiguous.
 * `1.200` → 1200 (a dot before exactly three digits groups thousands); `1.200,5` → 1200.5;
 * `15,5` → 15.5; `1,200` stays 1.2 because in Vietnamese the comma is the decimal mark.
 */
export function parseDecimalText(raw: string): number | null {
  let s = cleanChars(raw).replace(/\s+/g, '');
  if (s === '') return null;
  let sign = 1;
  if (/^[-−–]/.test(s)) {
    sign = -1;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  let normalised: string;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) normalised = s.replace(/\./g, '').replace(',', '.');
  else if (/^\d+(,\d+)?$/.test(s)) normalised = s.replace(',', '.');
  else if (/^\d*\.\d+$/.test(s) || /^\d+\.$/.test(s)) normalised = s; // `0.85`, `12.5`: a dot not grouping thousands
  else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) normalised = s.replace(/,/g, ''); // `1,200.5` English style, unambiguous by the dot
  else return null;
  const n = Number(normalised);
  return Number.isFinite(n) ? sign * n : null;
}

function isPercentFormat(fmt: string | null): boolean {
  // A `%` inside quotes is a literal suffix, not scaling; strip quoted parts first.
  return !!fmt && fmt.replace(/"[^"]*"/g, '').replace(/\\./g, '').includes('%');
}

/**
 * A float product like 0.855·100 = 85.49999999999999 is an artefact of binary floating point, not a
 * figure anyone typed; twelve significant digits is far beyond any count or rate in a report.
 */
export function tidy(n: number): number {
  return Number(n.toPrecision(12));
}

/** A count (`Số đạt`, `Tổng số`) as a plain number; `invalid` when the cell cannot be a number. */
export function parseCount(v: CellValue): ParsedNumber {
  if (v === null || isBlank(v)) return BLANK;
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'number', value: v } : { kind: 'invalid', text: String(v) };
  if (typeof v === 'boolean') return { kind: 'invalid', text: String(v) };
  const t = cleanChars(v).trim();
  if (isErrorText(t)) return { kind: 'invalid', text: t };
  const n = parseDecimalText(t);
  return n === null ? { kind: 'invalid', text: t } : { kind: 'number', value: n };
}

/**
 * A rate on the 0–100 scale. A number under a percent format is a fraction (0,85 shows as 85%);
 * otherwise it is already on the 0–100 scale (the template's formula gives 100·Số đạt/Tổng số).
 * Text with `%` is on the 0–100 scale whatever the format.
 */
export function parseRate(v: CellValue, numberFormat: string | null): ParsedNumber {
  if (v === null || isBlank(v)) return BLANK;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'invalid', text: String(v) };
    return { kind: 'number', value: isPercentFormat(numberFormat) ? tidy(v * 100) : v };
  }
  if (typeof v === 'boolean') return { kind: 'invalid', text: String(v) };
  const t = cleanChars(v).trim();
  if (isErrorText(t)) return { kind: 'invalid', text: t };
  const m = /^(.*?)\s*%$/.exec(t);
  const n = parseDecimalText(m ? m[1] : t);
  return n === null ? { kind: 'invalid', text: t } : { kind: 'number', value: n };
}
