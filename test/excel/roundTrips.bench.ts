/**
 * The pane's cost in Office.js round trips (each a request to Excel), recorded on the fake Excel context: syncs
 * and the largest request (JSON bytes of one sync) for reading a 10-row and a 50,000-row sheet,
 * for the generated 50,000-row task workbook with many merged areas, and for writing a 50,000-row
 * report. Written to .bench/roundtrips.md. The bounds themselves are asserted by readGrids.test.ts
 * and writeLayouts.test.ts; this file only records the numbers.
 *
 *   npx jest test/excel/ --testMatch '**' + '/*.bench.ts'
 */
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Grid } from '../../src/core/grid';
import { readPlan } from '../../src/core/readPlan';
import { finding } from '../../src/core/checks/context';
import { countBySeverity } from '../../src/core/findings/finding';
import { findingsLayout } from '../../src/core/report/findingsLayout';
import type { SheetLayout } from '../../src/core/report/layout';
import { FULL_CAPABILITIES } from '../../src/host/capabilities';
import { readGrids } from '../../src/excel/readGrids';
import { writeLayouts } from '../../src/excel/writeLayouts';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { FakeContext } from './fakeExcel';
import { bigGrid } from './seed';

const ROOT = join(__dirname, '../..');
const LIMIT = 5 * 1024 * 1024;

jest.setTimeout(10 * 60 * 1000);

interface Row {
  what: string;
  size: string;
  syncs: number;
  maxPayload: number;
}
const rows: Row[] = [];

function asContext(ctx: FakeContext): Excel.RequestContext {
  return ctx as unknown as Excel.RequestContext;
}

async function measureWrite(what: string, layout: SheetLayout): Promise<void> {
  const ctx = new FakeContext([]);
  const out = await writeLayouts(asContext(ctx), [layout], { capabilities: FULL_CAPABILITIES });
  expect(ctx.sheet(out.sheets[0])?.get(layout.rows.length - 1, 0)).not.toBeUndefined();
  rows.push({ what, size: `${layout.rows.length} rows`, ...ctx.stats });
}

async function measureRead(what: string, grids: Grid[]): Promise<void> {
  const ctx = new FakeContext(grids);
  const read = await readGrids(asContext(ctx), { capabilities: FULL_CAPABILITIES });
  const cells = read.reduce((n, g) => n + g.values.length * (g.values[0]?.length ?? 0), 0);
  const merges = read.reduce((n, g) => n + g.merges.length, 0);
  rows.push({
    what,
    size: `${read.reduce((n, g) => n + g.values.length, 0)} rows, ${cells} cells, ${merges} merged areas`,
    ...ctx.stats,
  });
}

afterAll(() => {
  if (rows.length === 0) return;
  mkdirSync(join(ROOT, '.bench'), { recursive: true });
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  const text = [
    '## Office.js round trips (fake Excel context)',
    '',
    `Measured ${new Date().toISOString()} by test/excel/roundTrips.bench.ts. A request is one \`context.sync()\`; its size is`,
    'the JSON of what it sends or receives, as the fake estimates it. Excel on the web refuses a request over 5 MB.',
    '',
    '| operation | size | syncs | largest request | under 5 MB |',
    '| --- | --- | ---: | ---: | :---: |',
    ...rows.map(
      (r) =>
        `| ${r.what} | ${r.size} | ${r.syncs} | ${kb(r.maxPayload)} | ${r.maxPayload < LIMIT ? 'yes' : '**no**'} |`,
    ),
  ].join('\n');
  writeFileSync(join(ROOT, '.bench/roundtrips.md'), `${text}\n`);
  console.log(text);
});

describe('round trips', () => {
  it('read a 10-row sheet', async () => {
    await measureRead('read a 10-row sheet', [bigGrid('S', 10, 8)]);
    expect(rows).toHaveLength(1);
  });

  it('read a 50,000-row sheet', async () => {
    await measureRead('read a 50,000-row sheet', [bigGrid('Big', 50000, 8)]);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('read the generated 50,000-row task workbook (many merged areas)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-rt-'));
    try {
      const file = join(dir, 'tasks-50000-many.xlsx');
      const made = spawnSync(
        process.execPath,
        [join(ROOT, 'scripts/make-big-workbook.js'), file, '--rows', '50000', '--merges', 'many'],
        { encoding: 'utf8' },
      );
      if (made.status !== 0) throw new Error(made.stderr);
      await measureRead(
        'read the 50,000-row task workbook (many merges)',
        await readWorkbook(new Uint8Array(readFileSync(file))),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('write a 50,000-row report sheet (the findings report, as the pane lays it out)', async () => {
    // Sorted as readPlan sorts them: errors first, so each tone comes in one long run.
    const findings = [
      ...Array.from({ length: 20000 }, (_, i) =>
        finding('missing-lead', { sheet: 'Phụ lục 2', row: i + 8, column: 'F' }, null, { number: '' }),
      ),
      ...Array.from({ length: 30000 }, (_, i) =>
        finding('missing-budget', { sheet: 'Phụ lục 2', row: i + 8, column: 'H' }, null, { number: '' }),
      ),
    ];
    const base = readPlan([]);
    const reading = { ...base, findings, summary: { ...base.summary, ...countBySeverity(findings) } };
    const layout = findingsLayout([{ file: 'ke-hoach.xlsx', reading }], 'vi');
    await measureWrite(`write report (${layout.rows.length} rows × 8 columns, findings layout)`, layout);
  });

  it('write a 50,000-row report sheet whose tone changes every row (worst case for format runs)', async () => {
    const layout: SheetLayout = {
      name: 'Xen kẽ',
      rows: Array.from({ length: 50000 }, (_, i) => [
        { value: `Dòng ${i + 1}`, tone: i % 2 === 0 ? ('error' as const) : ('warning' as const) },
        i,
        'văn bản',
      ]),
    };
    await measureWrite('write report (50,000 rows × 3 columns, tone alternating per row)', layout);
  });
});
