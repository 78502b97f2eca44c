import { countsMeet, rateMeets, toRational } from '../../src/core/consolidate/exact';

describe('exact comparison of rates with targets', () => {
  it('reads a threshold as the decimal it was written as', () => {
    expect(toRational(85.5)).toEqual({ n: 855n, d: 10n });
    expect(toRational(100)).toEqual({ n: 100n, d: 1n });
    expect(toRational(1e-7)).toEqual({ n: 1n, d: 10000000n });
    expect(toRational(1e21)).toEqual({ n: 10n ** 21n, d: 1n });
  });

  it('29/30 = 96,666…% is below 96,67 and above 96,66, whatever floats say', () => {
    expect(countsMeet(29, 30, 96.67, '>=')).toBe(false);
    expect(countsMeet(29, 30, 96.66, '>=')).toBe(true);
  });

  it('exactly on the threshold: met for ≥ and ≤, not for > and <', () => {
    // 100·17/20 = 85 exactly; 0.1+0.2-style float noise must not decide this.
    expect(countsMeet(17, 20, 85, '>=')).toBe(true);
    expect(countsMeet(17, 20, 85, '>')).toBe(false);
    expect(countsMeet(17, 20, 85, '<=')).toBe(true);
    expect(countsMeet(17, 20, 85, '<')).toBe(false);
    expect(countsMeet(171, 200, 85.5, '>=')).toBe(true);
    expect(countsMeet(170, 200, 85.5, '>=')).toBe(false);
  });

  it('a float product that lands just under the threshold still counts as on it', () => {
    // 100·7/100 in floats is 7.000000000000001 and 100*0.07 is 7.000000000000001; the integers are exact.
    expect(countsMeet(7, 100, 7, '<=')).toBe(true);
    expect(rateMeets(85.5, 85.5, '>=')).toBe(true);
    expect(rateMeets(2, 2, '<')).toBe(false);
  });
});
