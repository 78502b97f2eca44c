/**
 * How long consolidating 300 submissions takes. Not part of `npm test` (it asserts nothing about
 * time, and it writes 300 files); run it with
 *
 *   npx jest --testMatch '**\/*.bench.ts' test/consolidate
 *   BENCH_KEEP=/tmp/subs npx jest --testMatch '**\/*.bench.ts' test/consolidate   (keeps the files)
 *
 * Each submission is a template for the seed plan written through the xlsx host, with every count
 * filled and the rate's cached result set as Excel would save it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { performance } from 'perf_hooks';
import {
  consolidate,
  readSubmissions,
  readSubmissionWorkbook,
  summaryLayouts,
  templateLayoutWithRows,
  type Submission,
} from '../../src/core/consolidate';
import { readPlan } from '../../src/core/readPlan';
import { isLayoutCell } from '../../src/core/report/layout';
import { readWorkbookFile } from '../../src/xlsx/readFile';
import { writeWorkbook } from '../../src/xlsx/writeWorkbook';

jest.setTimeout(600_000);
const N = Number(process.env.BENCH_SUBMISSIONS ?? 300);
const STATUSES = ['Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'];

it(`consolidates ${N} submission files`, async () => {
  // BENCH_KEEP=DIR keeps the files there, to time the command line on them too.
  const keep = process.env.BENCH_KEEP;
  const dir = keep ? (mkdirSync(keep, { recursive: true }), keep) : mkdtempSync(join(tmpdir(), 'cchc-bench-'));
  try {
    const plan = readPlan(await readWorkbookFile(join(__dirname, '../../assets/ke-hoach-cchc-2024.xlsx')));
    let t = performance.now();
    const files: string[] = [];
    for (let n = 0; n < N; n++) {
      const { layout, rows } = templateLayoutWithRows(plan, `UBND Phường ${n + 1}`, 'Năm 2024');
      for (let r = rows.indicatorRows.first; r <= rows.indicatorRows.last; r++) {
        const den = 20 + ((n * 7 + r) % 180);
        const num = (n * 13 + r * 3) % (den + 1);
        const row = layout.rows[r - 1];
        row[3] = { value: num, numFmt: '#,##0' };
        row[4] = { value: den, numFmt: '#,##0' };
        const rate = row[5];
        if (isLayoutCell(rate)) rate.value = (100 * num) / den;
      }
      for (let r = rows.taskRows.first; r <= rows.taskRows.last; r++) layout.rows[r - 1][3] = STATUSES[(n + r) % 3];
      const file = join(dir, `u${String(n + 1).padStart(3, '0')}.xlsx`);
      writeFileSync(file, await writeWorkbook([layout]));
      files.push(file);
    }
    const generate = performance.now() - t;

    t = performance.now();
    const grids = [];
    for (const f of files) grids.push({ file: f, grids: await readWorkbookFile(f) });
    const readXlsx = performance.now() - t;

    t = performance.now();
    const subs: Submission[] = [];
    for (const g of grids) subs.push(...readSubmissionWorkbook(g.grids, g.file).submissions);
    const readSubs = performance.now() - t;

    t = performance.now();
    const result = consolidate(plan, subs, { asOf: '2024-12-31' });
    const cons = performance.now() - t;

    t = performance.now();
    const bytes = await writeWorkbook(summaryLayouts(result, 'vi'));
    const summary = performance.now() - t;

    const ms = (x: number) => `${x.toFixed(0)} ms`;
    console.log(
      [
        `${N} submissions × ${result.indicators.length} indicators, ${result.tasks.length} tasks (${subs.length} read, ${result.findings.length} findings)`,
        `generate files:       ${ms(generate)}`,
        `read .xlsx (exceljs): ${ms(readXlsx)}  (${(readXlsx / N).toFixed(1)} ms/file)`,
        `readSubmissions:      ${ms(readSubs)}`,
        `consolidate:          ${ms(cons)}`,
        `summary workbook:     ${ms(summary)}  (${bytes.length} bytes)`,
      ].join('\n'),
    );
    expect(subs).toHaveLength(N);
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
});

it('scales linearly in core (in-memory grids, no file reading)', async () => {
  const plan = readPlan(await readWorkbookFile(join(__dirname, '../../assets/ke-hoach-cchc-2024.xlsx')));
  const { layoutToGrid } = await import('./helpers/grids');
  const lines: string[] = [];
  for (const n of [300, 3000]) {
    const grids = [];
    for (let u = 0; u < n; u++) {
      const { layout, rows } = templateLayoutWithRows(plan, `Đơn vị ${u + 1}`, 'Năm 2024');
      const fill: Record<string, number> = {};
      for (let r = rows.indicatorRows.first; r <= rows.indicatorRows.last; r++) {
        fill[`E${r}`] = 50 + ((u + r) % 50);
        fill[`D${r}`] = (u * 7 + r) % 50;
      }
      grids.push(layoutToGrid(layout, fill));
    }
    let t = performance.now();
    const subs = readSubmissions(grids, null);
    const read = performance.now() - t;
    t = performance.now();
    consolidate(plan, subs, { asOf: '2024-12-31' });
    lines.push(
      `${n} submissions: readSubmissions ${read.toFixed(0)} ms, consolidate ${(performance.now() - t).toFixed(0)} ms`,
    );
  }
  console.log(lines.join('\n'));
});
