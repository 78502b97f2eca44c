/**
 * A task's consolidated status from the units' reports: done when every reporting unit says done,
 * not-started when every one says not started, unreported when none reports it, otherwise
 * in-progress; overdue when not done and due before the as-of date.
 *
 * Its timing, as reports count it: done on time (no unit's completion date after the due date; a
 * done report without a date counts as on time, as nothing says it was late), done late, not done
 * but within time, overdue; due soon when not done and due within N days of the as-of date.
 */
import { makeFinding, type Finding } from '../findings/finding';
import { foldKey, isBlank, readable } from '../text/normalize';
import { severityOf } from './codes';
import { parseDateCell } from './dates';
import type { PlanTask } from './planItems';
import { addDays } from '../parse/dates';
import type { Submission, TaskReport, TaskResult, TaskState, TaskStatus, TaskTiming } from './types';

/** The template's list values, plus what people type instead (folded keys). */
const STATES: Record<string, TaskState> = {
  'hoan thanh': 'done',
  'da hoan thanh': 'done',
  done: 'done',
  completed: 'done',
  'dang thuc hien': 'in-progress',
  'dang trien khai': 'in-progress',
  'in progress': 'in-progress',
  'chua thuc hien': 'not-started',
  'chua trien khai': 'not-started',
  'not started': 'not-started',
};

export const STATUS_LABELS: Record<'vi' | 'en', Record<TaskState, string>> = {
  vi: { done: 'Hoàn thành', 'in-progress': 'Đang thực hiện', 'not-started': 'Chưa thực hiện' },
  en: { done: 'Done', 'in-progress': 'In progress', 'not-started': 'Not started' },
};

/** The Government Office's wording of the four timings, and "due soon". */
export const TIMING_LABELS: Record<'vi' | 'en', Record<TaskTiming | 'due-soon', string>> = {
  vi: {
    'done-on-time': 'Đã hoàn thành đúng hạn',
    'done-late': 'Đã hoàn thành nhưng quá hạn',
    'in-time': 'Chưa hoàn thành nhưng trong hạn',
    overdue: 'Chưa hoàn thành, quá hạn',
    'due-soon': 'Sắp đến hạn',
  },
  en: {
    'done-on-time': 'Done on time',
    'done-late': 'Done late',
    'in-time': 'Not done, within time',
    overdue: 'Not done, overdue',
    'due-soon': 'Due soon',
  },
};

export function parseTaskState(text: string): TaskState | null {
  return STATES[foldKey(text)] ?? null;
}

export function consolidatedStatus(reports: readonly TaskReport[]): TaskStatus {
  if (reports.length === 0) return 'unreported';
  if (reports.every((r) => r.status === 'done')) return 'done';
  if (reports.every((r) => r.status === 'not-started')) return 'not-started';
  return 'in-progress';
}

/** One report (or the consolidated task) counted against the due date and the as-of date. */
export function taskTiming(done: boolean, doneDate: string | null, due: string | null, asOf: string): TaskTiming {
  if (done) return due !== null && doneDate !== null && doneDate > due ? 'done-late' : 'done-on-time';
  return due !== null && due < asOf ? 'overdue' : 'in-time';
}

/** The last day that counts as due soon: `days` after the as-of date. Worked out once per consolidation. */
export function dueSoonUntil(asOf: string, days: number): string {
  return addDays(asOf, days);
}

/** Not done yet, not overdue, and due by `until` (from dueSoonUntil). */
export function isDueSoon(timing: TaskTiming, due: string | null, asOf: string, until: string): boolean {
  return timing === 'in-time' && due !== null && due >= asOf && due <= until;
}

function latest(reports: readonly TaskReport[]): string | null {
  let d: string | null = null;
  for (const r of reports) if (r.doneDate && (d === null || r.doneDate > d)) d = r.doneDate;
  return d;
}

export function consolidateTasks(
  tasks: readonly PlanTask[],
  submissions: readonly Submission[],
  excluded: ReadonlySet<Submission>,
  asOf: string,
  dueSoonDays = 15,
): { tasks: TaskResult[]; findings: Finding[] } {
  const soonUntil = dueSoonUntil(asOf, dueSoonDays);
  const dueOf = new Map<string, string | null>(tasks.map((t) => [t.key, t.due]));
  const reportsByKey = new Map<string, TaskReport[]>();
  for (const t of tasks) if (!reportsByKey.has(t.key)) reportsByKey.set(t.key, []);
  const findings: Finding[] = [];
  for (const s of submissions) {
    if (!s.tasks) continue;
    // Per task code: this unit's report, or null when two rows give the task (neither is used).
    const mine = new Map<string, TaskReport | null>();
    for (const row of s.tasks) {
      const place = { file: s.file, sheet: s.sheet, row: row.row };
      if (!reportsByKey.has(row.key)) {
        findings.push(
          makeFinding('unknown-task', severityOf('unknown-task'), { ...place, column: null }, row.code, {
            unit: s.unit,
            task: row.code,
          }),
        );
        continue;
      }
      if (mine.has(row.key)) {
        findings.push(
          makeFinding('duplicate-row', severityOf('duplicate-row'), { ...place, column: null }, row.code, {
            unit: s.unit,
            task: row.code,
          }),
        );
        mine.set(row.key, null);
        continue;
      }
      if (!row.status || isBlank(row.status.value)) {
        mine.set(row.key, null);
        continue;
      }
      const text = readable(row.status.value);
      const state = parseTaskState(text);
      if (!state) {
        findings.push(
          makeFinding('invalid-status', severityOf('invalid-status'), { ...place, column: row.status.column }, text, {
            unit: s.unit,
            task: row.code,
          }),
        );
        mine.set(row.key, null);
        continue;
      }
      const doneDate = row.doneDate ? parseDateCell(row.doneDate.value) : null;
      mine.set(row.key, {
        unit: s.unit,
        status: state,
        doneDate,
        timing: taskTiming(state === 'done', doneDate, dueOf.get(row.key) ?? null, asOf),
      });
    }
    // A unit whose copies conflict counts not at all.
    if (excluded.has(s)) continue;
    for (const [key, report] of mine) if (report) reportsByKey.get(key)!.push(report);
  }
  const results = tasks.map((t) => {
    const reports = reportsByKey.get(t.key) ?? [];
    const status = consolidatedStatus(reports);
    const done = status === 'done';
    // Done late when any unit finished after the due date.
    const timing: TaskTiming =
      done && reports.some((r) => r.timing === 'done-late') ? 'done-late' : taskTiming(done, null, t.due, asOf);
    return {
      code: t.code,
      task: t.task,
      lead: t.lead,
      due: t.due,
      status,
      overdue: timing === 'overdue',
      timing,
      dueSoon: isDueSoon(timing, t.due, asOf, soonUntil),
      doneDate: done ? latest(reports) : null,
      reports,
    };
  });
  return { tasks: results, findings };
}
