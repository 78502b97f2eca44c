/**
 * Consolidation: the plan's indicators and tasks against the units' submissions. The consolidated
 * rate of an indicator is 100·ΣSố đạt/ΣTổng số over the included units, never a mean of rates.
 * Linear in the submitted rows: every lookup goes through a Map built once.
 */
import type { PlanReading } from '../readPlan';
import { makeFinding, type Finding } from '../findings/finding';
import { severityOf } from './codes';
import { isIsoDate } from './dates';
import { countsMeet } from './exact';
import { planIndicators, planTasks, type PlanIndicator } from './planItems';
import { consolidateTasks } from './tasks';
import { checkUnits } from './units';
import { evaluateUnitRow } from './unitRow';
import { buildHeadline } from './headline';
import { unitKey } from './keys';
import { comparePeriods, parsePeriod, periodLabel, type ReportingPeriod } from '../period/period';
import type {
  ConsolidateOptions,
  ConsolidationResult,
  IndicatorResult,
  PerUnitResult,
  PeriodSeries,
  Resubmission,
  Submission,
  SubmissionIndicatorRow,
  TaskResult,
} from './types';

/** "Due soon" by default: within 15 days of the as-of date. */
export const DUE_SOON_DAYS = 15;

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
      makeFinding(
        'duplicate-row',
        severityOf('duplicate-row'),
        { file: s.file, sheet: s.sheet, row: r.row, column: null },
        r.id,
        {
          unit: s.unit,
          indicator: r.id,
          firstRow: first.row,
        },
      ),
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

interface Grouped {
  main: Submission[];
  /** Other periods' submissions by period key, with the period. */
  others: Map<string, { period: ReportingPeriod; submissions: Submission[] }>;
  period: ReportingPeriod | null;
  keys: Map<Submission, string | null>;
  findings: Finding[];
}

/**
 * Submissions by the period they name. The period consolidated is the one asked for, else the one
 * most submissions name (ties: the latest). A submission naming no period, or one that cannot be
 * read, counts for it. Another period's report is left out of its figures and feeds the period
 * over period series; it is flagged (`mixed-periods`) only when its unit has no report for the
 * period consolidated: then it is probably the wrong file.
 */
function groupByPeriod(
  submissions: readonly Submission[],
  asked: ReportingPeriod | null | undefined,
  planYear: number | null,
): Grouped {
  const findings: Finding[] = [];
  const keys = new Map<Submission, string | null>();
  const periods = new Map<string, ReportingPeriod>();
  const counts = new Map<string, number>();
  for (const s of submissions) {
    const p = parsePeriod(s.period, planYear);
    keys.set(s, p?.key ?? null);
    if (p) {
      periods.set(p.key, p);
      counts.set(p.key, (counts.get(p.key) ?? 0) + 1);
    } else if (s.period) {
      findings.push(
        makeFinding('unreadable-period', severityOf('unreadable-period'), { file: s.file, sheet: s.sheet }, s.period, {
          unit: s.unit,
        }),
      );
    }
  }
  let period = asked ?? null;
  if (!period) {
    for (const [k, n] of counts) {
      const p = periods.get(k)!;
      const best = period ? counts.get(period.key)! : -1;
      if (n > best || (n === best && comparePeriods(p, period!) > 0)) period = p;
    }
  }
  const main: Submission[] = [];
  const others = new Map<string, { period: ReportingPeriod; submissions: Submission[] }>();
  for (const s of submissions) {
    const k = keys.get(s)!;
    if (k === null || k === period?.key) main.push(s);
    else {
      const g = others.get(k) ?? { period: periods.get(k)!, submissions: [] };
      g.submissions.push(s);
      others.set(k, g);
    }
  }
  const inMain = new Set(main.map((s) => unitKey(s.unit)));
  const expected = period ? periodLabel(period) : '';
  for (const g of others.values()) {
    for (const s of g.submissions) {
      if (inMain.has(unitKey(s.unit))) continue;
      findings.push(
        makeFinding('mixed-periods', severityOf('mixed-periods'), { file: s.file, sheet: s.sheet }, s.period, {
          unit: s.unit,
          expected,
        }),
      );
    }
  }
  return { main, others, period, keys, findings };
}

interface OneOptions {
  units?: readonly string[];
  asOf: string;
  dueSoonDays: number;
  preferLatest: boolean;
}

interface One {
  indicators: IndicatorResult[];
  tasks: TaskResult[];
  findings: Finding[];
  resubmissions: Resubmission[];
  /** The submissions whose figures are consolidated (superseded copies and unnamed sheets left out). */
  used: Set<Submission>;
}

