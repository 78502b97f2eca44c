/** The engine's reading of a plan, with places taken out, so a Word and an Excel reading compare. */
import { readPlan, type PlanReading } from '../../src/core/readPlan';
import type { Grid } from '../../src/core/grid';

function withoutPlace<T extends object>(x: T): Omit<T, 'sheet' | 'row'> {
  const { sheet: _s, row: _r, ...rest } = x as T & { sheet?: unknown; row?: unknown };
  return rest;
}

export function placeFree(reading: PlanReading) {
  return {
    planYear: reading.planYear,
    plan: reading.plan,
    targets: reading.targets.map(withoutPlace),
    tasks: reading.tasks.map(withoutPlace),
    findings: reading.findings.map((f) => ({ code: f.code, severity: f.severity, value: f.value, params: f.params })),
    tables: reading.tables.map((t) => ({
      kind: t.kind,
      headerRows: t.headerRows,
      columns: t.columns,
      year: t.year,
      reference: t.reference && withoutPlace(t.reference),
    })),
  };
}

export const readingOf = (grids: Grid[]) => readPlan(grids);
