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

export function formatNumber(n: number, lang: Lang, maxFractionDigits = 2): string {
  // A whole number under 1,000 (most counts a report shows) has no separator in either language.
  if (Number.isInteger(n) && n >= 0 && n < 1000 && !Object.is(n, -0)) return String(n);
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
