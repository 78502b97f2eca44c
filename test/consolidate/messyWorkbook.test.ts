/**
 * A submission workbook edited the way units edit them (test/fixtures/submissions, written by
 * scripts/make-submission-fixtures.js), read through the xlsx host and consolidated against the
 * seed plan; every aggregate checked against values computed by hand.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { consolidate, readSubmissionWorkbook, type ConsolidationResult } from '../../src/core/consolidate';
import { readWorkbookFile } from '../../src/xlsx/readFile';
import { seedPlan } from './helpers/plan';

const DIR = join(__dirname, '../fixtures/submissions');
let result: ConsolidationResult;
let sheets: string[];

beforeAll(async () => {
  const grids = await readWorkbookFile(join(DIR, 'messy-two-units.xlsx'));
  sheets = grids.map((g) => g.sheet);
  const read = readSubmissionWorkbook(grids, 'messy-two-units.xlsx');
  const units = readFileSync(join(DIR, 'units.txt'), 'utf8').split('\n');
  result = consolidate(seedPlan(), read.submissions, { asOf: '2024-10-01', units, findings: read.findings });
});
const ind = (id: string) => result.indicators.find((i) => i.id === id)!;

it('finds the two submissions and skips the instructions sheet', () => {
  expect(sheets).toEqual(['Hướng dẫn', 'Phường 1', 'Bình Hiệp']);
  expect(result.submissions).toEqual([
    {
      unit: 'UBND Phường 1',
      file: 'messy-two-units.xlsx',
      sheet: 'Phường 1',
      period: 'Quý III/2024',
      periodKey: '2024-q3',
      used: true,
    },
    {
      unit: 'UBND xã Bình Hiệp',
      file: 'messy-two-units.xlsx',
      sheet: 'Bình Hiệp',
      period: 'Quý III/2024',
      periodKey: '2024-q3',
      used: true,
    },
  ]);
});

it('reads text counts, every rate form, a two-row header and a 0/0 row', () => {
  // 3: (1.200 + 50) / (1.200 + 60) = 1250/1260 = 99,206…% < 100.
  expect(ind('3')).toMatchObject({ numerator: 1250, denominator: 1260, rate: (100 * 1250) / 1260, met: false });
  // 4a: (7 + 9) / (8 + 10) = 16/18 = 88,88…% ≥ 85 (the commune's changed target does not apply).
  expect(ind('4a')).toMatchObject({ numerator: 16, denominator: 18, rate: (100 * 16) / 18, met: true, target: 85 });
  // 4b: only Phường 1 counts (15/40 = 37,5%); Bình Hiệp's 0/0 is not applicable.
  expect(ind('4b')).toMatchObject({ numerator: 15, denominator: 40, rate: 37.5, met: true, units: ['UBND Phường 1'] });
  expect(ind('4b').perUnit.map((p) => p.state)).toEqual(['included', 'not-applicable']);
  // 6a: a rate alone: the unit's verdict, no aggregate.
  expect(ind('6a')).toMatchObject({ rate: null, met: null, units: [] });
  expect(ind('6a').perUnit[0]).toMatchObject({ state: 'rate-only', rate: 96.5, met: true });
});

it('reads the task table typed without diacritics', () => {
  expect(result.tasks.find((t) => t.code === '1.1')).toMatchObject({
    status: 'done',
    overdue: false,
    reports: [{ unit: 'UBND Phường 1', status: 'done', doneDate: '2024-09-30' }],
  });
  expect(result.tasks.find((t) => t.code === '1.2')).toMatchObject({ status: 'in-progress' });
});

it('reports exactly the expected findings, in order, with their cells', () => {
  expect(result.findings.map((f) => [f.code, f.severity, f.params.unit, f.sheet, f.cell])).toEqual([
    ['missing-submission', 'warning', 'UBND Phường 2', null, null],
    ['unknown-indicator', 'warning', 'UBND xã Bình Hiệp', 'Bình Hiệp', null],
    ['target-changed', 'error', 'UBND xã Bình Hiệp', 'Bình Hiệp', 'C6'],
    ['rate-without-counts', 'info', 'UBND Phường 1', 'Phường 1', 'D10'],
  ]);
});
