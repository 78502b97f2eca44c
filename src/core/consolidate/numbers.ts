/**
 * Numbers as units type them into a submission: real numbers, formula results, or text with
 * Vietnamese separators (`1.200` is one thousand two hundred, `15,5` fifteen and a half), and rates
 * as `85`, `0,85` under a percent format, `85%`, `85,5%`.
 */
import type { CellValue } from '../grid';
import { parseVietnameseNumber } from '../parse/number';
import { cleanChars, isBlank } from '../text/normalize';

export type ParsedNumber = { kind: 'blank' } | { kind: 'number'; value: number } | { kind: 'invalid'; text: string };

const BLANK: ParsedNumber = { kind: 'blank' };

/** Excel error values arrive as their `#…` text; an empty-string formula result is blank. */
function isErrorText(s: string): boolean {
  return /^#[A-Z0-9/]+[!?]?$/i.test(s) || /^#N\/A$/i.test(s);
}

/** The engine's reading of Vietnamese separators, so a plan and a submission agree on `1.200`. */
export function parseDecimalText(raw: string): number | null {
  return parseVietnameseNumber(raw);
}

function isPercentFormat(fmt: string | null): boolean {
  // A `%` inside quotes is a literal suffix, not scaling; strip quoted parts first.
  return (
    !!fmt &&
    fmt
      .replace(/"[^"]*"/g, '')
      .replace(/\\./g, '')
      .includes('%')
  );
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
  if (typeof v === 'number')
    return Number.isFinite(v) ? { kind: 'number', value: v } : { kind: 'invalid', text: String(v) };
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
