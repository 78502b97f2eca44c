/**
 * Oversize requests and responses, as Excel on the web answers them: the documented codes or a
 * GeneralException from an HTTP 500. Reads and writes both shrink the block and retry; a write
 * that still fails (or is cancelled) leaves no half-written `CCHC - …` sheet behind.
 */
import type { SheetLayout } from '../../src/core/report/layout';
import { FULL_CAPABILITIES } from '../../src/host/capabilities';
import { readGrids } from '../../src/excel/readGrids';
import { writeLayouts } from '../../src/excel/writeLayouts';
import { FakeContext, snapshotUserCells } from './fakeExcel';
import { bigGrid, seedGrids } from './seed';

const asContext = (ctx: FakeContext) => ctx as unknown as Excel.RequestContext;
const layout = (rows: number): SheetLayout => ({
  name: 'Lớn',
  rows: Array.from({ length: rows }, (_, i) => [i, `dòng ${i} ${'x'.repeat(40)}`]),
});

describe.each(['documented', 'http500'] as const)('oversize answered as %s', (oversize) => {
  it('the fake refuses a request over the limit without running any of it', async () => {
    const ctx = new FakeContext([]);
    ctx.oversize = oversize;
    ctx.payloadLimit = 1000;
    const ws = asContext(ctx).workbook.worksheets.add('X');
    ws.getRangeByIndexes(0, 0, 100, 1).values = Array.from({ length: 100 }, (_, i) => [`row ${i}`]);
    await expect(ctx.sync()).rejects.toMatchObject({
      code: oversize === 'documented' ? 'RequestPayloadSizeLimitExceeded' : 'GeneralException',
    });
    expect(ctx.sheet('X')).toBeUndefined();
  });

  it('reads shrink the block and retry', async () => {
    const ctx = new FakeContext([bigGrid('Big', 20000, 8)]);
    ctx.oversize = oversize;
    ctx.payloadLimit = 1024 * 1024;
    const [g] = await readGrids(asContext(ctx), { capabilities: FULL_CAPABILITIES });
    expect(g.values).toHaveLength(20000);
    expect(g.values[19999][0]).toBe(20000);
    expect(ctx.stats.failedSyncs).toBeGreaterThan(0);
  });

  it('writes shrink the block and retry: every row lands, in one sheet', async () => {
    const ctx = new FakeContext(await seedGrids());
    ctx.oversize = oversize;
    ctx.payloadLimit = 512 * 1024;
    const before = snapshotUserCells(ctx);
    const result = await writeLayouts(asContext(ctx), [layout(30000)], { capabilities: FULL_CAPABILITIES });
    expect(result.sheets).toEqual(['CCHC - Lớn']);
    const s = ctx.sheet('CCHC - Lớn');
    expect(s?.get(0, 0)).toBe(0);
    expect(s?.get(29999, 0)).toBe(29999);
    expect(ctx.stats.failedSyncs).toBeGreaterThan(0);
    expect(ctx.sheets.filter((x) => x.name.startsWith('CCHC - Lớn'))).toHaveLength(1);
    expect(snapshotUserCells(ctx)).toBe(before);
  });

  it('a write that fails even one row at a time removes the half-written sheet and says so', async () => {
    const ctx = new FakeContext(await seedGrids());
    ctx.oversize = oversize;
    const before = snapshotUserCells(ctx);
    const names = ctx.sheets.map((s) => s.name);
    const rows: SheetLayout['rows'] = Array.from({ length: 200 }, (_, i) => [i, 'ngắn']);
    rows.push([0, 'x'.repeat(30000)]);
    ctx.payloadLimit = 20000;
    await expect(
      writeLayouts(
        asContext(ctx),
        [
          { name: 'Đầu', rows: [[1]] },
          { name: 'Lớn', rows },
        ],
        { capabilities: FULL_CAPABILITIES },
      ),
    ).rejects.toMatchObject({
      code: oversize === 'documented' ? 'RequestPayloadSizeLimitExceeded' : 'GeneralException',
    });
    // Both sheets of the failed call are gone: a report is written whole or not at all.
    expect(ctx.sheets.map((s) => s.name)).toEqual(names);
    expect(snapshotUserCells(ctx)).toBe(before);
    // Halving is depth-first: a persistent failure surfaces after ~log2(rows) round trips.
    expect(ctx.stats.syncs).toBeLessThan(30);
  });
});

describe('a cancelled write', () => {
  it('removes the sheet it had started', async () => {
    const ctx = new FakeContext([]);
    const ac = new AbortController();
    const rows = Array.from({ length: 50000 }, (_, i) => [i, `dòng ${i}`]);
    await expect(
      writeLayouts(asContext(ctx), [{ name: 'Lớn', rows }], {
        capabilities: FULL_CAPABILITIES,
        signal: ac.signal,
        onProgress: (p) => p.done > 0 && ac.abort(),
      }),
    ).rejects.toThrow('cancelled');
    expect(ctx.sheets).toEqual([]);
  });
});
