/**
 * The rules on one unit's row for one indicator: which numbers can be trusted, whether the row
 * goes into the weighted aggregate, and the unit's own rate and `met`. Every exclusion leaves a
 * finding or a state, never a silent zero.
 */
import { makeFinding, type Finding, type FindingParams, type ParamsArg } from '../findings/finding';
import type { Comparator } from '../schema';
import { cleanChars, isBlank, readable } from '../text/normalize';
import { severityOf } from './codes';
import { countsMeet, rateMeets } from './exact';
import { parseCount, parseRate, type ParsedNumber } from './numbers';
import type { PlanIndicator } from './planItems';
import type { PerUnitResult, RawCell, Submission, SubmissionIndicatorRow } from './types';

/** A typed rate within half a percentage point of the counts' rate is fine: that much is rounding. */
export const RATE_TOLERANCE = 0.5;

export interface UnitRowResult {
  perUnit: PerUnitResult;
  findings: Finding[];
}

type Field = 'numerator' | 'denominator' | 'rate' | 'target';

function shown(cell: RawCell): string {
  return readable(cell.value);
}

/** The codes of findings on a unit's indicator row: their params begin with the unit and the indicator. */
type RowCode =
  'numerator-exceeds-denominator' | 'invalid-number' | 'rate-without-counts' | 'rate-mismatch' | 'target-changed';

function finding<C extends RowCode>(
  code: C,
  s: Submission,
  cell: RawCell | null,
  row: number,
  ind: PlanIndicator,
  rest: Omit<FindingParams[C], 'unit' | 'indicator'>,
): Finding<C> {
  // `rest` and the unit and indicator make the code's params; tsc cannot add up a generic Omit.
  const params = { unit: s.unit, indicator: ind.id, ...rest } as unknown as FindingParams[C];
  return makeFinding(
    code,
    severityOf(code),
    { file: s.file, sheet: s.sheet, row: cell?.row ?? row, column: cell?.column ?? null },
    cell ? shown(cell) : null,
    ...([params] as ParamsArg<C>),
  );
}

/** A count must be a whole number ≥ 0; anything else is `invalid-number` and the row is left out. */
function readCount(cell: RawCell | null): { parsed: ParsedNumber; reason: string | null } {
  if (!cell) return { parsed: { kind: 'blank' }, reason: null };
  const parsed = parseCount(cell.value);
  if (parsed.kind === 'invalid') return { parsed, reason: 'unreadable' };
  if (parsed.kind === 'number') {
    if (parsed.value < 0) return { parsed, reason: 'negative' };
    if (!Number.isInteger(parsed.value)) return { parsed, reason: 'not-whole' };
  }
  return { parsed, reason: null };
}

const SIGNS: readonly [RegExp, Comparator][] = [
  [/^(≥|>=|=>)/, '>='],
  [/^(≤|<=|=<)/, '<='],
  [/^>/, '>'],
  [/^</, '<'],
];

/** A copied target: `85`, `0,85` under a percent format, `85%`, `≥ 85%`. */
function readTarget(cell: RawCell): { value: number | null; comparator: Comparator | null } {
  if (typeof cell.value !== 'string') {
    const p = parseRate(cell.value, cell.numberFormat);
    return { value: p.kind === 'number' ? p.value : null, comparator: null };
  }
  let t = cleanChars(cell.value).trim();
  let comparator: Comparator | null = null;
  for (const [re, c] of SIGNS) {
    const m = re.exec(t);
    if (m) {
      comparator = c;
      t = t.slice(m[0].length).trim();
      break;
    }
  }
  const p = parseRate(t, cell.numberFormat);
  return { value: p.kind === 'number' ? p.value : null, comparator };
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9;
}

function checkTarget(s: Submission, row: SubmissionIndicatorRow, ind: PlanIndicator, out: Finding[]): void {
  const cell = row.target;
  if (!cell || isBlank(cell.value)) return; // dropped or left empty: the plan's target applies anyway
  const { value, comparator } = readTarget(cell);
  if (value !== null && sameNumber(value, ind.threshold) && (comparator === null || comparator === ind.comparator))
    return;
  out.push(finding('target-changed', s, cell, row.row, ind, { expected: ind.threshold, comparator: ind.comparator }));
}

