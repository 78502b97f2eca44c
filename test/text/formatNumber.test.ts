/** formatNumber keeps one Intl.NumberFormat per language and precision: the output must not change. */
import fc from 'fast-check';
import { formatNumber, formatPercent } from '../../src/core/i18n/format';

describe('formatNumber', () => {
  it('formats as a fresh Intl.NumberFormat would, whatever the order of languages and precisions', () => {
    const cases: [number, 'vi' | 'en', number][] = [];
    for (const n of [0, 1200, 87.5, 1234567.891, -3.14159, 0.005])
      for (const lang of ['vi', 'en'] as const) for (const d of [0, 1, 2, 3]) cases.push([n, lang, d]);
    // Twice, in reverse the second time, so a formatter cached under the wrong key would show.
    for (const [n, lang, d] of [...cases, ...cases.reverse()]) {
      expect(formatNumber(n, lang, d)).toBe(
        new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: d }).format(n),
      );
    }
  });

  it('a whole number under 1,000, -0 and the edges around them as Intl gives them', () => {
    const ns = [...Array.from({ length: 1100 }, (_, i) => i), -0, -1, 999.5, 1e-7, Number.NaN, Infinity];
    for (const n of ns)
      for (const lang of ['vi', 'en'] as const)
        for (const d of [0, 2]) {
          expect(formatNumber(n, lang, d)).toBe(
            new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: d }).format(n),
          );
        }
  });

  it('gives Vietnamese formats', () => {
    expect(formatNumber(1200, 'vi')).toBe('1.200');
    expect(formatPercent(87.5, 'vi')).toBe('87,5%');
    expect(formatPercent(87.5, 'en')).toBe('87.5%');
    expect(formatNumber(87.456, 'vi', 1)).toBe('87,5');
  });

  it('a number from 0 to 1,000 written without Intl is what Intl writes, halves and carries too', () => {
    const intl = (n: number, lang: 'vi' | 'en', d: number) =>
      new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: d }).format(n);
    const edges = [
      1.005, 2.675, 0.125, 0.5, 9.995, 99.995, 999.995, 999.5, 999.994, 0.045, 1e-7, 5e-7, 1e-6, 0.0001, 87.5,
    ];
    for (const n of edges)
      for (const lang of ['vi', 'en'] as const)
        for (const d of [0, 1, 2, 3])
          expect([n, lang, d, formatNumber(n, lang, d)]).toEqual([n, lang, d, intl(n, lang, d)]);
    const number = fc.oneof(
      fc.double({ min: 0, max: 1000, noNaN: true }),
      fc.integer({ min: 0, max: 100_000 }).map((k) => k / 1000 + 0.0005),
      fc.integer({ min: 0, max: 100_000 }).map((k) => k / 100),
    );
    fc.assert(
      fc.property(number, fc.constantFrom('vi' as const, 'en' as const), fc.integer({ min: 0, max: 4 }), (n, lang, d) =>
        expect(formatNumber(n, lang, d)).toBe(intl(n, lang, d)),
      ),
      { numRuns: 20_000, seed: 5 },
    );
  });
});
