/**
 * Exact comparison of a rate with its target. 100·29/30 is 96.666… and a float cannot hold it; an
 * auditor checking "≥ 96,67%" by hand must get the same answer as the tool, so `met` compares
 * integers: num·100·q against p·den, where the threshold is the decimal p/q as it was written.
 */
import type { Comparator } from '../schema';

export interface Rational {
  n: bigint;
  d: bigint;
}

/** A finite number as the decimal JS prints it (`85.5` → 855/10, `1e-7` → 1/10⁷). */
export function toRational(x: number): Rational {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  // Counts are whole numbers: no decimal to read (String(x) would give the same digits).
  if (Number.isSafeInteger(x)) return { n: BigInt(x), d: 1n };
  const [mantissa, expPart] = String(x).toLowerCase().split('e');
  const exp = expPart ? Number(expPart) : 0;
  const neg = mantissa.startsWith('-');
  const [intPart, frac = ''] = (neg ? mantissa.slice(1) : mantissa).split('.');
  let n = BigInt(intPart + frac) * (neg ? -1n : 1n);
  const scale = frac.length - exp;
  let d = 1n;
  if (scale > 0) d = 10n ** BigInt(scale);
  else if (scale < 0) n *= 10n ** BigInt(-scale);
  return { n, d };
}

/** Sign of a/b − c/d for positive b, d. */
function compareFractions(a: Rational, c: Rational): number {
  const l = a.n * c.d;
  const r = c.n * a.d;
  return l === r ? 0 : l > r ? 1 : -1;
}

export function satisfies(sign: number, comparator: Comparator): boolean {
  switch (comparator) {
    case '>=':
      return sign >= 0;
    case '>':
      return sign > 0;
    case '<':
      return sign < 0;
    case '<=':
      return sign <= 0;
  }
}

/** Is 100·num/den in the target's direction? num and den are whole numbers, den > 0. */
export function countsMeet(num: number, den: number, threshold: number, comparator: Comparator): boolean {
  const rate: Rational = { n: BigInt(num) * 100n, d: BigInt(den) };
  return satisfies(compareFractions(rate, toRational(threshold)), comparator);
}

/** Is a typed rate (0–100) in the target's direction? Compared as the decimals they are. */
export function rateMeets(rate: number, threshold: number, comparator: Comparator): boolean {
  return satisfies(compareFractions(toRational(rate), toRational(threshold)), comparator);
}
