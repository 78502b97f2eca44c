/**
 * The shortcuts taken for the common cell (one line, starting with a letter or a digit) give what
 * the general path gives, for any text: blanks of every kind, invisible characters, bullets, HTML.
 * Each oracle is the function itself on an input that forces its general path, not a copy of it.
 */
import fc from 'fast-check';
import { isBlank, readableLines } from '../../src/core/text/normalize';
import { splitProducts } from '../../src/core/read/products';

const pieces = [
  'a',
  'Đ',
  '1',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\u00a0',
  '\u200b',
  '\u00ad',
  '- ',
  '• ',
  '<br>',
  '&amp;',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((xs) => xs.join(''));

test('isBlank: a text reads as it does behind a leading space (which sends it to the pattern)', () => {
  fc.assert(fc.property(fc.oneof(text, fc.string()), (s) => expect(isBlank(s)).toBe(isBlank(` ${s}`))));
  expect(isBlank('\u200b')).toBe(true);
  expect(isBlank(' \u00a0\u200b')).toBe(true);
  expect(isBlank('!')).toBe(false);
  expect(isBlank('\u200ba')).toBe(false);
});

test('readableLines: one line reads as the general path reads it (a line break after it makes it split)', () => {
  fc.assert(fc.property(text, (s) => expect(readableLines(s)).toBe(readableLines(`${s}\n`))));
  expect(readableLines('  Báo cáo   quý ')).toBe('Báo cáo quý');
});

test('splitProducts: one line, with or without a bullet; several lines', () => {
  expect(splitProducts('Báo cáo  kết quả')).toEqual(['Báo cáo kết quả']);
  expect(splitProducts('  ')).toEqual([]);
  expect(splitProducts(' - a - b')).toEqual(['a', 'b']);
  expect(splitProducts('- a\n  tiếp\n- b')).toEqual(['a tiếp', 'b']);
  expect(splitProducts('Quyết định\n\nBáo cáo')).toEqual(['Quyết định', 'Báo cáo']);
});
