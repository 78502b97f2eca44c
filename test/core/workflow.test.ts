/**
 * The workbook workflows the pane and the command line share: which plan a workbook holds, and
 * why none when it holds none, on the real sample plan, a real unit workbook and sheets built here.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Grid } from '../../src/core/grid';
import { readPlan } from '../../src/core/readPlan';
import { readSubmissions } from '../../src/core/consolidate';
import { checkWorkbook } from '../../src/core/workflow/checkWorkbook';
import { consolidateWorkbook, periodSetting } from '../../src/core/workflow/consolidateWorkbook';
import { planOfWorkbook } from '../../src/core/workflow/planOfWorkbook';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { seedGrids } from '../excel/seed';
import { cleanPlan, gridOf } from '../helpers/grid';

const UNITS_FILE = join(__dirname, '../fixtures/submissions/messy-two-units.xlsx');

let plan: Grid[];
let units: Grid[];
beforeAll(async () => {
  plan = await seedGrids();
  units = await readWorkbook(new Uint8Array(readFileSync(UNITS_FILE)));
});

describe('planOfWorkbook', () => {
  it('reads the plan of a plan workbook', () => {
    const found = planOfWorkbook(plan, { file: 'ke-hoach.xlsx' });
    if (!found.ok) throw new Error(found.reason);
    expect(found.plan.summary).toEqual(readPlan(plan).summary);
    expect(found.plan.tasks.length).toBeGreaterThan(0);
    expect(found.submissions).toEqual([]);
  });

  it('reads the plan beside the unit sheets imported into the same workbook, and returns those sheets', () => {
    const found = planOfWorkbook([...plan, ...units], { file: 'ke-hoach.xlsx' });
    if (!found.ok) throw new Error(found.reason);
    expect(found.plan.summary).toEqual(readPlan(plan).summary);
    expect(found.submissions.map((s) => s.sheet)).toEqual(readSubmissions(units, 'ke-hoach.xlsx').map((s) => s.sheet));
    expect(found.submissions.length).toBeGreaterThan(0);
  });

  it('names a unit workbook given as the plan', () => {
    const found = planOfWorkbook(units, { file: 'don-vi.xlsx' });
    expect(found).toMatchObject({ ok: false, reason: 'unit-reports-only' });
  });

  it('names a workbook with no plan table', () => {
    expect(planOfWorkbook([gridOf('Sheet1', [['Danh sách đơn vị'], ['UBND Phường 1']])])).toMatchObject({
      ok: false,
      reason: 'no-plan-tables',
    });
    expect(planOfWorkbook([])).toMatchObject({ ok: false, reason: 'no-plan-tables' });
  });

  it('names a plan table with neither a percentage indicator nor a task', () => {
    // The clean plan's targets sheet with only its targets that set no percentage.
    const rows = cleanPlan().targets.filter((r) => typeof r[1] !== 'string' || !r[1].includes('%'));
    const found = planOfWorkbook([gridOf('PL1', rows)]);
    expect(found).toMatchObject({ ok: false, reason: 'nothing-to-measure' });
    expect(found.plan.tables.length).toBe(1);
    expect(found.plan.targets.length).toBeGreaterThan(0);
  });

  it('a percentage target alone, or a task alone, is something to work against', () => {
    const { targets, tasks, taskMerges } = cleanPlan();
    expect(planOfWorkbook([gridOf('PL1', targets)]).ok).toBe(true);
    expect(planOfWorkbook([gridOf('PL2', tasks, taskMerges)]).ok).toBe(true);
  });
});

describe('checkWorkbook', () => {
  it('checks the plan sheets only, and never fails', () => {
    const reading = checkWorkbook([...plan, ...units], { file: 'ke-hoach.xlsx' });
    expect(reading.summary).toEqual(readPlan(plan).summary);
    const none = checkWorkbook(units);
    expect(none.tables).toEqual([]);
  });

  it('passes the plan year and the user’s column choices through', () => {
    expect(checkWorkbook(plan, { planYear: 2031 }).planYear).toBe(2031);
    const table = checkWorkbook(plan).tables.find((t) => t.kind === 'tasks');
    if (!table) throw new Error('no task table');
    // Column 26 is Z: the user says the products are there.
    const moved = checkWorkbook(plan, { columns: [{ sheet: table.sheet, roles: { products: 26 } }] });
    expect(table.columns.products).not.toBe('Z');
    expect(moved.tables.find((t) => t.kind === 'tasks')?.columns.products).toBe('Z');
  });
});

describe('consolidateWorkbook', () => {
  it('consolidates the workbook’s own unit sheets, or exactly the submissions given', () => {
    const own = consolidateWorkbook([...plan, ...units], { file: 'ke-hoach.xlsx', asOf: '2024-12-31' });
    if (!own.ok) throw new Error(own.reason);
    expect(own.result.submissions.length).toBe(readSubmissions(units, 'ke-hoach.xlsx').length);
    const given = consolidateWorkbook(plan, { asOf: '2024-12-31', submissions: [] });
    if (!given.ok) throw new Error(given.reason);
    expect(given.result.submissions).toEqual([]);
  });

  it('gives the reason when there is no plan', () => {
    expect(consolidateWorkbook(units, { asOf: '2024-12-31' })).toEqual({ ok: false, reason: 'unit-reports-only' });
  });

  it('reads the plan with the column choices it is given, as checkWorkbook does', () => {
    const columns = [{ sheet: 'Phụ lục 2', headerRow: 4, roles: { lead: 6 } }];
    const leads = (r: { tasks: { lead: string | null }[] }) => r.tasks.map((t) => t.lead);
    const chosen = consolidateWorkbook(plan, { asOf: '2024-12-31', columns });
    const plain = consolidateWorkbook(plan, { asOf: '2024-12-31' });
    if (!chosen.ok || !plain.ok) throw new Error('no plan');
    expect(leads(chosen.plan)).toEqual(leads(checkWorkbook(plan, { columns })));
    expect(leads(chosen.plan)).not.toEqual(leads(plain.plan));
  });

  it('reads the period against the plan year, and does not guess at one it cannot read', () => {
    const reading = readPlan(plan);
    // The quarter's data window is the Ministry's: from 15 December of the year before.
    expect(periodSetting(reading, 'Quý I')).toMatchObject({ key: `${reading.planYear}-q1`, year: reading.planYear });
    expect(periodSetting(reading, 'không rõ')).toBeNull();
    expect(periodSetting(reading, '  ')).toBeNull();
    expect(periodSetting(reading, undefined)).toBeNull();
  });
});
