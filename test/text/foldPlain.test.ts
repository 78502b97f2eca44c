/**
 * The fast path of foldKey gives exactly the key of the full pipeline, on every text it takes, and
 * declines (null) the texts only the full pipeline can fold.
 */
import fc from 'fast-check';
import { foldPlain } from '../../src/core/text/foldPlain';
import { foldFull } from '../../src/core/text/normalize';

const pieces = [
  'Cơ quan',
  'CHỦ TRÌ',
  'Đơn vị',
  'đ',
  'Đ',
  'hoá',
  'hóa',
  'Ư',
  'ơ',
  'Quý II/2024',
  '100%',
  'Thời gian',
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\t',
  '\u00a0',
  '\u00ad',
  '-',
  '/',
  '.',
  ',',
  '(',
  ')',
  ':',
  '1.1.',
  'ß',
  'Æ',
  'ǅ',
  'ĳ',
  'ŉ',
  'ſ',
  'ẞ',
  'Ỹ',
  'ỹ',
  'ǰ',
  'İ',
  'ı',
  '×',
  '÷',
  '²',
  'µ',
  // Texts only the full pipeline folds: decomposed marks, markup, entities, lookalikes, invisibles.
  'ho\u0301a',
  '<br>',
  '&amp;',
  '&',
  'о',
  'Р',
  '\u200b',
  '\ufeff',
  '😀',
  'Σ',
];
const vietnamese = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((a) => a.join(''));
const latin = fc.string({ unit: fc.integer({ min: 0, max: 0x2ff }).map((c) => String.fromCharCode(c)), maxLength: 40 });
const extended = fc.string({
  unit: fc.integer({ min: 0x1e00, max: 0x1eff }).map((c) => String.fromCharCode(c)),
  maxLength: 20,
});
const any = fc.oneof(
  vietnamese,
  latin,
  extended,
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

test('foldPlain equals the full pipeline wherever it answers', () => {
  fc.assert(
    fc.property(any, (s) => {
      const fast = foldPlain(s);
      if (fast !== null) expect(fast).toBe(foldFull(s));
    }),
    { numRuns: 5000 },
  );
});

test('every character of the plain ranges folds alike, alone and between words', () => {
  for (const [from, to] of [
    [0, 0x300],
    [0x1e00, 0x1f00],
  ]) {
    for (let c = from; c < to; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `A${ch}b`, `x ${ch} y`, `${ch}${ch}`]) {
        const fast = foldPlain(s);
        if (fast !== null) expect([c, fast]).toEqual([c, foldFull(s)]);
      }
    }
  }
});

test('plain Vietnamese takes the fast path; markup, decomposed marks and lookalikes do not', () => {
  expect(foldPlain('Cơ quan, đơn vị chủ trì')).toBe('co quan don vi chu tri');
  expect(foldPlain('  Thời gian thực hiện (Quý II/2024)  ')).toBe('thoi gian thuc hien quy ii 2024');
  expect(foldPlain('Tỷ lệ 100%')).toBe('ty le 100%');
  expect(foldPlain('')).toBe('');
  for (const s of ['ho\u0301a', 'a<br>b', 'Phòng Nội vụ &amp; Tư pháp', 'Phòng Tư pháp & Nội vụ', 'Рhòng', 'a\u200bb'])
    expect(foldPlain(s)).toBeNull();
});