/** One period's submissions against the plan. */
function consolidateOne(plan: PlanReading, submissions: readonly Submission[], options: OneOptions): One {
  const findings: Finding[] = [];
  // A sheet that names no unit cannot be attributed; its reading finding already says so.
  const all = submissions.filter((s) => s.unit !== '');
  const units = checkUnits(all, options.units, options.preferLatest);
  findings.push(...units.findings);
  const named = all.filter((s) => !units.superseded.has(s));

  const indicators = planIndicators(plan);
  const known = new Set(indicators.map((i) => i.key));
  const rowMaps = named.map((s) => rowsByKey(s, findings));
  named.forEach((s) => {
    for (const r of s.indicators) {
      if (known.has(r.key)) continue;
      findings.push(
        makeFinding(
          'unknown-indicator',
          severityOf('unknown-indicator'),
          { file: s.file, sheet: s.sheet, row: r.row, column: null },
          r.id,
          {
            unit: s.unit,
            indicator: r.id,
          },
        ),
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

  const tasks = consolidateTasks(planTasks(plan), named, units.duplicates, options.asOf, options.dueSoonDays);
  findings.push(...tasks.findings);
  const used = new Set(named.filter((s) => !units.duplicates.has(s)));
  return { indicators: results, tasks: tasks.tasks, findings, resubmissions: units.resubmissions, used };
}

/** Each indicator's rate and each task's state per period, oldest period first. */
function periodSeries(
  plan: PlanReading,
  groups: { period: ReportingPeriod; submissions: Submission[] }[],
  options: OneOptions,
): PeriodSeries {
  groups.sort((a, b) => comparePeriods(a.period, b.period));
  const runs = groups.map((g) =>
    consolidateOne(plan, g.submissions, { ...options, units: undefined, asOf: g.period.to }),
  );
  const indicators = planIndicators(plan);
  return {
    periods: groups.map((g, i) => ({
      key: g.period.key,
      label: periodLabel(g.period),
      from: g.period.from,
      to: g.period.to,
      submissions: runs[i].used.size,
    })),
    indicators: indicators.map((ind, n) => ({
      id: ind.id,
      target: ind.threshold,
      comparator: ind.comparator,
      points: runs.map((r) => {
        const x = r.indicators[n];
        return x.rate === null
          ? null
          : { numerator: x.numerator, denominator: x.denominator, rate: x.rate, met: x.met };
      }),
    })),
    tasks: planTasks(plan).map((t, n) => ({
      code: t.code,
      points: runs.map((r) =>
        r.tasks[n].status === 'unreported' ? null : { status: r.tasks[n].status, timing: r.tasks[n].timing },
      ),
    })),
  };
}

export function consolidate(
  plan: PlanReading,
  submissions: readonly Submission[],
  options: ConsolidateOptions,
): ConsolidationResult {
  if (!isIsoDate(options.asOf)) throw new RangeError(`asOf must be an ISO date YYYY-MM-DD, got "${options.asOf}"`);
  const dueSoonDays = options.dueSoonDays ?? DUE_SOON_DAYS;
  if (!Number.isInteger(dueSoonDays) || dueSoonDays < 0)
    throw new RangeError(`dueSoonDays must be a whole number ≥ 0, got ${dueSoonDays}`);
  const findings: Finding[] = [...(options.findings ?? [])];
  for (const s of submissions) findings.push(...s.findings);
  const named = submissions.filter((s) => s.unit !== '');
  const grouped = groupByPeriod(named, options.period, plan.planYear);
  findings.push(...grouped.findings);

  const one: OneOptions = {
    units: options.units,
    asOf: options.asOf,
    dueSoonDays,
    preferLatest: options.preferLatest ?? false,
  };
  const main = consolidateOne(plan, grouped.main, one);
  findings.push(...main.findings);

  let series: PeriodSeries | null = null;
  const resubmissions = [...main.resubmissions];
  if (grouped.others.size > 0) {
    const groups = [...grouped.others.values()].map((g) => ({ period: g.period, submissions: g.submissions }));
    if (grouped.period && grouped.main.length) groups.push({ period: grouped.period, submissions: grouped.main });
    // Other periods' reading problems are the units' to fix too; their rules are run once here.
    for (const g of grouped.others.values()) {
      const r = consolidateOne(plan, g.submissions, { ...one, units: undefined, asOf: g.period.to });
      findings.push(...r.findings);
      resubmissions.push(...r.resubmissions);
    }
    if (groups.length > 1) series = periodSeries(plan, groups, one);
  }

  const mainKey = grouped.period?.key ?? null;
  return {
    planYear: plan.planYear,
    asOf: options.asOf,
    submissions: submissions.map((s) => {
      const key = grouped.keys.get(s) ?? null;
      return {
        unit: s.unit,
        file: s.file,
        sheet: s.sheet,
        period: s.period,
        periodKey: key,
        used: main.used.has(s) && (key === null || key === mainKey),
      };
    }),
    indicators: main.indicators,
    tasks: main.tasks,
    findings,
    period: grouped.period ? { ...grouped.period, label: periodLabel(grouped.period) } : null,
    dueSoonDays,
    headline: buildHeadline(main.indicators, main.tasks, [...main.used], options.asOf, dueSoonDays),
    resubmissions,
    series,
  };
}
