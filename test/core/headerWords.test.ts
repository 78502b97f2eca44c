/**
 * headerWords finds the vocabulary's patterns by the first word of each: it must find exactly what
 * searching for every pattern in the whole key finds (the plain definition, written out below).
 */
import fc from 'fast-check';
import { headerWords, type WordMatch } from '../../src/core/locate/headerWords';
import { PLAN_VOCABULARY } from '../../src/core/locate/vocabulary';
import { foldKey } from '../../src/core/text/normalize';

/** Every pattern searched for in the key, as whole words; the longest (an exact one first) per entry. */
function plainMatches(key: string): WordMatch[] {
  if (!key) return [];
  const padded = ` ${key} `;
  const out: WordMatch[] = [];
  for (const entry of PLAN_VOCABULARY) {
    let best = -1;
    for (const p of entry.patterns) {
      if (!padded.includes(` ${p} `)) continue;
      const s = p.length * 2 + (key === p ? 1 : 0);
      if (s > best) best = s;
    }
    if (best < 0 || (entry.under && best % 2 === 0)) continue;
    if (entry.weak) best -= entry.role === 'text' ? 4 : 6;
    out.push({ role: entry.role, score: best, ...(entry.under ? { under: entry.under } : {}) });
  }
  return out;
}

const words = [...new Set(PLAN_VOCABULARY.flatMap((e) => e.patterns.flatMap((p) => p.split(' '))))];
const cased = [
  'Cơ quan',
  'chủ trì',
  'Đơn vị',
  'PHỐI HỢP',
  'Thời gian',
  'thực hiện',
  'Kinh phí',
  '(triệu đồng)',
  'Ghi chú',
  '/',
  ',',
  '-',
  ' ',
];
const headerText = fc
  .array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...cased), fc.string({ maxLength: 4 })), {
    minLength: 1,
    maxLength: 8,
  })
  .map((a) => a.join(' '));

test('finds what searching for every pattern finds', () => {
  fc.assert(
    fc.property(headerText, (text) => {
      const w = headerWords(text);
      if (text.length > 90) return;
      expect(w.matches).toEqual(plainMatches(foldKey(text)));
    }),
    { numRuns: 3000 },
  );
});

test('every pattern alone, and inside a longer header', () => {
  for (const entry of PLAN_VOCABULARY) {
    for (const p of entry.patterns) {
      for (const text of [p, `cột ${p}`, `${p} (ghi rõ)`, `Tổng hợp ${p} năm 2024`])
        expect(headerWords(text).matches).toEqual(plainMatches(foldKey(text)));
    }
  }
});
