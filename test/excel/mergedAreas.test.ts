/**
 * Merged areas as real Excel gives them: getMergedAreasOrNullObject fails past 512 areas in its
 * range and returns only the areas whose top-left cell lies in it (see fakeExcel.ts). A plan
 * appendix with hundreds of merged task groups must still read in full, and one sheet that cannot
 * be read must not sink the others.
 */
import type { Grid, MergeArea } from '../../src/core/grid';
import { FULL_CAPABILITIES } from '../../src/host/capabilities';
import { type ReadWarning, readGrids } from '../../src/excel/readGrids';
import { FakeContext, MERGED_AREAS_LIMIT, excelSheetRef } from './fakeExcel';
import { bigGrid, seedGrids } from './seed';

/** A task table whose lead column is merged over every `span` rows: `rows / span` merged areas. */
function mergedTable(name: string, rows: number, span: number): Grid {
  const g = bigGrid(name, rows, 6);
  const merges: MergeArea[] = [];
  for (let r = 1; r + span - 1 <= rows; r += span) {
    merges.push({ startRow: r, startCol: 4, endRow: r + span - 1, endCol: 4 });
    for (let k = 1; k < span; k++) g.values[r - 1 + k][3] = null;
  }
  return { ...g, merges };
}

/** Merges two by two across a wide row: `perRow` areas in every row. */
function wideMerges(name: string, rows: number, perRow: number): Grid {
  const g = bigGrid(name, rows, perRow * 2);
  const merges: MergeArea[] = [];
  for (let r = 1; r <= rows; r++)
    for (let k = 0; k < perRow; k++) merges.push({ startRow: r, startCol: 2 * k + 1, endRow: r, endCol: 2 * k + 2 });
  return { ...g, merges };
}

const key = (m: MergeArea) => `${m.startRow},${m.startCol},${m.endRow},${m.endCol}`;
const sorted = (ms: readonly MergeArea[]) => ms.map(key).sort();

async function read(grids: Grid[], warnings: ReadWarning[] = []): Promise<{ ctx: FakeContext; out: Grid[] }> {
  const ctx = new FakeContext(grids);
  const out = await readGrids(ctx as unknown as Excel.RequestContext, {
    capabilities: FULL_CAPABILITIES,
    onWarning: (w) => warnings.push(w),
  });
  return { ctx, out };
}

describe('the fake holds the documented merged-area behaviour', () => {
  it('a range with more than 512 merged areas fails; 512 is fine', async () => {
    for (const [count, fails] of [
      [MERGED_AREAS_LIMIT, false],
      [MERGED_AREAS_LIMIT + 1, true],
    ] as const) {
      const ctx = new FakeContext([mergedTable('T', count * 2, 2)]);
      const areas = (ctx as unknown as Excel.RequestContext).workbook.worksheets
        .getItem('T')
        .getRange()
        .getMergedAreasOrNullObject();
      areas.load('address');
      if (fails) await expect(ctx.sync()).rejects.toMatchObject({ code: 'GeneralException' });
      else await expect(ctx.sync()).resolves.toBeUndefined();
    }
  });

  it('returns only the areas whose top-left cell is in the range (office-js#3611)', async () => {
    const ctx = new FakeContext([mergedTable('T', 10, 5)]);
    const sheet = (ctx as unknown as Excel.RequestContext).workbook.worksheets.getItem('T');
    const a = sheet.getRange('2:6').getMergedAreasOrNullObject();
    a.load('address');
    await ctx.sync();
    expect(a.address).toBe('T!D6:D10');
  });

  it('quotes sheet names as Excel does, by its own rule', () => {
    expect(excelSheetRef('Sheet1')).toBe('Sheet1');
    expect(excelSheetRef('PhụLục')).toBe('PhụLục');
    expect(excelSheetRef('Phụ lục 2')).toBe("'Phụ lục 2'");
    expect(excelSheetRef("Bob's")).toBe("'Bob''s'");
    expect(excelSheetRef('2024')).toBe("'2024'");
    expect(excelSheetRef('A1')).toBe("'A1'");
    expect(excelSheetRef('R1C1')).toBe("'R1C1'");
    expect(excelSheetRef('a-b')).toBe("'a-b'");
  });
});

describe('readGrids past 512 merged areas', () => {
  it('reads all 1,500 merged areas of a 4,500-row appendix, across band boundaries, each once', async () => {
    const big = mergedTable('Phụ lục 2', 4500, 3);
    const { out, ctx } = await read([big]);
    expect(out[0].merges).toHaveLength(1500);
    expect(sorted(out[0].merges)).toEqual(sorted(big.merges));
    expect(out[0].values).toEqual(big.values.map((row) => row.map((v) => v)));
    // The whole-sheet try, the used ranges again, the bands: a few round trips, not one per band.
    expect(ctx.stats.syncs).toBeLessThanOrEqual(8);
  });

  it('one sheet with too many merges does not sink the others; each sheet keeps its own', async () => {
    const seed = await seedGrids();
    const big = mergedTable("Bob's 2024", 3000, 2);
    const { out } = await read([...seed, big]);
    expect(out.map((g) => g.sheet)).toEqual([...seed.map((g) => g.sheet), "Bob's 2024"]);
    seed.forEach((g, i) => expect(sorted(out[i].merges)).toEqual(sorted(g.merges)));
    expect(sorted(out[seed.length].merges)).toEqual(sorted(big.merges));
  });

  it('a sheet whose merges cannot be read even in small bands is read without them, and named', async () => {
    const seed = await seedGrids();
    // 60 areas in every row: more than 512 in any band of 16 rows or fewer.
    const dense = wideMerges('Dày', 40, 60);
    const warnings: ReadWarning[] = [];
    const { out } = await read([dense, ...seed], warnings);
    expect(warnings).toEqual([{ kind: 'merges-unread', sheet: 'Dày' }]);
    expect(out[0].merges).toEqual([]);
    expect(out[0].mergesUnread).toBe(true);
    expect(out[0].values).toEqual(dense.values);
    seed.forEach((g, i) => expect(sorted(out[i + 1].merges)).toEqual(sorted(g.merges)));
    seed.forEach((g, i) => expect(out[i + 1].mergesUnread).toBeUndefined());
  });

  it('a failure that is not about size (cell-edit mode) is not retried band by band', async () => {
    const ctx = new FakeContext([mergedTable('T', 3000, 2)]);
    ctx.cellEditMode = true;
    await expect(
      readGrids(ctx as unknown as Excel.RequestContext, { capabilities: FULL_CAPABILITIES }),
    ).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    expect(ctx.stats.syncs).toBe(1);
  });
});
