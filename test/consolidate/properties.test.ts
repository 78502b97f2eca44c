/**
 * Properties an auditor relies on, over random submissions: the consolidated figures are the sums
 * of the included units' counts, the rate is 100·Σnum/Σden, `met` agrees with an exact integer
 * comparison, and neither the order of the submissions nor adding not-applicable units changes them.
 */
import fc from 'fast-check';
import { consolidate, readSubmissions } from '../../src/core/consolidate';
import type { Comparator } from '../../src/core/schema';
import { makePlan } from './helpers/plan';
import { submissionGrid, type IndRow } from './helpers/sheets';

const unitCounts = fc.array(
  fc.integer({ min: 0, max: 5000 }).chain((den) => fc.tuple(fc.integer({ min: 0, max: den }), fc.constant(den))),
  { minLength: 1, maxLength: 12 },
);
const thresholds = fc.tuple(
  fc.integer({ min: 0, max: 1000 }).map((t) => t / 10),
  fc.constantFrom<Comparator>('>=', '>', '<', '<='),
);

function exactMet(num: number, den: number, t: number, c: Comparator): boolean {
  // t has at most one decimal: compare 1000·num with 10·t·den in integers.
  const l = BigInt(num) * 1000n;
  const r = BigInt(Math.round(t * 10)) * BigInt(den);
  return c === '>=' ? l >= r : c === '>' ? l > r : c === '<' ? l < r : l <= r;
}

it('aggregates are sums of the included counts, and met is exact', () => {
  fc.assert(
    fc.property(unitCounts, thresholds, (counts, [t, c]) => {
      const plan = makePlan([{ id: '1', threshold: t, comparator: c }]);
      const grids = counts.map(([n, d], i) => submissionGrid(`Đơn vị ${i + 1}`, [['1', null, n, d] as IndRow]));
      const r = consolidate(plan, readSubmissions(grids), { asOf: '2024-12-31' }).indicators[0];
      const included = counts.filter(([, d]) => d > 0);
      const num = included.reduce((s, [n]) => s + n, 0);
      const den = included.reduce((s, [, d]) => s + d, 0);
      expect([r.numerator, r.denominator, r.units.length]).toEqual([num, den, included.length]);
      if (den === 0) expect([r.rate, r.met]).toEqual([null, null]);
      else {
        expect(r.rate).toBe((100 * num) / den);
        expect(r.met).toBe(exactMet(num, den, t, c));
      }
    }),
    { numRuns: 300 },
  );
});

it('order of submissions and extra not-applicable units change nothing', () => {
  fc.assert(
    fc.property(unitCounts, fc.integer({ min: 0, max: 5 }), (counts, extra) => {
      const plan = makePlan([{ id: '1', threshold: 80 }]);
      const grids = counts.map(([n, d], i) => submissionGrid(`Đơn vị ${i + 1}`, [['1', null, n, d] as IndRow]));
      const na = Array.from({ length: extra }, (_, i) => submissionGrid(`KPS ${i + 1}`, [['1', null, 0, 0] as IndRow]));
      const a = consolidate(plan, readSubmissions(grids), { asOf: '2024-12-31' }).indicators[0];
      const b = consolidate(plan, readSubmissions([...na, ...grids].reverse()), { asOf: '2024-12-31' }).indicators[0];
      expect([b.numerator, b.denominator, b.rate, b.met]).toEqual([a.numerator, a.denominator, a.rate, a.met]);
    }),
    { numRuns: 100 },
  );
});
