/**
 * Each pattern kind of a timeframe cell, with the exact milestones it means, and the order the
 * kinds are read in (an earlier kind blanks its text so a later one cannot read it twice).
 */
import { parseTimeframe } from '../../src/core/parse/timeframe';

type Span = [string | null, string];

function read(
  text: string,
  planYear: number | null = 2024,
): { kind: string; due: string | null; spans: Span[]; recurring: boolean } {
  const t = parseTimeframe(text, null, { planYear });
  return { kind: t.kind, due: t.due, spans: t.milestones.map((m): Span => [m.from, m.to]), recurring: t.recurring };
}

describe('a full date', () => {
  test.each<[string, string]>([
    ['ngày 15/3/2024', '2024-03-15'],
    ['đến ngày 15/3/2024', '2024-03-15'],
    ['hạn 15.3.2024', '2024-03-15'],
    ['chậm nhất 15-3-2024', '2024-03-15'],
    // Before a day means by the end of the day before.
    ['trước ngày 15/3/2024', '2024-03-14'],
    ['Trước 1/1/2025', '2024-12-31'],
  ])('%j → by %s', (text, to) => {
    expect(read(text)).toEqual({ kind: 'dated', due: to, spans: [[null, to]], recurring: false });
  });

  test('a day that does not exist cannot be read', () => {
    expect(read('ngày 31/02/2024')).toMatchObject({ kind: 'unparsed', due: null, spans: [] });
  });
});

describe('a half year', () => {
  test.each<[string, number | null, Span]>([
    ['6 tháng đầu năm', 2024, ['2024-01-01', '2024-06-30']],
    ['6 tháng cuối năm', 2024, ['2024-07-01', '2024-12-31']],
    ['sáu tháng đầu năm 2025', 2024, ['2025-01-01', '2025-06-30']],
    ['6 tháng cuối năm 2023', null, ['2023-07-01', '2023-12-31']],
  ])('%j (plan year %s)', (text, planYear, span) => {
    expect(read(text, planYear)).toEqual({ kind: 'dated', due: span[1], spans: [span], recurring: false });
  });

  test('with no year named and none known it cannot be read', () => {
    expect(read('6 tháng đầu năm', null)).toMatchObject({ kind: 'unparsed', spans: [] });
  });
});

describe('quarters', () => {
  test.each<[string, Span[]]>([
    ['Quý II/2024', [['2024-04-01', '2024-06-30']]],
    ['trước quý III/2024', [[null, '2024-06-30']]],
    ['đến quý III/2024', [[null, '2024-09-30']]],
    [
      'trong quý I, II',
      [
        ['2024-01-01', '2024-03-31'],
        ['2024-04-01', '2024-06-30'],
      ],
    ],
    [
      'Quý 2 và 3/2024',
      [
        ['2024-04-01', '2024-06-30'],
        ['2024-07-01', '2024-09-30'],
      ],
    ],
    [
      'Quý I - III năm 2025',
      [
        ['2025-01-01', '2025-03-31'],
        ['2025-04-01', '2025-06-30'],
        ['2025-07-01', '2025-09-30'],
      ],
    ],
    [
      'từ quý I đến quý III/2024',
      [
        ['2024-01-01', '2024-03-31'],
        [null, '2024-09-30'],
      ],
    ],
  ])('%j', (text, spans) => {
    expect(read(text)).toEqual({ kind: 'dated', due: spans[spans.length - 1][1], spans, recurring: false });
  });

  test.each<[string, number | null]>([
    ['Quý V/2024', 2024],
    ['Quý IV – I/2024', 2024],
    ['Quý II', null],
    ['quý', 2024],
  ])('%j (plan year %s) cannot be read', (text, planYear) => {
    expect(read(text, planYear)).toMatchObject({ kind: 'unparsed', due: null, spans: [] });
  });
});

describe('months', () => {
  test.each<[string, Span[]]>([
    ['Tháng 3/2024', [['2024-03-01', '2024-03-31']]],
    ['tháng XII/2024', [['2024-12-01', '2024-12-31']]],
    ['trước tháng 10/2024', [[null, '2024-09-30']]],
    ['đến tháng 10/2024', [[null, '2024-10-31']]],
    [
      'tháng 3, 6 & 9',
      [
        ['2024-03-01', '2024-03-31'],
        ['2024-06-01', '2024-06-30'],
        ['2024-09-01', '2024-09-30'],
      ],
    ],
    [
      'tháng 11 - 12 năm 2025',
      [
        ['2025-11-01', '2025-11-30'],
        ['2025-12-01', '2025-12-31'],
      ],
    ],
  ])('%j', (text, spans) => {
    expect(read(text)).toEqual({ kind: 'dated', due: spans[spans.length - 1][1], spans, recurring: false });
  });

  test.each<[string, number | null]>([
    ['Tháng 13/2024', 2024],
    ['Tháng 6', null],
    ['tháng', 2024],
  ])('%j (plan year %s) cannot be read', (text, planYear) => {
    expect(read(text, planYear)).toMatchObject({ kind: 'unparsed', due: null, spans: [] });
  });
});

describe('a year', () => {
  test.each<[string, Span]>([
    ['Năm 2025', ['2025-01-01', '2025-12-31']],
    ['đến năm 2025', ['2025-01-01', '2025-12-31']],
    ['trong năm 2025', ['2025-01-01', '2025-12-31']],
    ['trước năm 2025', [null, '2024-12-31']],
  ])('%j', (text, span) => {
    expect(read(text)).toEqual({ kind: 'dated', due: span[1], spans: [span], recurring: false });
  });
});

describe('recurring work', () => {
  test.each(['Thường xuyên', 'định kỳ hằng quý', 'Hằng năm'])('%j spans the plan year', (text) => {
    expect(read(text)).toEqual({
      kind: 'dated',
      due: '2024-12-31',
      spans: [['2024-01-01', '2024-12-31']],
      recurring: true,
    });
  });

  test('a named period wins over the plan year', () => {
    expect(read('Hằng tháng, quý IV/2024')).toEqual({
      kind: 'dated',
      due: '2024-12-31',
      spans: [['2024-10-01', '2024-12-31']],
      recurring: true,
    });
  });

  test('with no plan year known it has no date', () => {
    expect(read('Thường xuyên', null)).toEqual({ kind: 'unparsed', due: null, spans: [], recurring: true });
  });
});

describe('the kinds are read in order, each once', () => {
  test('a half year keeps its own year from the year rule', () => {
    expect(read('sáu tháng đầu năm 2025').spans).toEqual([['2025-01-01', '2025-06-30']]);
  });

  test('a quarter list keeps its `năm` year from the year rule', () => {
    expect(read('Quý I - III năm 2025').spans).toHaveLength(3);
  });

  test('dates, months and years together, sorted by when they end', () => {
    expect(read('Tháng 01/2024, ngày 15/12/2024, năm 2025')).toEqual({
      kind: 'dated',
      due: '2025-12-31',
      spans: [
        ['2024-01-01', '2024-01-31'],
        [null, '2024-12-15'],
        ['2025-01-01', '2025-12-31'],
      ],
      recurring: false,
    });
  });

  test('a half year and a quarter in one cell', () => {
    expect(read('6 tháng đầu năm; quý IV').spans).toEqual([
      ['2024-01-01', '2024-06-30'],
      ['2024-10-01', '2024-12-31'],
    ]);
  });
});
