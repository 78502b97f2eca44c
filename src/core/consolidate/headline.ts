/**
 * The figures a report leads with, per unit and overall: tasks done out of those due
 * (`hoàn thành 31/75 nhiệm vụ, đạt 41,33%` — the PAR index scores "mức độ thực hiện kế hoạch" on
 * this share) and indicators met out of those with figures; units ranked by the first, then the
 * second. A plain typed model, so every report (text, JSON, workbook, pane, Word) shows the same.
 */
import { unitKey } from './keys';
import { dueSoonUntil, isDueSoon } from './tasks';
import type {
  Headline,
  IndicatorHeadline,
  IndicatorResult,
  Submission,
  TaskHeadline,
  TaskResult,
  TaskTiming,
  UnitHeadline,
} from './types';

interface Counted {
  due: string | null;
  timing: TaskTiming;
  dueSoon: boolean;
}

export function taskHeadline(tasks: readonly Counted[], asOf: string): TaskHeadline {
  const h: TaskHeadline = {
    total: 0,
    due: 0,
    done: 0,
    rate: null,
    doneOnTime: 0,
    doneLate: 0,
    inTime: 0,
    overdue: 0,
    doneAhead: 0,
    dueSoon: 0,
    undated: 0,
  };
  for (const t of tasks) {
    h.total++;
    const done = t.timing === 'done-on-time' || t.timing === 'done-late';
    if (t.due === null) h.undated++;
    else if (t.due <= asOf) {
      h.due++;
      if (done) h.done++;
    } else if (done) h.doneAhead++;
    if (t.timing === 'done-on-time') h.doneOnTime++;
    else if (t.timing === 'done-late') h.doneLate++;
    else if (t.timing === 'in-time') h.inTime++;
    else h.overdue++;
    if (t.dueSoon) h.dueSoon++;
  }
  h.rate = h.due > 0 ? (100 * h.done) / h.due : null;
  return h;
}

/**
 * One collator for the ranking's ties: `localeCompare(b, 'vi')` builds its own on every call. Made
 * on first use: loading ICU's Vietnamese collation costs a `cchc check`, which ranks nothing, 18 ms.
 */
let vi: Intl.Collator | null = null;
const viCollator = (): Intl.Collator => (vi ??= new Intl.Collator('vi'));

function indicatorHeadline(mets: readonly (boolean | null)[]): IndicatorHeadline {
  const reported = mets.filter((m) => m !== null).length;
  const met = mets.filter((m) => m === true).length;
  return { reported, met, rate: reported > 0 ? (100 * met) / reported : null };
}

/** Higher shares first; a unit with no share after every unit with one. */
function byShare(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}

export function buildHeadline(
  indicators: readonly IndicatorResult[],
  tasks: readonly TaskResult[],
  used: readonly Submission[],
  asOf: string,
  dueSoonDays: number,
): Headline {
  // One pass over the reports and the per-unit figures, keyed by unit and by sheet.
  // A unit's name is keyed once, not once for each of its reports.
  const keys = new Map<string, string>();
  const keyOf = (unit: string): string => {
    let k = keys.get(unit);
    if (k === undefined) keys.set(unit, (k = unitKey(unit)));
    return k;
  };
  const soonUntil = dueSoonUntil(asOf, dueSoonDays);
  const tasksOf = new Map<string, Counted[]>();
  for (const t of tasks) {
    for (const r of t.reports) {
      if (!r.timing) continue;
      const k = keyOf(r.unit);
      const list = tasksOf.get(k) ?? [];
      list.push({ due: t.due, timing: r.timing, dueSoon: isDueSoon(r.timing, t.due, asOf, soonUntil) });
      tasksOf.set(k, list);
    }
  }
  const sheetKey = (file: string | null, sheet: string) => `${file ?? ''}\u0000${sheet}`;
  const metsOf = new Map<string, (boolean | null)[]>();
  for (const i of indicators) {
    for (const p of i.perUnit) {
      if (p.state !== 'included' && p.state !== 'rate-only') continue;
      const k = sheetKey(p.file, p.sheet);
      const list = metsOf.get(k) ?? [];
      list.push(p.met);
      metsOf.set(k, list);
    }
  }
  const units: UnitHeadline[] = [];
  const seen = new Set<string>();
  for (const s of used) {
    const k = keyOf(s.unit);
    if (seen.has(k)) continue;
    seen.add(k);
    units.push({
      unit: s.unit,
      file: s.file,
      sheet: s.sheet,
      tasks: taskHeadline(tasksOf.get(k) ?? [], asOf),
      indicators: indicatorHeadline(metsOf.get(sheetKey(s.file, s.sheet)) ?? []),
      rank: null,
    });
  }
  units.sort(
    (a, b) =>
      byShare(a.tasks.rate, b.tasks.rate) ||
      byShare(a.indicators.rate, b.indicators.rate) ||
      viCollator().compare(a.unit, b.unit),
  );
  // Competition ranking (1, 2, 2, 4): equal shares share a rank; no figures, no rank.
  units.forEach((u, i) => {
    if (u.tasks.rate === null && u.indicators.rate === null) return;
    const prev = units[i - 1];
    u.rank =
      prev && prev.rank !== null && prev.tasks.rate === u.tasks.rate && prev.indicators.rate === u.indicators.rate
        ? prev.rank
        : i + 1;
  });
  return { tasks: taskHeadline(tasks, asOf), indicators: indicatorHeadline(indicators.map((i) => i.met)), units };
}
