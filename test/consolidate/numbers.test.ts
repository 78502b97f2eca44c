import { parseCount, parseDecimalText, parseRate } from '../../src/core/consolidate';

describe('parseDecimalText: Vietnamese separators', () => {
  it.each([
    ['1.200', 1200],
    ['1.200.000', 1200000],
    ['15,5', 15.5],
    ['1.200,5', 1200.5],
    ['0,85', 0.85],
    ['85', 85],
    ['  42 ', 42],
    ['12.5', 12.5],
    ['1 200', 1200],
    ['1,200.5', 1200.5],
    ['-3', -3],
    ['\u00a0120\u00a0', 120],
  ])('%s → %d', (text, value) => expect(parseDecimalText(text)).toBe(value));

  it.each(['', 'abc', '12a', '1..2', '1,2,3', '--1', '85%'])('%s is not a number', (text) =>
    expect(parseDecimalText(text)).toBeNull(),
  );
});

describe('parseCount', () => {
  it('reads numbers, text and blanks', () => {
    expect(parseCount(30)).toEqual({ kind: 'number', value: 30 });
    expect(parseCount('1.200')).toEqual({ kind: 'number', value: 1200 });
    expect(parseCount(null)).toEqual({ kind: 'blank' });
    expect(parseCount('  ')).toEqual({ kind: 'blank' });
  });
  it('marks unreadable cells and error values invalid', () => {
    expect(parseCount('ba mươi')).toEqual({ kind: 'invalid', text: 'ba mươi' });
    expect(parseCount('#VALUE!')).toEqual({ kind: 'invalid', text: '#VALUE!' });
    expect(parseCount(true)).toEqual({ kind: 'invalid', text: 'true' });
  });
});

describe('parseRate: every form a unit types', () => {
  it.each<[string | number, string | null, number]>([
    [85, null, 85],
    [85, 'General', 85],
    [0.85, '0%', 85],
    [0.855, '0.0%', 85.5],
    [0.875, '0.00%', 87.5],
    ['85%', null, 85],
    ['85,5%', null, 85.5],
    ['85,5 %', null, 85.5],
    ['85', null, 85],
    ['0,85', null, 0.85],
    [96.66666666666667, '0.0#', 96.66666666666667],
  ])('%p under %p → %d', (v, fmt, expected) => expect(parseRate(v, fmt)).toEqual({ kind: 'number', value: expected }));

  it('a quoted % in a format is a literal suffix, not scaling', () => {
    expect(parseRate(85, '0"%"')).toEqual({ kind: 'number', value: 85 });
  });
  it('an empty formula result is blank', () => {
    expect(parseRate('', '0.0#')).toEqual({ kind: 'blank' });
  });
  it('unreadable text and error values are invalid', () => {
    expect(parseRate('cao', null).kind).toBe('invalid');
    expect(parseRate('#DIV/0!', null).kind).toBe('invalid');
  });
});
