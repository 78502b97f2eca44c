/**
 * Each consolidation rule, once firing and once quiet. Findings are pinned as flat
 * [code, severity, unit, indicator, cell] lists, as frictionless pins a report.
 */
import { consolidate, readSubmissions, type ConsolidationResult } from '../../src/core/consolidate';
import type { Grid } from '../../src/core/grid';
import { makePlan } from './helpers/plan';
import { submissionGrid, type IndRow } from './helpers/sheets';

const plan = makePlan([
  { id: '1', threshold: 80 },
  { id: '2a', threshold: 50, comparator: '>', stt: 2 },
  { id: '2b', threshold: 5, comparator: '<', stt: 2 },
]);

function run(grids: Grid[], units?: string[]): ConsolidationResult {
  return consolidate(plan, readSubmissions(grids, 'f.xlsx'), { asOf: '2024-12-31', units });
}
const flat = (r: ConsolidationResult) =>
  r.findings.map((f) => [f.code, f.severity, f.params.unit ?? null, f.params.indicator ?? null, f.cell]);
const codes = (r: ConsolidationResult) => r.findings.map((f) => f.code);
const ind = (r: ConsolidationResult, id: string) => r.indicators.find((i) => i.id === id)!;
const one = (unit: string, rows: IndRow[]) => submissionGrid(unit, rows);

describe('weighted aggregate', () => {
  it('is 100·ΣSố đạt/ΣTổng số, never the mean of unit rates', () => {
    // Unit rates 100% and 50%: mean 75%, weighted (10+50)/(10+100) = 54,54…%.
    const r = run([one('A', [['1', 80, 10, 10]]), one('B', [['1', 80, 50, 100]])]);
    const i = ind(r, '1');
    expect([i.numerator, i.denominator, i.rate, i.met, i.units]).toEqual([
      60,
      110,
      (100 * 60) / 110,
      false,
      ['A', 'B'],
    ]);
    expect(i.perUnit.map((p) => [p.unit, p.rate, p.met, p.included, p.state])).toEqual([
      ['A', 100, true, true, 'included'],
      ['B', 50, false, true, 'included'],
    ]);
    expect(r.findings).toEqual([]);
  });

  it('met compares the unrounded rate in the target direction; null when no unit is included', () => {
    const r = run([
      one('A', [
        ['2a', 50, 1, 2],
        ['2b', 5, 1, 20],
      ]),
    ]);
    expect(ind(r, '2a')).toMatchObject({ rate: 50, met: false }); // > 50 strictly
    expect(ind(r, '2b')).toMatchObject({ rate: 5, met: false }); // < 5 strictly
    expect(ind(r, '1')).toMatchObject({ rate: null, met: null, numerator: 0, denominator: 0, units: [] });
    expect(ind(r, '1').perUnit[0].state).toBe('absent');
  });
});

describe('not applicable: denominator 0 or blank', () => {
  it('fires: left out, marked, no finding', () => {
    const r = run([one('A', [['1', 80, 0, 0]]), one('B', [['1', 80, null, null]]), one('C', [['1', 80, 9, 10]])]);
    const i = ind(r, '1');
    expect(i.perUnit.map((p) => [p.unit, p.state, p.included, p.met])).toEqual([
      ['A', 'not-applicable', false, null],
      ['B', 'not-applicable', false, null],
      ['C', 'included', true, true],
    ]);
    expect([i.numerator, i.denominator, i.rate]).toEqual([9, 10, 90]);
    expect(r.findings).toEqual([]);
  });
  it('quiet: a denominator above 0 is counted, a numerator of 0 is 0 %', () => {
    const r = run([one('A', [['1', 80, 0, 10]])]);
    expect(ind(r, '1')).toMatchObject({ rate: 0, met: false, units: ['A'] });
  });
});

describe('numerator-exceeds-denominator', () => {
  it('fires and leaves the unit out', () => {
    const r = run([one('A', [['1', 80, 11, 10]]), one('B', [['1', 80, 3, 0]]), one('C', [['1', 80, 8, 10]])]);
    expect(flat(r)).toEqual([
      ['numerator-exceeds-denominator', 'error', 'A', '1', 'D6'],
      ['numerator-exceeds-denominator', 'error', 'B', '1', 'D6'],
    ]);
    expect(ind(r, '1')).toMatchObject({ numerator: 8, denominator: 10, units: ['C'] });
    expect(ind(r, '1').perUnit[0]).toMatchObject({ state: 'invalid', included: false, met: null });
  });
  it('quiet when equal', () => {
    expect(codes(run([one('A', [['1', 80, 10, 10]])]))).toEqual([]);
  });
});

