import { writeBlocks, writeLayouts } from '../../src/excel/writeLayouts';
import { readGrids } from '../../src/excel/readGrids';
import { FULL_CAPABILITIES } from '../../src/host/capabilities';
import { ownSheetName } from '../../src/core/report/sheetNames';
import type { SheetLayout } from '../../src/core/report/layout';
import type { Grid } from '../../src/core/grid';
import { FakeContext, snapshotUserCells } from './fakeExcel';
import { seedGrids } from './seed';

const hostile: SheetLayout = {
  name: 'Kết quả kiểm tra',
  rows: [
    [{ value: 'KẾT QUẢ', bold: true, tone: 'title' }],
    [
      { value: 'Mã', tone: 'header' },
      { value: 'Giá trị', tone: 'header' },
      { value: 'Số', tone: 'header' },
    ],
    ['a', '=HYPERLINK("http://x","y")', 1],
    ['b', '+84 912', 2.5],
    ['c', '-1+2', { value: 0.875, numFmt: '0.0%' }],
    ['d', '@SUM(A1)', null],
    ['e', '\tTAB', true],
    ['f', '001', { value: 3, formula: 'C3+C4' }],
    ['<img src=x onerror=alert(1)>', '1/2', null],
  ],
  merges: [{ startRow: 1, startCol: 1, endRow: 1, endCol: 3 }],
  columnWidths: [10, 30, 8],
  freezeRows: 2,
  validations: [
    {
      kind: 'list',
      area: { startRow: 3, startCol: 1, endRow: 9, endCol: 1 },
      values: ['Hoàn thành', 'Đang thực hiện'],
    },
  ],
  charts: [
    {
      title: 't',
      categories: { startRow: 3, startCol: 1, endRow: 5, endCol: 1 },
      series: [{ name: 's', values: { startRow: 3, startCol: 3, endRow: 5, endCol: 3 } }],
      anchor: { row: 2, col: 5 },
    },
  ],
};

describe('writeLayouts (Office.js host)', () => {
  let seed: Grid[];
  beforeAll(async () => {
    seed = await seedGrids();
  });

  it('writes into a new CCHC sheet only; every user cell stays byte-identical', async () => {
    const ctx = new FakeContext(seed);
    const before = snapshotUserCells(ctx);
    const result = await writeLayouts(ctx as unknown as Excel.RequestContext, [hostile], {
      capabilities: FULL_CAPABILITIES,
      activate: true,
    });
    expect(result.sheets).toEqual(['CCHC - Kết quả kiểm tra']);
    expect(snapshotUserCells(ctx)).toBe(before);
    expect(ctx.stats.userWrites).toEqual([]);
    expect(ctx.stats.active).toBe('CCHC - Kết quả kiểm tra');
  });

  it('writes text that starts with = + - @ or a tab as text, never as a formula', async () => {
    const ctx = new FakeContext(seed);
    await writeLayouts(ctx as unknown as Excel.RequestContext, [hostile], { capabilities: FULL_CAPABILITIES });
    const s = ctx.sheet('CCHC - Kết quả kiểm tra');
    if (!s) throw new Error('sheet missing');
    expect(s.get(2, 1)).toBe('=HYPERLINK("http://x","y")');
    expect(s.get(3, 1)).toBe('+84 912');
    expect(s.get(4, 1)).toBe('-1+2');
    expect(s.get(5, 1)).toBe('@SUM(A1)');
    expect(s.get(6, 1)).toBe('\tTAB');
    expect(s.get(7, 1)).toBe('001');
    expect(s.get(8, 0)).toBe('<img src=x onerror=alert(1)>');
    // The layout's own formula is the only formula written.
    expect([...s.formulas]).toEqual([['7,2', '=C3+C4']]);
    expect(s.fmt(4, 2)).toBe('0.0%');
    expect(s.merges).toEqual([{ startRow: 1, startCol: 1, endRow: 1, endCol: 3 }]);
    expect(s.frozenRows).toBe(2);
    expect(s.validations).toHaveLength(1);
    expect(s.charts).toHaveLength(1);
    expect(s.styles.get('0,0')?.bold).toBe(true);
  });

  it("gives a chart's value axis the layout's number format; below ExcelApi 1.8 draws it and says so", async () => {
    const rates: SheetLayout = { ...hostile, charts: [{ ...hostile.charts![0], valueFormat: '0%' }] };
    const ctx = new FakeContext([]);
    const full = await writeLayouts(ctx as unknown as Excel.RequestContext, [rates], {
      capabilities: FULL_CAPABILITIES,
    });
    expect(ctx.sheet(full.sheets[0])?.charts[0].valueAxisFormat).toBe('0%');
    expect(full.skipped).toEqual([]);

    // An Excel at ExcelApi 1.7 refuses ChartAxis.numberFormat (the fake throws ApiNotFound): it is never sent.
    const old = new FakeContext([]);
    old.excelApi = 7;
    const caps = { ...FULL_CAPABILITIES, validation: false, printLayout: false, chartAxisFormat: false };
    const limited = await writeLayouts(old as unknown as Excel.RequestContext, [rates], { capabilities: caps });
    const chart = old.sheet(limited.sheets[0])?.charts[0];
    expect(chart?.series).toHaveLength(1);
    expect(chart?.valueAxisFormat).toBeNull();
    expect(limited.skipped).toContain(`${limited.sheets[0]}: chart axis format`);
  });

  it('never replaces an existing sheet: a second report gets its own name', async () => {
    const ctx = new FakeContext(seed);
    const a = await writeLayouts(ctx as unknown as Excel.RequestContext, [hostile], {
      capabilities: FULL_CAPABILITIES,
    });
    const b = await writeLayouts(ctx as unknown as Excel.RequestContext, [hostile], {
      capabilities: FULL_CAPABILITIES,
    });
    expect(a.sheets[0]).not.toBe(b.sheets[0]);
    expect(b.sheets[0]).toBe('CCHC - Kết quả kiểm tra (2)');
  });

  it('what it wrote reads back as the same values', async () => {
    const ctx = new FakeContext([]);
    await writeLayouts(ctx as unknown as Excel.RequestContext, [hostile], { capabilities: FULL_CAPABILITIES });
    const [g] = await readGrids(ctx as unknown as Excel.RequestContext, { capabilities: FULL_CAPABILITIES });
    expect(g.values[2][1]).toBe('=HYPERLINK("http://x","y")');
    expect(g.values[3]).toEqual(['b', '+84 912', 2.5]);
  });

  it('on Excel without ExcelApi 1.8 skips validation and says so', async () => {
    const ctx = new FakeContext([]);
    const r = await writeLayouts(ctx as unknown as Excel.RequestContext, [hostile], {
      capabilities: { ...FULL_CAPABILITIES, validation: false },
    });
    expect(r.skipped).toEqual(['CCHC - Kết quả kiểm tra: validation']);
  });

  it('a 50,000-row report goes out in blocks, each request under 5 MB', async () => {
    const ctx = new FakeContext([]);
    const rows = Array.from({ length: 50000 }, (_, i) => [i, `dòng ${i}`, '=x']);
    await writeLayouts(ctx as unknown as Excel.RequestContext, [{ name: 'Lớn', rows }], {
      capabilities: FULL_CAPABILITIES,
    });
    expect(ctx.stats.maxPayload).toBeLessThan(5 * 1024 * 1024);
    expect(ctx.stats.syncs).toBeLessThanOrEqual(6);
    expect(ctx.sheet('CCHC - Lớn')?.get(49999, 2)).toBe('=x');
  });
});

