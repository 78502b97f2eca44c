/** Filled-in unit reports for the end-to-end run, made the way units make them: from the template. */
import { readPlan } from '../../src/core/readPlan';
import { templateLayoutWithRows } from '../../src/core/consolidate';
import type { Grid } from '../../src/core/grid';
import type { LayoutValue } from '../../src/core/report/layout';
import { writeWorkbook } from '../../src/xlsx/writeWorkbook';

export interface UnitFigures {
  unit: string;
  /** [numerator, denominator] per indicator row, in plan order; missing rows stay blank. */
  counts: [number, number][];
  statuses: string[];
}

export async function unitWorkbook(planGrids: Grid[], figures: UnitFigures): Promise<Uint8Array> {
  const plan = readPlan(planGrids);
  const { layout, rows } = templateLayoutWithRows(plan, figures.unit, `Năm ${plan.planYear}`, 'vi');
  const filled: LayoutValue[][] = layout.rows.map((r) => [...r]);
  figures.counts.forEach(([num, den], i) => {
    const r = rows.indicatorRows.first - 1 + i;
    if (r > rows.indicatorRows.last - 1) return;
    filled[r][3] = num;
    filled[r][4] = den;
  });
  figures.statuses.forEach((status, i) => {
    const r = rows.taskRows.first - 1 + i;
    if (r > rows.taskRows.last - 1) return;
    filled[r][3] = status;
  });
  return writeWorkbook([{ ...layout, rows: filled }]);
}