describe('invalid-number', () => {
  it('fires on negative, unreadable, fractional counts and a blank Số đạt beside a Tổng số', () => {
    const r = run([
      one('A', [['1', 80, -1, 10]]),
      one('B', [['1', 80, 'mười', 10]]),
      one('C', [['1', 80, '2,5', 10]]),
      one('D', [['1', 80, null, 10]]),
      one('E', [['1', 80, 1, 2]]),
    ]);
    expect(flat(r)).toEqual([
      ['invalid-number', 'error', 'A', '1', 'D6'],
      ['invalid-number', 'error', 'B', '1', 'D6'],
      ['invalid-number', 'error', 'C', '1', 'D6'],
      ['invalid-number', 'error', 'D', '1', 'D6'],
    ]);
    expect(r.findings.map((f) => f.params.reason)).toEqual(['negative', 'unreadable', 'not-whole', 'blank']);
    expect(ind(r, '1')).toMatchObject({ numerator: 1, denominator: 2, units: ['E'] });
  });
  it('fires on a rate above 100 or below 0; the counts still win when they are sound', () => {
    const r = run([one('A', [['1', 80, 9, 10, 150]]), one('B', [['1', 80, null, null, -5]])]);
    expect(flat(r)).toEqual([
      ['invalid-number', 'error', 'A', '1', 'F6'],
      ['invalid-number', 'error', 'B', '1', 'F6'],
    ]);
    expect(ind(r, '1').perUnit.map((p) => p.state)).toEqual(['included', 'invalid']);
  });
  it('quiet on counts typed as text with Vietnamese separators', () => {
    const r = run([one('A', [['1', 80, '1.200', '1.500']])]);
    expect(r.findings).toEqual([]);
    expect(ind(r, '1')).toMatchObject({ numerator: 1200, denominator: 1500, rate: 80, met: true });
  });
});

describe('duplicate-submission', () => {
  it('fires on every copy, and no copy is summed', () => {
    const r = run([
      one('UBND Phường 1', [['1', 80, 1, 1]]),
      one('Ủy ban nhân dân phường 01', [['1', 80, 2, 2]]),
      one('B', [['1', 80, 3, 4]]),
    ]);
    expect(flat(r)).toEqual([
      ['duplicate-submission', 'error', 'UBND Phường 1', null, 'A2'],
      ['duplicate-submission', 'error', 'Ủy ban nhân dân phường 01', null, 'A2'],
    ]);
    expect(ind(r, '1')).toMatchObject({ numerator: 3, denominator: 4, units: ['B'] });
    expect(ind(r, '1').perUnit.map((p) => p.state)).toEqual(['duplicate', 'duplicate', 'included']);
  });
  it('quiet for distinct units', () => {
    expect(codes(run([one('UBND Phường 1', [['1', 80, 1, 1]]), one('UBND Phường 2', [['1', 80, 1, 1]])]))).toEqual([]);
  });
});

describe('rate-without-counts', () => {
  it('fires: the unit’s met comes from its rate, the aggregate leaves it out', () => {
    const r = run([one('A', [['1', 80, null, null, '85,5%']]), one('B', [['1', 80, 1, 4]])]);
    expect(flat(r)).toEqual([['rate-without-counts', 'info', 'A', '1', 'F6']]);
    expect(ind(r, '1').perUnit[0]).toMatchObject({ state: 'rate-only', rate: 85.5, met: true, included: false });
    expect(ind(r, '1')).toMatchObject({ numerator: 1, denominator: 4, rate: 25, units: ['B'] });
  });
  it('quiet when the counts are there', () => {
    expect(codes(run([one('A', [['1', 80, 17, 20, 85]])]))).toEqual([]);
  });
});

describe('rate-mismatch', () => {
  it('fires beyond half a percentage point; the counts win', () => {
    const r = run([one('A', [['1', 80, 17, 20, 84.4]])]);
    expect(flat(r)).toEqual([['rate-mismatch', 'warning', 'A', '1', 'F6']]);
    expect(ind(r, '1')).toMatchObject({ rate: 85, met: true });
  });
  it('quiet within half a point, and for a rate written as a percent-formatted fraction', () => {
    const r = run([one('A', [['1', 80, 17, 20, 84.5]]), one('B', [['1', 80, 2, 3, 66.67]])]);
    expect(r.findings).toEqual([]);
    const g = one('C', [['1', 80, 7, 8, 0.875]]);
    g.numberFormats = g.values.map((row) => row.map((_, c) => (c === 5 ? '0.0%' : null)));
    expect(run([g]).findings).toEqual([]);
  });
});

