/**
 * The Office.js writer gives every sheet it creates the same print setup as the file writer
 * (core's printSetup), and an Excel that cannot take it (below ExcelApi 1.9) still gets the report,
 * with the print setup named as skipped.
 */
import { FULL_CAPABILITIES } from '../../src/host/capabilities';
import { writeLayouts } from '../../src/excel/writeLayouts';
import type { SheetLayout } from '../../src/core/report/layout';
import { FakeContext } from './fakeExcel';

const wide: SheetLayout = {
  name: 'Tổng hợp',
  rows: [[{ value: 'TỔNG HỢP KẾT QUẢ R&D', tone: 'title' }], ['Mã', 'Chỉ tiêu', 'Tỷ lệ'], ['1', 'x', 0.5]],
  columnWidths: [10, 90, 12],
  freezeRows: 2,
};

describe('print setup through Worksheet.pageLayout', () => {
  it('A4, landscape for a wide sheet, one page wide, header rows repeated, title and pages in the footer', async () => {
    const ctx = new FakeContext([]);
    const result = await writeLayouts(ctx as unknown as Excel.RequestContext, [wide], {
      capabilities: FULL_CAPABILITIES,
      lang: 'en',
    });
    expect(result.skipped).toEqual([]);
    const sheet = ctx.sheet('CCHC - Tổng hợp')!;
    expect(sheet.print).toEqual({
      paperSize: 'A4',
      orientation: 'Landscape',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      titleRows: '$1:$2',
      leftFooter: 'TỔNG HỢP KẾT QUẢ R&&D',
      rightFooter: 'Page &P of &N',
    });
    expect(sheet.frozenRows).toBe(2);
    expect(ctx.stats.userWrites).toEqual([]);
  });

  it('an Excel below ExcelApi 1.9 that still claims it: the report is written whole, the print setup named as skipped', async () => {
    const ctx = new FakeContext([]);
    ctx.excelApi = 8;
    const result = await writeLayouts(ctx as unknown as Excel.RequestContext, [wide], {
      capabilities: FULL_CAPABILITIES,
    });
    expect(result.sheets).toEqual(['CCHC - Tổng hợp']);
    expect(result.skipped).toEqual(['CCHC - Tổng hợp: print']);
    expect(ctx.sheet('CCHC - Tổng hợp')!.get(2, 1)).toBe('x');
  });

  it('without the capability nothing is tried', async () => {
    const ctx = new FakeContext([]);
    ctx.excelApi = 8;
    const syncs = async (caps: typeof FULL_CAPABILITIES) => {
      const c = new FakeContext([]);
      c.excelApi = 8;
      await writeLayouts(c as unknown as Excel.RequestContext, [wide], { capabilities: caps });
      return c.stats;
    };
    const tried = await syncs(FULL_CAPABILITIES);
    const not = await syncs({ ...FULL_CAPABILITIES, printLayout: false });
    expect(not.syncs).toBe(tried.syncs - 1);
    expect(not.failedSyncs).toBe(0);
  });
});
