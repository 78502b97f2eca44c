/**
 * PlanReadings built by hand, so consolidation is tested against known indicators and tasks
 * whatever state the engine is in. `seedPlan` is the seed plan as typed by hand in
 * test/fixtures/kien-tuong-2024.expected.json.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { PlanReading } from '../../../src/core/readPlan';
import type { Comparator, Target, Task } from '../../../src/core/schema';

export interface MiniIndicator {
  id: string;
  threshold: number;
  comparator?: Comparator;
  stt?: number;
  text?: string;
}

export interface MiniTask {
  code: string;
  due: string | null;
  task?: string;
  lead?: string;
}

function target(stt: number | null, text: string, lead: string, indicators: Target['indicators'], row: number): Target {
  return { sheet: 'Phụ lục 1', row, section: null, sectionTitle: null, stt, text, lead, coordinators: '', indicators };
}

function task(t: MiniTask, row: number, timeframe = ''): Task {
  return {
    sheet: 'Phụ lục 2',
    row,
    area: null,
    areaTitle: null,
    code: t.code,
    task: t.task ?? `Nhiệm vụ ${t.code}`,
    products: [],
    lead: t.lead ?? 'Phòng Nội vụ',
    coordinators: '',
    timeframe: {
      text: timeframe || (t.due ?? 'Sau khi công bố'),
      due: t.due,
      milestones: [],
      recurring: false,
      condition: null,
      kind: t.due ? 'dated' : 'undated',
    },
    budget: { amount: null, note: null },
  };
}

export function makePlan(indicators: MiniIndicator[], tasks: MiniTask[] = [], planYear = 2024): PlanReading {
  // Indicators with the same stt belong to one target, as `4a`/`4b` do.
  const bySt = new Map<number, MiniIndicator[]>();
  indicators.forEach((i, n) => {
    const stt = i.stt ?? n + 1;
    bySt.set(stt, [...(bySt.get(stt) ?? []), i]);
  });
  const targets: Target[] = [...bySt].map(([stt, list], n) =>
    target(
      stt,
      list[0].text ?? `Chỉ tiêu ${list.map((i) => i.id).join(', ')}`,
      'Các cơ quan',
      list.map((i) => ({ id: i.id, threshold: i.threshold, comparator: i.comparator ?? '>=' })),
      5 + n,
    ),
  );
  const planTasks = tasks.map((t, n) => task(t, 5 + n));
  return {
    planYear,
    plan: { number: '1/KH-UBND', issued: `${planYear - 1}-12-28` },
    tables: [],
    targets,
    tasks: planTasks,
    findings: [],
    summary: {
      targets: targets.length,
      indicators: indicators.length,
      tasks: planTasks.length,
      error: 0,
      warning: 0,
      info: 0,
      valid: true,
      partial: false,
    },
  };
}

interface ExpectedTarget {
  section: string;
  sectionTitle: string;
  stt: number;
  text: string;
  lead: string;
  coordinators: string;
  row: number;
  indicators: Target['indicators'];
}
interface ExpectedTask {
  area: number;
  areaTitle: string;
  code: string;
  task: string;
  products: string[];
  lead: string;
  coordinators: string;
  timeframe: string;
  row: number;
  due: string | null;
  budget: Task['budget'];
}

export function seedPlan(): PlanReading {
  const file = path.join(__dirname, '../../fixtures/kien-tuong-2024.expected.json');
  const e = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    plan: { number: string; issued: string; year: number };
    appendix1: { targets: ExpectedTarget[] };
    appendix2: { tasks: ExpectedTask[] };
  };
  const targets: Target[] = e.appendix1.targets.map((t) => ({
    sheet: 'Phụ lục 1',
    row: t.row,
    section: t.section,
    sectionTitle: t.sectionTitle,
    stt: t.stt,
    text: t.text,
    lead: t.lead,
    coordinators: t.coordinators,
    indicators: t.indicators,
  }));
  const tasks: Task[] = e.appendix2.tasks.map((t) => ({
    sheet: 'Phụ lục 2',
    row: t.row,
    area: t.area,
    areaTitle: t.areaTitle,
    code: t.code,
    task: t.task,
    products: t.products,
    lead: t.lead,
    coordinators: t.coordinators,
    timeframe: {
      text: t.timeframe,
      due: t.due,
      milestones: [],
      recurring: false,
      condition: null,
      kind: t.due ? 'dated' : 'undated',
    },
    budget: t.budget,
  }));
  return {
    planYear: e.plan.year,
    plan: { number: e.plan.number, issued: e.plan.issued },
    tables: [],
    targets,
    tasks,
    findings: [],
    summary: {
      targets: targets.length,
      indicators: targets.reduce((n, t) => n + t.indicators.length, 0),
      tasks: tasks.length,
      error: 0,
      warning: 0,
      info: 0,
      valid: true,
      partial: false,
    },
  };
}