describe('target-changed', () => {
  it('fires when the copied target differs, in value or direction; the plan’s target is used', () => {
    const r = run([one('A', [['1', 70, 75, 100]]), one('B', [['2b', '≤ 5%', 1, 100]])]);
    expect(flat(r)).toEqual([
      ['target-changed', 'error', 'A', '1', 'C6'],
      ['target-changed', 'error', 'B', '2b', 'C6'],
    ]);
    expect(ind(r, '1')).toMatchObject({ target: 80, met: false, units: ['A'] });
  });
  it('quiet for the same target however written, or left blank', () => {
    const g = one('C', [['1', 0.8, 1, 1]]);
    g.numberFormats = g.values.map((row) => row.map((_, c) => (c === 2 ? '0%' : null)));
    const r = run([
      one('A', [
        ['1', '80%', 1, 1],
        ['2a', '> 50', 1, 1],
        ['2b', '5,0', 0, 1],
      ]),
      one('B', [['1', null, 1, 1]]),
      g,
    ]);
    expect(r.findings).toEqual([]);
  });
});

describe('unknown-indicator', () => {
  it('fires for an id the plan lacks, and the row is ignored', () => {
    expect(
      flat(
        run([
          one('A', [
            ['9', 80, 1, 1],
            ['1', 80, 1, 1],
          ]),
        ]),
      ),
    ).toEqual([['unknown-indicator', 'warning', 'A', '9', null]]);
  });
  it('quiet for ids retyped with another case or spacing', () => {
    const r = run([
      one('A', [
        ['2A', 50, 3, 4],
        [' 2 b ', 5, 0, 4],
      ]),
    ]);
    expect(r.findings).toEqual([]);
    expect(ind(r, '2a').units).toEqual(['A']);
  });
});

describe('missing-submission and unknown-unit', () => {
  it('fire against the list of expected units', () => {
    const r = run(
      [one('UBND Phường 1', [['1', 80, 1, 1]]), one('Phòng Y tế', [['1', 80, 1, 1]])],
      ['UBND phường 01', 'UBND Phường 2', ''],
    );
    expect(flat(r)).toEqual([
      ['missing-submission', 'warning', 'UBND Phường 2', null, null],
      ['unknown-unit', 'warning', 'Phòng Y tế', null, 'A2'],
    ]);
  });
  it('quiet when every unit on the list reported, names matched like agency names', () => {
    const r = run(
      [one('Phòng TC-KT', [['1', 80, 1, 1]]), one('Phòng VH&TT', [['1', 80, 1, 1]])],
      ['Phòng Tài chính - Kế hoạch', 'Phòng Văn hoá và Thông tin'],
    );
    expect(r.findings).toEqual([]);
  });
  it('quiet without a list', () => {
    expect(run([one('Bất kỳ', [['1', 80, 1, 1]])]).findings).toEqual([]);
  });
});

describe('mixed-periods', () => {
  it('fires for a submission of another period than most', () => {
    const r = run([
      submissionGrid('A', [['1', 80, 1, 1]]),
      submissionGrid('B', [['1', 80, 1, 1]]),
      submissionGrid('C', [['1', 80, 1, 1]], null, 'C', 'Quý III/2024'),
    ]);
    expect(flat(r)).toEqual([['mixed-periods', 'warning', 'C', null, null]]);
  });
  it('quiet when the periods agree', () => {
    expect(
      run([submissionGrid('A', [['1', 80, 1, 1]]), submissionGrid('B', [['1', 80, 1, 1]], null, 'B', 'năm 2024')])
        .findings,
    ).toEqual([]);
  });
});

it('rejects an as-of date that is not ISO', () => {
  expect(() => consolidate(plan, [], { asOf: '31/12/2024' })).toThrow(/ISO/);
});

describe('duplicate-row', () => {
  it('fires when one sheet gives an indicator twice: neither row is used, nor summed', () => {
    const r = run([
      one('A', [
        ['1', 80, 5, 10],
        ['1', 80, 5, 10],
        ['2a', 50, 3, 4],
      ]),
      one('B', [['1', 80, 8, 10]]),
    ]);
    expect(flat(r)).toEqual([['duplicate-row', 'error', 'A', '1', null]]);
    expect(r.findings[0].row).toBe(7);
    expect(ind(r, '1')).toMatchObject({ numerator: 8, denominator: 10, units: ['B'] });
    expect(ind(r, '1').perUnit[0]).toMatchObject({ state: 'invalid', included: false, met: null });
    expect(ind(r, '2a').units).toEqual(['A']);
  });
  it('quiet when each id has one row', () => {
    expect(
      codes(
        run([
          one('A', [
            ['1', 80, 5, 10],
            ['2a', 50, 3, 4],
          ]),
        ]),
      ),
    ).toEqual([]);
  });
});
