/**
 * Consolidation: the plan's indicators and tasks against the units' submissions. The consolidated
 * rate of an indicator is 100·ΣSố đạt/ΣTổng số over the included units, never a mean of rates.
 * Linear in the submitted rows: every lookup goes through a Map built once.
 */
import type { PlanReading } from '../engine';
import { makeFinding, type Finding } from '../findings/finding';
import { foldKey } from '../text/normalize';
import { severityOf } from './codes';
import { isIsoDate } from './dates';
import { countsMeet } from './exact';
import { planIndicators, planTasks, type PlanIndicator } from './planItems';
import { consolidateTasks } from './tasks';
import { checkUnits } from './units';
import { evaluateUnitRow } from './unitRow';
import type { ConsolidateOptions, ConsolidationResult, IndicatorResult, PerUnitResult, Submission, SubmissionIndicatorRow } from './types';

interface SheetRows {
  rows: Map<string, SubmissionIndicatorRow>;
  /** Ids given on more than one row: neither row is used, nor are they summed. */
  conflicts: Set<string>;
}

function rowsByKey(s: Submission, findings: Finding[]): SheetRows {
  const rows = new Map<string, SubmissionIndicatorRow>();
  const conflicts = new Set<string>();
  for (const r of s.indicators) {
    const first = rows.get(r.key);
    if (!first) {
      rows.set(r.key, r);
      continue;
    }
    conflicts.add(r.key);
    findings.push(
      makeFinding('duplicate-row', severityOf('duplicate-row'), { file: s.file, sheet: s.sheet, row: r.row, column: null }, r.id, {
        unit: s.unit,
        indicator: r.id,
        firstRow: first.row,
      }),
    );
  }
  return { rows, conflicts };
}

function aggregate(ind: PlanIndicator, perUnit: PerUnitResult[]): IndicatorResult {
  let numerator = 0;
  let denominator = 0;
  const units: string[] = [];
  for (const p of perUnit) {
    if (!p.included) continue;
    numerator += p.numerator!;
    denominator += p.denominator!;
    units.push(p.unit);
  }
  const any = units.length > 0;
  return {
    id: ind.id,
    stt: ind.stt,
    text: ind.text,
    target: ind.threshold,
    comparator: ind.comparator,
    numerator,
    denominator,
    rate: any ? (100 * numerator) / denominator : null,
    met: any ? countsMeet(numerator, denominator, ind.threshold, ind.comparator) : null,
    units,
    perUnit,
  };
}

/** Submissions whose periods disagree with the most common one, each named once. */
function checkPeriods(submissions: readonly Submission[]): Finding[] {
  const counts = new Map<string, number>();
  for (const s of submissions) if (s.period) counts.set(foldKey(s.period), (counts.get(foldKey(s.period)) ?? 0) + 1);
  if (counts.size < 2) return [];
  let common = '';
  let best = -1;
  for (const [k, n] of counts) if (n > best) [common, best] = [k, n];
  const expected = submissions.find((s) => s.period && foldKey(s.period) === common)!.period!;
  return submissions
    .filter((s) => s.period && foldKey(s.period) !== common)
    .map((s) => makeFinding('mixed-periods', severityOf('mixed-periods'), { file: s.file, sheet: s.sheet }, s.period, { unit: s.unit, expected }));
}

export function consolidate(plan: PlanReading, submissions: readonly Submission[], options: ConsolidateOptions): ConsolidationResult {
  if (!isIsoDate(options.asOf)) throw new RangeError(`asOf must be an ISO date YYYY-MM-DD, got "${options.asOf}"`);
  const findings: Finding[] = [...(options.findings ?? [])];
  for (const s of submissions) findings.push(...s.findings);
  // A sheet that names no unit cannot be attributed; its reading finding already says so.
  const named = submissions.filter((s) => s.unit !== '');
  const units = checkUnits(named, options.units);
  findings.push(...units.findings);
  findings.push(...checkPeriods(named));

  const indicators = planIndicators(plan);
  const known = new Set(indicators.map((i) => i.key));
  const rowMaps = named.map((s) => rowsByKey(s, findings));
  named.forEach((s) => {
    for (const r of s.indicators) {
      if (known.has(r.key)) continue;
      findings.push(
        makeFinding('unknown-indicator', severityOf('unknown-indicator'), { file: s.file, sheet: s.sheet, row: r.row, column: null }, r.id, {
          unit: s.unit,
          indicator: r.id,
        }),
      );
    }
  });

  const results: IndicatorResult[] = indicators.map((ind) => {
    const perUnit: PerUnitResult[] = [];
    named.forEach((s, i) => {
      const r = evaluateUnitRow(s, rowMaps[i].rows.get(ind.key), ind, units.duplicates.has(s));
      if (rowMaps[i].conflicts.has(ind.key) && r.perUnit.state !== 'duplicate') {
        r.perUnit = { ...r.perUnit, rate: null, met: null, included: false, state: 'invalid' };
      }
      perUnit.push(r.perUnit);
      findings.push(...r.findings);
    });
    return aggregate(ind, perUnit);
  });

  const tasks = consolidateTasks(planTasks(plan), named, units.duplicates, options.asOf);
  findings.push(...tasks.findings);

  return {
    planYear: plan.planYear,
    asOf: options.asOf,
    submissions: submissions.map((s) => ({ unit: s.unit, file: s.file, sheet: s.sheet, period: s.period })),
    indicators: results,
    tasks: tasks.tasks,
    findings,
  };
}
