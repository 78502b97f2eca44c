/**
 * The whole reading of the seed plan workbook (Kiến Tường 2024), pinned against the reading typed by
 * hand from the plan (test/fixtures/kien-tuong-2024.expected.json).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { readPlan, type PlanReading } from '../../src/core/readPlan';
import { readWorkbookFile } from '../../src/xlsx/readFile';

interface ExpectedTarget {
  section: string;
  sectionTitle: string;
  stt: number;
  text: string;
  lead: string;
  coordinators: string;
  row: number;
  indicators: { id: string; threshold: number; comparator: string }[];
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
  budget: { amount: number | null; note: string | null };
}
const expected = JSON.parse(readFileSync(join(__dirname, '../fixtures/kien-tuong-2024.expected.json'), 'utf8')) as {
  plan: { number: string; issued: string; year: number };
  appendix1: { sections: number; targets: ExpectedTarget[] };
  appendix2: { areas: number; tasks: ExpectedTask[] };
  findings: { present: { code: string; sheet?: string; cell?: string }[]; absent: string[] };
};

const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

let reading: PlanReading;
beforeAll(async () => {
  reading = readPlan(await readWorkbookFile(join(__dirname, '../../assets/ke-hoach-cchc-2024.xlsx')));
});

test('the plan: number, date of issue, year', () => {
  expect(reading.plan).toEqual({ number: expected.plan.number, issued: expected.plan.issued });
  expect(reading.planYear).toBe(expected.plan.year);
});

test('appendix 1: every target with its place, text, owner and percentage indicators', () => {
  expect(reading.targets).toHaveLength(expected.appendix1.targets.length);
  expect(new Set(reading.targets.map((t) => t.section)).size).toBe(expected.appendix1.sections);
  reading.targets.forEach((t, i) => {
    const e = expected.appendix1.targets[i];
    expect({ stt: t.stt, row: t.row, sheet: t.sheet, section: t.section, sectionTitle: t.sectionTitle }).toEqual({
      stt: e.stt,
      row: e.row,
      sheet: 'Phụ lục 1',
      section: e.section,
      sectionTitle: e.sectionTitle,
    });
    expect(fold(t.text)).toBe(fold(e.text));
    expect(fold(t.lead)).toBe(fold(e.lead));
    expect(fold(t.coordinators)).toBe(fold(e.coordinators));
    expect(t.indicators).toEqual(e.indicators);
  });
});

test('appendix 2: every task with its area, code, text, deliverables, owner, deadline and budget', () => {
  expect(reading.tasks).toHaveLength(expected.appendix2.tasks.length);
  expect(new Set(reading.tasks.map((t) => t.area)).size).toBe(expected.appendix2.areas);
  reading.tasks.forEach((t, i) => {
    const e = expected.appendix2.tasks[i];
    expect({ code: t.code, row: t.row, area: t.area, sheet: t.sheet }).toEqual({
      code: e.code,
      row: e.row,
      area: e.area,
      sheet: 'Phụ lục 2',
    });
    expect(fold(t.areaTitle)).toBe(fold(e.areaTitle));
    expect(fold(t.task)).toBe(fold(e.task));
    expect(t.products.map(fold)).toEqual(e.products.map(fold));
    expect(fold(t.lead)).toBe(fold(e.lead));
    expect(fold(t.coordinators)).toBe(fold(e.coordinators));
    expect(fold(t.timeframe.text)).toBe(fold(e.timeframe));
    // "Trước ngày 5/12/2024" is read as due by the end of 4 December (see README).
    expect(t.timeframe.due).toBe(e.code === '2.1' ? '2024-12-04' : e.due);
    expect(t.budget.amount).toBe(e.budget.amount);
    expect(t.budget.note === null).toBe(e.budget.note === null);
    if (e.budget.note !== null) expect(fold(t.budget.note)).toBe(fold(e.budget.note));
  });
});

test('the findings the plan must give, and none of those it must not', () => {
  for (const p of expected.findings.present) {
    const hit = reading.findings.find(
      (f) => f.code === p.code && (!p.sheet || f.sheet === p.sheet) && (!p.cell || f.cell === p.cell),
    );
    expect(hit ?? `${p.code} at ${p.sheet ?? ''}!${p.cell ?? ''} is missing`).toEqual(
      expect.objectContaining({ code: p.code }),
    );
  }
  const codes = new Set<string>(reading.findings.map((f) => f.code));
  for (const a of expected.findings.absent) expect(codes.has(a) ? a : null).toBeNull();
  // Pin the whole list so a new false alarm on the seed is noticed.
  expect(reading.findings.map((f) => [f.sheet, f.cell, f.code])).toEqual([
    ['Phụ lục 1', 'A2', 'appendix-year-mismatch'],
    ['Phụ lục 2', 'A3', 'plan-reference-mismatch'],
    ['Phụ lục 2', 'G6', 'deadline-outside-plan-year'],
    ['Phụ lục 2', 'G7', 'deadline-outside-plan-year'],
    ['Phụ lục 2', 'H15', 'missing-budget'],
    ['Phụ lục 2', 'G16', 'deadline-outside-plan-year'],
    ['Phụ lục 2', 'H24', 'missing-budget'],
    ['Phụ lục 2', 'G27', 'deadline-outside-plan-year'],
    ['Phụ lục 2', 'H32', 'missing-budget'],
    ['Phụ lục 2', 'C13', 'lagging-year'],
    ['Phụ lục 2', 'G14', 'undated-deadline'],
    ['Phụ lục 2', 'D19', 'lagging-year'],
  ]);
  expect(reading.summary).toEqual({
    targets: 19,
    indicators: 13,
    tasks: 30,
    error: 0,
    warning: 9,
    info: 3,
    valid: true,
    partial: false,
  });
});

test('the tables found, with their header rows and columns', () => {
  expect(
    reading.tables.map((t) => [t.kind, t.sheet, t.headerRow, t.columns.lead, t.columns.timeframe ?? null, t.year]),
  ).toEqual([
    ['targets', 'Phụ lục 1', 4, 'C', null, 2023],
    ['tasks', 'Phụ lục 2', 4, 'E', 'G', 2024],
  ]);
});