describe('ownSheetName', () => {
  it('prefixes, cleans, truncates to 31 characters and avoids taken names', () => {
    expect(ownSheetName('Tổng hợp', [])).toBe('CCHC - Tổng hợp');
    expect(ownSheetName('CCHC - Tổng hợp', ['cchc - tổng hợp'])).toBe('CCHC - Tổng hợp (2)');
    expect(ownSheetName('a/b:c*d?[e]', [])).toBe('CCHC - a-b-c-d--e-');
    expect(ownSheetName('x'.repeat(50), []).length).toBe(31);
  });
});

describe('big reports', () => {
  it("a report's tone and wrap columns cost a few format calls, not one per row: syncs stay with the blocks", async () => {
    const ctx = new FakeContext([]);
    const rows = Array.from({ length: 50000 }, (_, i) => [
      { value: i < 20000 ? 'Lỗi' : 'Cảnh báo', tone: i < 20000 ? ('error' as const) : ('warning' as const) },
      `F${i + 8}`,
      { value: 'Nhiệm vụ chưa có cơ quan chủ trì.', wrap: true },
    ]);
    const layout: SheetLayout = { name: 'Lớn', rows };
    await writeLayouts(ctx as unknown as Excel.RequestContext, [layout], { capabilities: FULL_CAPABILITIES });
    // The sheet list, one per block of values, the looks in one round trip, the print setup in one.
    expect(ctx.stats.syncs).toBe(1 + writeBlocks(layout).length + 1 + 1);
    const s = ctx.sheet('CCHC - Lớn');
    expect(s?.styles.get('19999,0')?.fill).toBe('#FFC7CE');
    expect(s?.styles.get('20000,0')?.fill).not.toBe('#FFC7CE');
    expect(s?.styles.get('49999,2')?.wrap).toBe(true);
  });

  it('long texts and 50,000 styled rows stay under 5 MB per request', async () => {
    const ctx = new FakeContext([]);
    const long = 'Nội dung rất dài '.repeat(40);
    const rows = Array.from({ length: 50000 }, (_, i) => [
      { value: `Lỗi ${i}`, tone: 'error' as const },
      { value: long, wrap: true },
      i,
    ]);
    await writeLayouts(ctx as unknown as Excel.RequestContext, [{ name: 'Lớn', rows }], {
      capabilities: FULL_CAPABILITIES,
    });
    expect(ctx.stats.maxPayload).toBeLessThan(5 * 1024 * 1024);
    const s = ctx.sheet('CCHC - Lớn');
    expect(s?.get(49999, 1)).toBe(long);
    expect(s?.styles.get('49999,0')?.fill).toBe('#FFC7CE');
  });
});
