import { readGrids } from '../../src/excel/readGrids';
import { FULL_CAPABILITIES } from '../../src/host/capabilities';
import type { Grid } from '../../src/core/grid';
import { FakeContext, snapshotUserCells } from './fakeExcel';
import { bigGrid, seedGrids } from './seed';

function ctxOf(grids: Grid[]): { ctx: FakeContext; context: Excel.RequestContext } {
  const ctx = new FakeContext(grids);
  return { ctx, context: ctx as unknown as Excel.RequestContext };
}

describe('readGrids (Office.js host) on the seed workbook', () => {
  let seed: Grid[];
  beforeAll(async () => {
    seed = await seedGrids();
  });

  it('gives the same Grids as the .xlsx host: values, number formats, merges', async () => {
    const { ctx, context } = ctxOf(seed);
    const grids = await readGrids(context, { capabilities: FULL_CAPABILITIES });
    expect(grids.map((g) => g.sheet)).toEqual(seed.map((g) => g.sheet));
    grids.forEach((g, i) => {
      expect(g.origin).toEqual(seed[i].origin);
      expect(g.values).toEqual(seed[i].values);
      const sortKey = (m: { startRow: number; startCol: number }) => m.startRow * 100000 + m.startCol;
      expect([...g.merges].sort((a, b) => sortKey(a) - sortKey(b))).toEqual(
        [...seed[i].merges].sort((a, b) => sortKey(a) - sortKey(b)),
      );
      g.values.forEach((row, r) =>
        row.forEach((_, c) => {
          const want = seed[i].numberFormats?.[r]?.[c] ?? 'General';
          expect(g.numberFormats?.[r]?.[c] ?? 'General').toBe(want ?? 'General');
        }),
      );
    });
    // sheet list, used ranges + merges, one batch of values.
    expect(ctx.stats.syncs).toBe(3);
    expect(ctx.stats.userWrites).toEqual([]);
  });

  it('leaves every user cell as it was', async () => {
    const { ctx, context } = ctxOf(seed);
    const before = snapshotUserCells(ctx);
    await readGrids(context, { capabilities: FULL_CAPABILITIES });
    expect(snapshotUserCells(ctx)).toBe(before);
  });

  it('on Excel without ExcelApi 1.13 reads values without merged areas', async () => {
    const { context } = ctxOf(seed);
    const grids = await readGrids(context, { capabilities: { ...FULL_CAPABILITIES, mergedAreas: false } });
    expect(grids.every((g) => g.merges.length === 0)).toBe(true);
    expect(grids[0].values).toEqual(seed[0].values);
  });
});

describe('readGrids round trips stay bounded', () => {
  it('10 rows: 3 syncs, whatever the number of sheets', async () => {
    for (const sheets of [1, 12]) {
      const { ctx, context } = ctxOf(Array.from({ length: sheets }, (_, i) => bigGrid(`S${i}`, 10, 8)));
      await readGrids(context, { capabilities: FULL_CAPABILITIES });
      expect(ctx.stats.syncs).toBe(3);
    }
  });

  it('50,000 rows: blocks of ≤ 20,000 rows, every request under 5 MB, few syncs', async () => {
    const { ctx, context } = ctxOf([bigGrid('Big', 50000, 8)]);
    const progress: number[] = [];
    const [g] = await readGrids(context, {
      capabilities: FULL_CAPABILITIES,
      onProgress: (p) => progress.push(p.done / p.total),
    });
    expect(g.values).toHaveLength(50000);
    expect(g.values[49999][0]).toBe(50000);
    expect(g.values[12345][3]).toBe('ô 12346-4');
    // 400k cells at 100k per round trip: 2 + 4.
    expect(ctx.stats.syncs).toBe(6);
    expect(ctx.stats.maxPayload).toBeLessThan(5 * 1024 * 1024);
    expect(progress[progress.length - 1]).toBe(1);
  });

  it('a request Excel refuses as too large is split and retried', async () => {
    const { ctx, context } = ctxOf([bigGrid('Big', 20000, 8)]);
    ctx.payloadLimit = 1024 * 1024;
    const [g] = await readGrids(context, { capabilities: FULL_CAPABILITIES });
    expect(g.values).toHaveLength(20000);
    expect(g.values[19999][0]).toBe(20000);
  });

  it('reading before load + sync fails loudly in the fake (the fake is honest)', () => {
    const { context } = ctxOf([bigGrid('A', 3, 3)]);
    const r = context.workbook.worksheets.getItem('A').getRange('A1:B2');
    r.load('values');
    expect(() => r.values).toThrow(/PropertyNotLoaded/);
    expect(() => context.workbook.worksheets.items).toThrow(/PropertyNotLoaded/);
  });

  it('stops between round trips when cancelled', async () => {
    const { context } = ctxOf([bigGrid('Big', 50000, 8)]);
    const ac = new AbortController();
    await expect(
      readGrids(context, {
        capabilities: FULL_CAPABILITIES,
        signal: ac.signal,
        onProgress: (p) => p.done > 0 && ac.abort(),
      }),
    ).rejects.toThrow('cancelled');
  });
});
