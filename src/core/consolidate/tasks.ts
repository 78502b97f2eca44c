/**
 * A task's consolidated status from the units' reports: done when every reporting unit says done,
 * not-started when every one says not started, unreported when none reports it, otherwise
 * in-progress; overdue when not done and due before the as-of date.
 */
import { makeFinding, type Finding } from '../findings/finding';
import { foldKey, isBlank, readable } from '../text/normalize';
import { severityOf } from './codes';
import { parseDateCell } from './dates';
import type { PlanTask } from './planItems';
import type { Submission, TaskReport, TaskResult, TaskState, TaskStatus } from './types';

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

export function parseTaskState(text: string): TaskState | null {
  return STATES[foldKey(text)] ?? null;
}

export function consolidatedStatus(reports: readonly TaskReport[]): TaskStatus {
  if (reports.length === 0) return 'unreported';
  if (reports.every((r) => r.status === 'done')) return 'done';
  if (reports.every((r) => r.status === 'not-started')) return 'not-started';
  return 'in-progress';
}

export function consolidateTasks(
  tasks: readonly PlanTask[],
  submissions: readonly Submission[],
  excluded: ReadonlySet<Submission>,
  asOf: string,
): { tasks: TaskResult[]; findings: Finding[] } {
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
        findings.push(makeFinding('unknown-task', severityOf('unknown-task'), { ...place, column: null }, row.code, { unit: s.unit, task: row.code }));
        continue;
      }
      if (mine.has(row.key)) {
        findings.push(makeFinding('duplicate-row', severityOf('duplicate-row'), { ...place, column: null }, row.code, { unit: s.unit, task: row.code }));
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
        findings.push(makeFinding('invalid-status', severityOf('invalid-status'), { ...place, column: row.status.column }, text, { unit: s.unit, task: row.code }));
        mine.set(row.key, null);
        continue;
      }
      mine.set(row.key, { unit: s.unit, status: state, doneDate: row.doneDate ? parseDateCell(row.doneDate.value) : null });
    }
    // A unit whose copies conflict counts not at all.
    if (excluded.has(s)) continue;
    for (const [key, report] of mine) if (report) reportsByKey.get(key)!.push(report);
  }
  const results = tasks.map((t) => {
    const reports = reportsByKey.get(t.key) ?? [];
    const status = consolidatedStatus(reports);
    return { code: t.code, task: t.task, lead: t.lead, due: t.due, status, overdue: status !== 'done' && t.due !== null && t.due < asOf, reports };
  });
  return { tasks: results, findings };
}
