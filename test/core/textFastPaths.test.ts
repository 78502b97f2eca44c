/**
 * The shortcuts taken for the common cell (one line, starting with a letter or a digit) give what
 * the general path gives, for any text: blanks of every kind, invisible characters, bullets, HTML.
 */
import fc from 'fast-check';
import { foldSpaces, isBlank, readableLines } from '../../src/core/text/normalize';
import { splitProducts } from '../../src/core/read/products';

const ONLY_BLANKS = /^[\s\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u202A-\u202E\u2066-\u2069]*$/;
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
  'x',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((xs) => xs.join(''));

/** readableLines through its general path: a line break after the text makes it split. */
function linesByGeneralPath(v: string): string {
  return readableLines(`${v}\n`);
}

test('isBlank agrees with the blank pattern on any text', () => {
  fc.assert(fc.property(fc.oneof(text, fc.string()), (s) => expect(isBlank(s)).toBe(ONLY_BLANKS.test(s))));
  expect(isBlank('\u200b')).toBe(true);
  expect(isBlank('!')).toBe(false);
});

test('readableLines: one line reads as the general path reads it', () => {
  fc.assert(fc.property(text, (s) => expect(readableLines(s)).toBe(linesByGeneralPath(s))));
  expect(readableLines('  Báo cáo   quý ')).toBe('Báo cáo quý');
});

/** splitProducts as written before its one-line shortcut. */
function productsBefore(lines: string): string[] {
  const BULLET = /^\s*[-–•+*]\s+/;
  const text = lines.trim();
  if (!text) return [];
  const rows = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (rows.length === 1 && BULLET.test(rows[0]))
    return rows[0]
      .split(/(?:^|\s)[-–•]\s+/)
      .map((x) => foldSpaces(x))
      .filter(Boolean);
  if (!rows.some((r) => BULLET.test(r))) return rows.map((r) => foldSpaces(r));
  const items: string[] = [];
  for (const r of rows) {
    if (BULLET.test(r) || items.length === 0) items.push(foldSpaces(r.replace(BULLET, '')));
    else items[items.length - 1] = `${items[items.length - 1]} ${foldSpaces(r)}`;
  }
  return items.filter(Boolean);
}

test('splitProducts gives what it gave before its one-line shortcut', () => {
  fc.assert(fc.property(text, (s) => expect(splitProducts(s)).toEqual(productsBefore(s))));
  expect(splitProducts('Báo cáo  kết quả')).toEqual(['Báo cáo kết quả']);
  expect(splitProducts(' - a - b')).toEqual(['a', 'b']);
});
