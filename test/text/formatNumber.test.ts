/** formatNumber keeps one Intl.NumberFormat per language and precision: the output must not change. */
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
});
