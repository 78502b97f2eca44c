/**
 * The unit submissions' round trip: templates generated for several units from the seed plan, written as
 * .xlsx, filled by the test (two with exceljs, one in LibreOffice: counts typed, recalculated,
 * saved), read back through the xlsx host and consolidated; every aggregate checked against values
 * computed by hand.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import {
  consolidate,
  readSubmissionWorkbook,
  templateLayoutWithRows,
  type ConsolidationResult,
  type TemplateRows,
} from '../../src/core/consolidate';
import { readPlan, type PlanReading } from '../../src/core/readPlan';
import { readWorkbookFile } from '../../src/xlsx/readFile';
import { writeWorkbook } from '../../src/xlsx/writeWorkbook';
import { recalcWithLibreOffice } from './helpers/soffice';

jest.setTimeout(180_000);

const SEED = join(__dirname, '../../assets/ke-hoach-cchc-2024.xlsx');
const IDS = ['3', '4a', '4b', '5', '6a', '6b', '7', '8', '11', '14', '15', '18a', '18b'];

type Counts = Record<string, [number, number]>;
interface UnitFill {
  unit: string;
  counts: Counts;
  statuses: Record<string, string>;
}

// The figures each unit types. Hand-computed aggregates are in the test below.
const FILLS: UnitFill[] = [
  {
    unit: 'UBND Phường 1',
    counts: { '3': [40, 40], '4a': [17, 20], '4b': [7, 20], '6a': [190, 200], '18b': [29, 30] },
    statuses: { '1.1': 'Hoàn thành', '1.2': 'Đang thực hiện', '2.1': 'Hoàn thành' },
  },
  {
    unit: 'UBND Phường 2',
    counts: { '3': [55, 60], '4a': [30, 40], '4b': [0, 0], '6a': [97, 100], '18b': [0, 1] },
    statuses: { '1.1': 'Hoàn thành', '1.2': 'Chưa thực hiện' },
  },
  // Filled in LibreOffice: its rates come from LibreOffice's own recalculation.
  {
    unit: 'UBND Xã Bình Hiệp',
    counts: { '3': [10, 10], '4a': [0, 0], '6a': [2, 3], '18b': [60, 100] },
    statuses: { '1.1': 'Hoàn thành', '2.1': 'Đang thực hiện' },
  },
];

let dir: string;
let plan: PlanReading;
let rows: TemplateRows;
let result: ConsolidationResult;
const files: string[] = [];

async function fill(path: string, f: UnitFill): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.worksheets[0];
  IDS.forEach((id, i) => {
    const c = f.counts[id];
    if (!c) return;
    const r = rows.indicatorRows.first + i;
    ws.getCell(`D${r}`).value = c[0];
    ws.getCell(`E${r}`).value = c[1];
  });
  plan.tasks.forEach((t, i) => {
    const s = f.statuses[t.code];
    if (s) ws.getCell(`D${rows.taskRows.first + i}`).value = s;
  });
  await wb.xlsx.writeFile(path);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cchc-roundtrip-'));
  plan = readPlan(await readWorkbookFile(SEED));
  for (const [n, f] of FILLS.entries()) {
    const t = templateLayoutWithRows(plan, f.unit, 'Năm 2024', 'vi');
    rows = t.rows;
    const path = join(dir, `unit-${n + 1}.xlsx`);
    writeFileSync(path, await writeWorkbook([t.layout]));
    await fill(path, f);
    files.push(path);
  }
  files[2] = recalcWithLibreOffice(files[2], join(dir, 'libreoffice'), dir);
  const subs = [];
  for (const file of files) subs.push(...readSubmissionWorkbook(await readWorkbookFile(file), file).submissions);
  result = consolidate(plan, subs, { asOf: '2024-10-01', units: FILLS.map((f) => f.unit) });
});

afterAll(() => {
  if (dir && !process.env.KEEP_TMP) rmSync(dir, { recursive: true, force: true });
});

const ind = (id: string) => result.indicators.find((i) => i.id === id)!;

it('the seed plan gives the 13 indicators the templates list', () => {
  expect(plan.targets.flatMap((t) => t.indicators.map((i) => i.id))).toEqual(IDS);
});

it('each written template holds the rate formula, the whole-number check and the status list', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, 'unit-1.xlsx'));
  const ws = wb.worksheets[0];
  const r = rows.indicatorRows.first;
  expect((ws.getCell(`F${r}`).value as { formula: string }).formula).toBe(`IF(E${r}>0,100*D${r}/E${r},"")`);
  expect(ws.getCell(`D${r}`).dataValidation).toMatchObject({
    type: 'whole',
    operator: 'greaterThanOrEqual',
    formulae: [0],
  });
  expect(ws.getCell(`D${rows.taskRows.first}`).dataValidation).toMatchObject({
    type: 'list',
    formulae: ['"Hoàn thành,Đang thực hiện,Chưa thực hiện"'],
  });
});

it('LibreOffice recalculated the rates of the unit it filled to 100·Số đạt/Tổng số', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(files[2]);
  const ws = wb.worksheets[0];
  const rateAt = (id: string) => {
    const v = ws.getCell(`F${rows.indicatorRows.first + IDS.indexOf(id)}`).value as {
      formula?: string;
      result?: unknown;
    };
    expect(v.formula).toMatch(/^IF\(E\d+>0,100\*D\d+\/E\d+,""\)$/);
    return v.result;
  };
  expect(rateAt('3')).toBe(100);
  expect(rateAt('18b')).toBe(60);
  // LibreOffice stores 15 significant digits: 66.6666666666667, not JS's 66.66666666666667.
  expect(rateAt('6a')).toBeCloseTo((100 * 2) / 3, 12);
  // 0/0: the formula's empty text, not 0 %. LibreOffice saves it as an empty <v> of type str,
  // which exceljs hands back as no result at all.
  expect(rateAt('4a') ?? '').toBe('');
  expect(rateAt('5') ?? '').toBe('');
});

it('reads the three submissions back with their units and period', () => {
  expect(result.submissions.map((s) => [s.unit, s.period])).toEqual(FILLS.map((f) => [f.unit, 'Năm 2024']));
});

it('gives the hand-computed aggregates', () => {
  // 3: (40+55+10)/(40+60+10) = 105/110 = 95,45…% < 100 → not met.
  expect(ind('3')).toMatchObject({ numerator: 105, denominator: 110, rate: (100 * 105) / 110, met: false });
  // 4a: (17+30)/(20+40) = 47/60 = 78,33…% < 85; Bình Hiệp's 0/0 is not applicable.
  expect(ind('4a')).toMatchObject({
    numerator: 47,
    denominator: 60,
    rate: (100 * 47) / 60,
    met: false,
    units: ['UBND Phường 1', 'UBND Phường 2'],
  });
  // 4b: 7/20 = 35% exactly on "≥ 35%" → met; Phường 2's 0/0 not applicable, Bình Hiệp has none.
  expect(ind('4b')).toMatchObject({ numerator: 7, denominator: 20, rate: 35, met: true, units: ['UBND Phường 1'] });
  // 6a: (190+97+2)/(200+100+3) = 289/303 = 95,379…% ≥ 95 → met, though Bình Hiệp alone is 66,7%.
  expect(ind('6a')).toMatchObject({ numerator: 289, denominator: 303, rate: (100 * 289) / 303, met: true });
  // 18b: (29+0+60)/(30+1+100) = 89/131 = 67,938…% ≥ 60 → met.
  expect(ind('18b')).toMatchObject({ numerator: 89, denominator: 131, rate: (100 * 89) / 131, met: true });
  // Nobody reported 5: no rate and no verdict.
  expect(ind('5')).toMatchObject({ numerator: 0, denominator: 0, rate: null, met: null, units: [] });
});

it('per unit, the rates read from LibreOffice agree with the counts, so no rate-mismatch', () => {
  expect(ind('6a').perUnit.map((p) => [p.unit, p.state, p.met])).toEqual([
    ['UBND Phường 1', 'included', true],
    ['UBND Phường 2', 'included', true],
    ['UBND Xã Bình Hiệp', 'included', false],
  ]);
  expect(ind('6a').perUnit[2].rate).toBe((100 * 2) / 3);
  expect(result.findings).toEqual([]);
});

it('gives the task statuses', () => {
  const t = (code: string) => result.tasks.find((x) => x.code === code)!;
  expect([t('1.1').status, t('1.1').reports.length]).toEqual(['done', 3]);
  expect(t('1.2').status).toBe('in-progress');
  expect(t('2.1').status).toBe('in-progress');
  expect(t('1.3').status).toBe('unreported');
  expect(result.tasks.filter((x) => x.status === 'unreported')).toHaveLength(27);
});

it('the LibreOffice-saved file keeps the in-cell list and the whole-number check', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(files[2]);
  const ws = wb.worksheets[0];
  expect(ws.getCell(`D${rows.taskRows.first}`).dataValidation).toMatchObject({ type: 'list' });
  expect(ws.getCell(`E${rows.indicatorRows.last}`).dataValidation).toMatchObject({ type: 'whole' });
});
