/**
 * The layout-variant proof: random combinations of the named variation kinds (layout.ts) applied
 * to the three base plans (plans.ts), each generated workbook read by the engine and compared with
 * the reading its layout must give. A fixed seed in `npm test`; `npm run test:layouts -- --seed N
 * --count M` runs another sample (LAYOUT_SEED / LAYOUT_COUNT).
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { readPlan } from '../../src/core/readPlan';
import { columnLetter, type Grid } from '../../src/core/grid';
import { readWorkbookFile } from '../../src/xlsx/readFile';
import { recalcWithLibreOffice } from '../consolidate/helpers/soffice';
import { differences } from './compare';
import { DEFAULT_LAYOUT, randomLayout, rng, VARIATION_KINDS } from './layout';
import { BASE_PLANS } from './plans';
import { render } from './render';

const SEED = Number(process.env.LAYOUT_SEED ?? 20241228);
const COUNT = Number(process.env.LAYOUT_COUNT ?? 300);

function sample(seed: number, count: number) {
  const r = rng(seed);
  return Array.from({ length: count }, (_, i) => {
    const plan = BASE_PLANS[i % BASE_PLANS.length];
    const { layout, kinds } = randomLayout(r);
    return { i, plan, layout, kinds };
  });
}

test('at least twenty named variation kinds, three base plans', () => {
  expect(VARIATION_KINDS.length).toBeGreaterThanOrEqual(20);
  expect(new Set(VARIATION_KINDS.map((k) => k.name)).size).toBe(VARIATION_KINDS.length);
  expect(BASE_PLANS.map((p) => p.name)).toEqual(['seed', 'commune', 'department']);
});

test('each base plan in the default layout reads exactly right', () => {
  for (const plan of BASE_PLANS) {
    const { grids, expected } = render(plan, DEFAULT_LAYOUT);
    expect({ plan: plan.name, diff: differences(readPlan(grids, { planYear: plan.year }), expected) }).toEqual({
      plan: plan.name,
      diff: [],
    });
  }
});

test('each variation kind alone reads exactly right on every base plan', () => {
  const wrong: string[] = [];
  for (const kind of VARIATION_KINDS) {
    for (const plan of BASE_PLANS) {
      const layout = { ...DEFAULT_LAYOUT, origin: { ...DEFAULT_LAYOUT.origin } };
      kind.apply(layout, rng(7));
      const { grids, expected } = render(plan, layout);
      const d = differences(readPlan(grids, { planYear: plan.year }), expected);
      if (d.length) wrong.push(`${plan.name} + ${kind.name}: ${d.slice(0, 3).join('; ')}`);
    }
  }
  expect(wrong).toEqual([]);
});

test(`${COUNT} random layouts (seed ${SEED}) read exactly right`, () => {
  const wrong: string[] = [];
  for (const { i, plan, layout, kinds } of sample(SEED, COUNT)) {
    const { grids, expected } = render(plan, layout);
    const d = differences(readPlan(grids, { planYear: plan.year }), expected);
    if (d.length) wrong.push(`#${i} ${plan.name} [${kinds.join(', ')}]: ${d.slice(0, 3).join('; ')}`);
  }
  expect(wrong.slice(0, 10)).toEqual([]);
});

/** A generated grid as a real workbook: values, merges, number formats, written by exceljs. */
async function writeXlsx(grids: Grid[], file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const g of grids) {
    const ws = wb.addWorksheet(g.sheet);
    g.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(g.origin.row + r, g.origin.col + c);
        cell.value = v;
        const f = g.numberFormats?.[r]?.[c];
        if (f) cell.numFmt = f;
      }),
    );
    for (const m of g.merges)
      ws.mergeCells(`${columnLetter(m.startCol)}${m.startRow}:${columnLetter(m.endCol)}${m.endRow}`);
  }
  await wb.xlsx.writeFile(file);
}

test('a handful written as .xlsx by exceljs and saved again by LibreOffice read exactly right', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-layouts-'));
  try {
    const picks = sample(SEED + 1, 6);
    const wrong: string[] = [];
    for (const { i, plan, layout, kinds } of picks) {
      const { grids, expected } = render(plan, layout);
      const file = join(dir, `layout-${i}.xlsx`);
      await writeXlsx(grids, file);
      const direct = differences(readPlan(await readWorkbookFile(file), { planYear: plan.year }), expected);
      const saved = recalcWithLibreOffice(file, join(dir, 'lo'), dir);
      const viaLo = differences(readPlan(await readWorkbookFile(saved), { planYear: plan.year }), expected);
      if (direct.length)
        wrong.push(`#${i} ${plan.name} [${kinds.join(', ')}] exceljs: ${direct.slice(0, 3).join('; ')}`);
      if (viaLo.length)
        wrong.push(`#${i} ${plan.name} [${kinds.join(', ')}] LibreOffice: ${viaLo.slice(0, 3).join('; ')}`);
    }
    expect(wrong).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 300_000);
