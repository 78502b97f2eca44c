/**
 * Tasks as the Government Office counts them in a report: done on time, done late, not done but
 * still within time, not done and overdue. The consolidation gives each task this count when it
 * knows it (`timing`); otherwise it is derived here from the status, the units' completion dates
 * and the overdue flag: a done task is late when a unit finished it after its due date; a task no
 * unit reported is not done.
 */
import type { TaskResult } from '../consolidate/types';

export type Timing = 'done-on-time' | 'done-late' | 'in-time' | 'overdue';

export const TIMINGS: readonly Timing[] = ['done-on-time', 'done-late', 'in-time', 'overdue'];

/** A task result, with the consolidation's own count when it has one. */
export type TimedTask = TaskResult & { timing?: Timing };

export function timingOf(t: TimedTask): Timing {
  if (t.timing) return t.timing;
  if (t.status === 'done') {
    const late = t.due !== null && t.reports.some((r) => r.doneDate !== null && r.doneDate > (t.due as string));
    return late ? 'done-late' : 'done-on-time';
  }
  return t.overdue ? 'overdue' : 'in-time';
}

export function countTimings(tasks: readonly TimedTask[]): Record<Timing, number> {
  const counts: Record<Timing, number> = { 'done-on-time': 0, 'done-late': 0, 'in-time': 0, overdue: 0 };
  for (const t of tasks) counts[timingOf(t)]++;
  return counts;
}
