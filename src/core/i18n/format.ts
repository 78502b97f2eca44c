/**
 * Vietnamese formats where users read numbers and dates: `87,5%`, `1.200`, `31/12/2024`.
 * Intl is part of the language, not of Node or the DOM, so core may use it.
 */
import type { Lang } from './lang';

const locales: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

/**
 * One formatter per language and precision, made on first use: building an Intl.NumberFormat costs
 * far more than formatting with one (it was an eighth of a 1,000-submission consolidation).
 */
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * A number from 0 to 1,000 (a rate, most counts) as Intl writes it, without asking Intl: Intl
 * rounds the shortest decimal that reads back as the number (`1.005` → `1,01`, not the binary
 * value's `1,00`) half away from zero and drops trailing zeros; below 1,000 there is no group
 * separator in either language; a whole number is its digits. Null when the text would need a
 * separator, an exponent or a sign (Intl writes `-0`).
 */
function formatSmall(n: number, lang: Lang, maxFractionDigits: number): string | null {
  if (!(n >= 0 && n < 1000) || Object.is(n, -0)) return null;
  const s = String(n);
  if (s.includes('e')) return null;
  const dot = s.indexOf('.');
  if (dot === -1) return s;
  const whole = s.slice(0, dot);
  let frac = s.slice(dot + 1);
  let carry = false;
  if (frac.length > maxFractionDigits) {
    carry = frac.charCodeAt(maxFractionDigits) >= 53; // '5'
    frac = frac.slice(0, maxFractionDigits);
  }
  if (carry) {
    // Add one at the last kept digit: a whole number carried to 1,000 needs a separator.
    const digits = (whole + frac).split('').map(Number);
    let i = digits.length - 1;
    while (i >= 0 && digits[i] === 9) digits[i--] = 0;
    if (i < 0) return null;
    digits[i]++;
    const all = digits.join('');
    const w = all.slice(0, all.length - frac.length);
    if (w.length > 3) return null;
    return joinDecimal(w, all.slice(w.length), lang);
  }
  return joinDecimal(whole, frac, lang);
}

function joinDecimal(whole: string, frac: string, lang: Lang): string {
  let end = frac.length;
  while (end > 0 && frac.charCodeAt(end - 1) === 48) end--;
  return end === 0 ? whole : `${whole}${lang === 'vi' ? ',' : '.'}${frac.slice(0, end)}`;
}

export function formatNumber(n: number, lang: Lang, maxFractionDigits = 2): string {
  // Most counts and rates a report shows are under 1,000: no Intl for them.
  const small = formatSmall(n, lang, maxFractionDigits);
  if (small !== null) return small;
  const key = `${lang}:${maxFractionDigits}`;
  let f = formatters.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(locales[lang], { maximumFractionDigits: maxFractionDigits });
    formatters.set(key, f);
  }
  return f.format(n);
}

/** A percentage given on the 0–100 scale: 87.5 → `87,5%` (vi) / `87.5%` (en). */
export function formatPercent(n: number, lang: Lang, maxFractionDigits = 2): string {
  return `${formatNumber(n, lang, maxFractionDigits)}%`;
}

/** An ISO date `2024-12-31` → `31/12/2024` (both languages read day/month/year here). */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
