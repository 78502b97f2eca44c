/**
 * Property-based tests of every parser: on any string they never throw, their output satisfies its
 * zod schema, and normalisation is idempotent.
 */
import fc from 'fast-check';
import { z } from 'zod';
import { findPercentages, indicatorsOf } from '../../src/core/parse/percentages';
import { parseTimeframe } from '../../src/core/parse/timeframe';
import { parseBudget } from '../../src/core/parse/budget';
import { parseVietnameseNumber } from '../../src/core/parse/number';
import { citedReference, titleYear } from '../../src/core/parse/planTitle';
import { agencyKey } from '../../src/core/text/agency';
import { foldKey, readable } from '../../src/core/text/normalize';
import { budgetSchema, indicatorSchema, timeframeSchema } from '../../src/core/schema';
import { findHeaderBands } from '../../src/core/locate/headerBands';
import { SheetView } from '../../src/core/locate/sheetView';
import { readPlan } from '../../src/core/readPlan';

// Strings that look like plan text: Vietnamese words, numerals, separators, HTML, odd spaces.
const pieces = [
  'Quý',
  'quý',
  'II',
  'IV',
  'V',
  'Tháng',
  'năm',
  'Năm',
  '2024',
  '2023',
  '/',
  '-',
  ',',
  '.',
  ' ',
  '\n',
  '%',
  'tối thiểu',
  'trên',
  'dưới',
  'không quá',
  'trở lên',
  'Trước ngày',
  'đến',
  '5/12/2024',
  '31/02/2024',
  '(khi có hướng dẫn)',
  'Sau khi',
  'Thường xuyên',
  '<i>',
  '</ul>',
  '&amp;',
  '&amp;lt;',
  '<b',
  '\u00a0',
  '\u200b',
  '\u202e',
  'о',
  'hoá',
  'ho\u0301a',
  '1.200',
  '15,5',
  '99999999999999999999',
  '-0',
  'NaN',
  'Infinity',
];
const planish = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((a) => a.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 40 }), planish);
const cell = fc.oneof(anyText, fc.double(), fc.integer(), fc.boolean(), fc.constant(null));
const runs = { numRuns: 400 };

test('percentages: never throw; indicators satisfy their schema', () => {
  fc.assert(
    fc.property(anyText, fc.option(fc.integer({ min: 0, max: 999 })), (s, stt) => {
      findPercentages(s);
      z.array(indicatorSchema).parse(indicatorsOf(stt ?? null, s));
    }),
    runs,
  );
});

test('timeframes: never throw; the result satisfies its schema; due is the last milestone', () => {
  fc.assert(
    fc.property(
      cell,
      fc.option(fc.constantFrom('General', 'dd/mm/yyyy', '0.00')),
      fc.option(fc.integer({ min: 1990, max: 2100 })),
      (v, fmt, year) => {
        const t = timeframeSchema.parse(parseTimeframe(v, fmt ?? null, { planYear: year ?? null }));
        if (t.due !== null) expect(t.milestones.map((m) => m.to)).toContain(t.due);
      },
    ),
    runs,
  );
});

test('budgets and numbers: never throw; budgets satisfy their schema', () => {
  fc.assert(
    fc.property(cell, (v) => {
      budgetSchema.parse(parseBudget(v));
      if (typeof v === 'string') {
        const n = parseVietnameseNumber(v);
        if (n !== null) expect(Number.isFinite(n)).toBe(true);
      }
    }),
    runs,
  );
});

test('titles and agency names: never throw', () => {
  fc.assert(
    fc.property(anyText, (s) => {
      titleYear(s);
      citedReference(s);
      expect(typeof agencyKey(s)).toBe('string');
    }),
    runs,
  );
});

test('normalisation is idempotent', () => {
  fc.assert(
    fc.property(anyText, (s) => {
      // readable() decodes HTML entities once, by design (`&amp;lt;` is the text `&lt;`), so it is not applied twice here.
      expect(typeof readable(s)).toBe('string');
      const k = foldKey(s);
      expect(foldKey(k)).toBe(k);
      expect(agencyKey(agencyKey(s))).toBe(agencyKey(s));
    }),
    runs,
  );
});

test('header matching and the whole engine never throw on arbitrary small grids', () => {
  const grid = fc.array(fc.array(cell, { minLength: 0, maxLength: 6 }), { minLength: 0, maxLength: 8 });
  fc.assert(
    fc.property(grid, (values) => {
      const g = { sheet: 'S', origin: { row: 1, col: 1 }, values, merges: [] };
      findHeaderBands(new SheetView(g));
      const r = readPlan([g]);
      expect(r.summary.targets + r.summary.tasks).toBeGreaterThanOrEqual(0);
    }),
    { numRuns: 200 },
  );
});
