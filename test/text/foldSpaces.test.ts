/**
 * foldSpaces' quick test (isFolded) says "nothing to fold" exactly when JavaScript's own `\s` finds
 * nothing to fold: no two blanks in a row, no blank but a plain space, no space at either end.
 */
import fc from 'fast-check';
import { foldSpaces, isFolded } from '../../src/core/text/normalize';

/** The rule as a regular expression states it: the reference isFolded is held to. */
const UNFOLDED = /\s\s|[^\S ]|^ | $/;

// Every character `\s` matches, and some that look blank but are not (zero-width space, soft hyphen).
const blanks = [...Array(0x3001).keys(), 0xfeff, 0x200b, 0x00ad, 0x180e]
  .map((c) => String.fromCharCode(c))
  .filter((ch) => /\s/.test(ch) || ['\u200b', '\u00ad', '\u180e'].includes(ch));
const pieces = [...blanks, 'a', 'Đơn vị', 'x y', ' '];
const text = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((a) => a.join('')),
  fc.string({ maxLength: 20 }),
);

test('isFolded agrees with the regular expression on every blank JavaScript knows', () => {
  for (const b of blanks) {
    for (const t of [b, `a${b}`, `${b}a`, `a${b}b`, `a ${b}b`])
      expect([t, isFolded(t)]).toEqual([t, !UNFOLDED.test(t)]);
  }
  fc.assert(
    fc.property(text, (t) => expect(isFolded(t)).toBe(!UNFOLDED.test(t))),
    { numRuns: 20_000, seed: 11 },
  );
});

test('foldSpaces folds each run of blanks to one space and trims', () => {
  expect(foldSpaces('  Phòng\u00a0 Nội\n\tvụ ')).toBe('Phòng Nội vụ');
  expect(foldSpaces('Phòng Nội vụ')).toBe('Phòng Nội vụ');
  expect(foldSpaces('')).toBe('');
});
