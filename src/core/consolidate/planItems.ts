/** The plan's indicators and tasks, flattened and keyed the way submissions are matched. */
import type { PlanReading } from '../readPlan';
import type { Comparator } from '../schema';
import { readable } from '../text/normalize';
import { indicatorKey, taskKey } from './keys';

export interface PlanIndicator {
  id: string;
  key: string;
  stt: number | null;
  /** The target's text the indicator comes from. */
  text: string;
  threshold: number;
  comparator: Comparator;
}

export interface PlanTask {
  code: string;
  key: string;
  task: string;
  lead: string;
  timeframe: string;
  due: string | null;
}

export function planIndicators(plan: Pick<PlanReading, 'targets'>): PlanIndicator[] {
  const out: PlanIndicator[] = [];
  for (const t of plan.targets) {
    for (const i of t.indicators) {
      out.push({
        id: i.id,
        key: indicatorKey(i.id),
        stt: t.stt,
        text: readable(t.text),
        threshold: i.threshold,
        comparator: i.comparator,
      });
    }
  }
  return out;
}

export function planTasks(plan: Pick<PlanReading, 'tasks'>): PlanTask[] {
  return plan.tasks.map((t) => ({
    code: t.code,
    key: taskKey(t.code),
    task: readable(t.task),
    lead: readable(t.lead),
    timeframe: t.timeframe.text,
    due: t.timeframe.due,
  }));
}

/** `≥ 85%`: how the template and the reports show a target with its direction. */
export const COMPARATOR_SIGN: Record<Comparator, string> = { '>=': '≥', '>': '>', '<': '<', '<=': '≤' };
