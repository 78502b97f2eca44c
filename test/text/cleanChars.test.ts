/**
 * cleanChars skips ICU for text that is already clean Latin or Vietnamese: that must give exactly
 * what normalising and cleaning it would.
 */
import fc from 'fast-check';
import { cleanChars } from '../../src/core/text/normalize';

/** The pipeline as it is without the shortcut: NFC, invisible characters out, odd spaces to spaces. */
function reference(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g, '')
    .replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/\r\n?/g, '\n');
}

const latin = [...Array(0x300).keys(), ...Array.from({ length: 0x100 }, (_, i) => 0x1e00 + i)].map((c) =>
  String.fromCharCode(c),
);

test('every Latin and precomposed Vietnamese character, and every pair of them, is already NFC', () => {
  let changed = 0;
  for (const a of latin) for (const b of latin) if ((a + b).normalize('NFC') !== a + b) changed++;
  expect(changed).toBe(0);
});

test('cleanChars gives what the whole pipeline gives, decomposed and invisible characters too', () => {
  const pieces = [
    'Đơn vị',
    'hoá',
    'ho\u0301a',
    'a\u0300',
    '\u0300',
    '\r\n',
    '\r',
    '\u00a0',
    '\u00ad',
    '\u200b',
    '\u3000',
    'ạ',
    '\u0302',
    'x',
  ];
  const text = fc.oneof(
    fc.array(fc.constantFrom(...pieces, ...latin.slice(0, 40)), { maxLength: 10 }).map((a) => a.join('')),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
  );
  fc.assert(
    fc.property(text, (s) => expect(cleanChars(s)).toBe(reference(s))),
    { numRuns: 20_000, seed: 3 },
  );
});