export function evaluateUnitRow(
  s: Submission,
  row: SubmissionIndicatorRow | undefined,
  ind: PlanIndicator,
  duplicate: boolean,
): UnitRowResult {
  // The unit's fields are written out, not spread from a shared object: V8 copies a spread followed
  // by other fields through its slow generic path, which was a sixth of consolidating 1,000 units.
  if (!row) {
    return {
      perUnit: {
        unit: s.unit,
        file: s.file,
        sheet: s.sheet,
        numerator: null,
        denominator: null,
        rate: null,
        met: null,
        included: false,
        state: duplicate ? 'duplicate' : 'absent',
      },
      findings: [],
    };
  }
  const findings: Finding[] = [];
  checkTarget(s, row, ind, findings);

  const num = readCount(row.numerator);
  const den = readCount(row.denominator);
  for (const [field, r, cell] of [
    ['numerator', num, row.numerator],
    ['denominator', den, row.denominator],
  ] as const) {
    if (r.reason)
      findings.push(
        finding('invalid-number', s, cell, row.row, ind, { field: field satisfies Field, reason: r.reason }),
      );
  }

  let typedRate: number | null = null;
  let rateBad = false;
  if (row.rate) {
    const p = parseRate(row.rate.value, row.rate.numberFormat);
    if (p.kind === 'invalid' || (p.kind === 'number' && (p.value < 0 || p.value > 100))) {
      rateBad = true;
      const reason = p.kind === 'invalid' ? 'unreadable' : p.value < 0 ? 'negative' : 'above-100';
      findings.push(finding('invalid-number', s, row.rate, row.row, ind, { field: 'rate', reason }));
    } else if (p.kind === 'number') typedRate = p.value;
  }

  const n = num.parsed.kind === 'number' ? num.parsed.value : null;
  const d = den.parsed.kind === 'number' ? den.parsed.value : null;
  const result = (state: PerUnitResult['state'], rate: number | null, met: boolean | null): UnitRowResult => ({
    perUnit: {
      unit: s.unit,
      file: s.file,
      sheet: s.sheet,
      numerator: n,
      denominator: d,
      rate,
      met: duplicate ? null : met,
      included: state === 'included' && !duplicate,
      state: duplicate ? 'duplicate' : state,
    },
    findings,
  });

  if (num.reason || den.reason) return result('invalid', null, null);

  if (d !== null) {
    if (n !== null && n > d) {
      findings.push(
        finding('numerator-exceeds-denominator', s, row.numerator, row.row, ind, { numerator: n, denominator: d }),
      );
      return result('invalid', null, null);
    }
    if (d === 0) return result('not-applicable', null, null);
    if (n === null) {
      // Tổng số without Số đạt is an unfinished row, not a zero: counting it as 0 would pull the rate down.
      if (typedRate !== null) return rateOnly();
      findings.push(finding('invalid-number', s, row.numerator, row.row, ind, { field: 'numerator', reason: 'blank' }));
      return result('invalid', null, null);
    }
    const rate = (100 * n) / d;
    if (typedRate !== null && Math.abs(typedRate - rate) > RATE_TOLERANCE) {
      findings.push(finding('rate-mismatch', s, row.rate, row.row, ind, { typed: typedRate, computed: rate }));
    }
    return result('included', rate, countsMeet(n, d, ind.threshold, ind.comparator));
  }

  if (typedRate !== null) return rateOnly();
  if (rateBad) return result('invalid', null, null);
  return result('not-applicable', null, null);

  function rateOnly(): UnitRowResult {
    findings.push(finding('rate-without-counts', s, row!.rate, row!.row, ind, { rate: typedRate }));
    return result('rate-only', typedRate, rateMeets(typedRate!, ind.threshold, ind.comparator));
  }
}
