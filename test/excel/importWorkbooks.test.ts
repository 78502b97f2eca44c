/**
 * Importing units' workbooks with insertWorksheetsFromBase64, as Microsoft documents it: ids
 * returned (sheets looked up by id), the web's 5 MB request limit, UnsupportedFeature on the web
 * for charts/comments/PivotTables/slicers, not on iPad. All or nothing: a file that fails takes
 * back what the files before it inserted, and the error names it.
 */
import { randomBytes } from 'crypto';
import ExcelJS from 'exceljs';
import { zipSync, strToU8 } from 'fflate';
import { detectCapabilities } from '../../src/excel/capabilities';
import type { ExcelHostError } from '../../src/excel/errors';
import { WEB_MAX_FILE_BYTES, importWorkbooks, unsupportedOnWeb } from '../../src/excel/importWorkbooks';
import { describeError } from '../../src/taskpane/state/paneError';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { createExcelHost } from '../../src/excel/excelHost';
import { STRINGS } from '../../src/taskpane/i18n/strings';
import { FakeContext, type FakePlatform, fakeRun, officeError, snapshotUserCells } from './fakeExcel';
import { seedBytes, seedGrids } from './seed';

const asContext = (ctx: FakeContext) => ctx as unknown as Excel.RequestContext;

async function unitWorkbook(unit: string, options: { comment?: boolean; rows?: number } = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Báo cáo');
  ws.addRow(['Đơn vị:', unit]);
  ws.addRow(['Mã chỉ tiêu', 'Chỉ tiêu', 'Mục tiêu (%)', 'Số đạt', 'Tổng số']);
  ws.addRow(['1', 'Tỷ lệ hồ sơ đúng hạn', 95, 90, 100]);
  if (options.comment) ws.getCell('B3').note = 'Số liệu tạm tính';
  // Random text: incompressible, so the file is as large as it looks.
  for (let i = 0; i < (options.rows ?? 0); i++) ws.addRow([randomBytes(60).toString('base64')]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function fake(platform: FakePlatform): Promise<FakeContext> {
  const ctx = new FakeContext(await seedGrids());
  ctx.platform = platform;
  ctx.importer = readWorkbook;
  return ctx;
}

describe('importWorkbooks', () => {
  let big: Uint8Array;
  beforeAll(async () => {
    big = await unitWorkbook('UBND Phường 9', { rows: 60000 });
  }, 60000);

  it('returns ids and the names Excel gave, looked up by id (a clash is renamed)', async () => {
    const ctx = await fake('web');
    const [a, b] = await importWorkbooks(
      asContext(ctx),
      [
        { name: 'phuong-1.xlsx', data: await unitWorkbook('UBND Phường 1') },
        { name: 'phuong-2.xlsx', data: await unitWorkbook('UBND Phường 2') },
      ],
      undefined,
      'web',
    );
    expect(a.sheets).toEqual(['Báo cáo']);
    expect(b.sheets).toEqual(['Báo cáo (2)']);
    expect(a.ids[0]).toMatch(/^\{[0-9a-f-]+\}$/);
    expect(ctx.sheet(b.ids[0])?.name).toBe('Báo cáo (2)');
  });

  it('all or nothing: when the third file fails, the first two files’ sheets are removed', async () => {
    const ctx = await fake('windows');
    const names = ctx.sheets.map((s) => s.name);
    const before = snapshotUserCells(ctx);
    let n = 0;
    ctx.importer = async (data) => {
      if (++n === 3)
        throw officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      return readWorkbook(data);
    };
    const err = (await importWorkbooks(
      asContext(ctx),
      [
        { name: 'phuong-1.xlsx', data: await unitWorkbook('UBND Phường 1') },
        { name: 'phuong-2.xlsx', data: await unitWorkbook('UBND Phường 2') },
        { name: 'phuong-3.xlsx', data: seedBytes().subarray(0, 2000) },
      ],
      undefined,
      'windows',
    ).catch((e: unknown) => e)) as ExcelHostError;
    expect(err.file).toBe('phuong-3.xlsx');
    expect(ctx.sheets.map((s) => s.name)).toEqual(names);
    expect(snapshotUserCells(ctx)).toBe(before);
    const line = describeError(err, 'vi').message;
    expect(line).toContain('phuong-3.xlsx');
    expect(line).toContain('Chưa nhập tệp nào');
  });

  it('on the web, a file over the 5 MB request (with its Base64) is refused before anything is sent', async () => {
    expect(big.length).toBeGreaterThan(WEB_MAX_FILE_BYTES);
    const ctx = await fake('web');
    const names = ctx.sheets.map((s) => s.name);
    const err = (await importWorkbooks(
      asContext(ctx),
      [
        { name: 'phuong-1.xlsx', data: await unitWorkbook('UBND Phường 1') },
        { name: 'phuong-9.xlsx', data: big },
      ],
      undefined,
      'web',
    ).catch((e: unknown) => e)) as ExcelHostError;
    expect(err.reason).toBe('import-too-large');
    expect(err.file).toBe('phuong-9.xlsx');
    expect(ctx.stats.syncs).toBe(0);
    expect(ctx.sheets.map((s) => s.name)).toEqual(names);
    expect(describeError(err, 'vi').message).toMatch(/phuong-9\.xlsx.*3,7 MB/);
    expect(describeError(err, 'en').message).toMatch(/phuong-9\.xlsx.*3\.7 MB/);
  });

  it('the fake refuses that request as Excel on the web does, and desktop Excel takes the file', async () => {
    const web = await fake('web');
    asContext(web).workbook.insertWorksheetsFromBase64(Buffer.from(big).toString('base64'));
    await expect(web.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    const desk = await fake('windows');
    const [r] = await importWorkbooks(asContext(desk), [{ name: 'phuong-9.xlsx', data: big }], undefined, 'windows');
    expect(r.sheets).toEqual(['Báo cáo']);
  }, 30000);

  it('on the web, a file with comments is refused before sending, naming the file', async () => {
    const data = await unitWorkbook('UBND Phường 4', { comment: true });
    expect(unsupportedOnWeb(data)).toEqual(['comments']);
    const ctx = await fake('web');
    const err = (await importWorkbooks(asContext(ctx), [{ name: 'phuong-4.xlsx', data }], undefined, 'web').catch(
      (e: unknown) => e,
    )) as ExcelHostError;
    expect(err.reason).toBe('import-unsupported-content');
    expect(describeError(err, 'en').message).toContain('phuong-4.xlsx');
    expect(ctx.stats.syncs).toBe(0);
  });

  it('an UnsupportedFeature Excel still returns is the file’s, and what came before is removed', async () => {
    const ctx = await fake('web');
    const names = ctx.sheets.map((s) => s.name);
    // Platform not known to the host: no preflight, Excel on the web itself refuses.
    const err = (await importWorkbooks(
      asContext(ctx),
      [
        { name: 'phuong-1.xlsx', data: await unitWorkbook('UBND Phường 1') },
        { name: 'phuong-4.xlsx', data: await unitWorkbook('UBND Phường 4', { comment: true }) },
      ],
      undefined,
      null,
    ).catch((e: unknown) => e)) as ExcelHostError;
    expect(err.reason).toBe('import-unsupported-content');
    expect(err.file).toBe('phuong-4.xlsx');
    expect(ctx.sheets.map((s) => s.name)).toEqual(names);
  });

  it('lists charts, PivotTables and slicers from the zip directory without unpacking', () => {
    const zip = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/charts/chart1.xml': strToU8('<c/>'),
      'xl/pivotTables/pivotTable1.xml': strToU8('<p/>'),
      'xl/slicers/slicer1.xml': strToU8('<s/>'),
    });
    expect(unsupportedOnWeb(zip).sort()).toEqual(['PivotTables', 'charts', 'slicers']);
    expect(unsupportedOnWeb(new Uint8Array([1, 2, 3]))).toEqual([]);
  });

  it('is not offered on iPad, and refuses there if called', async () => {
    expect(detectCapabilities(() => true, 'ipad').importSheets).toBe(false);
    expect(detectCapabilities(() => true, 'web').importSheets).toBe(true);
    const ctx = await fake('ipad');
    const err = (await importWorkbooks(
      asContext(ctx),
      [{ name: 'a.xlsx', data: await unitWorkbook('A') }],
      undefined,
      'ipad',
    ).catch((e: unknown) => e)) as ExcelHostError;
    expect(err.reason).toBe('import-unavailable');
    expect(ctx.stats.syncs).toBe(0);
  });

  it('the pane host on an Excel that cannot import says so, in words', async () => {
    const ctx = await fake('ipad');
    const caps = detectCapabilities(() => true, 'ipad');
    const host = createExcelHost(fakeRun(ctx), caps);
    const err = await host
      .importWorkbooks([{ name: 'a.xlsx', data: await unitWorkbook('A') }], {})
      .catch((e: unknown) => e);
    expect(describeError(err, 'vi').message).toBe(STRINGS.vi.errors.excel.importUnavailable);
    expect(ctx.stats.syncs).toBe(0);
  });

  it('cancelling between files takes back what was inserted', async () => {
    const ctx = await fake('windows');
    const names = ctx.sheets.map((s) => s.name);
    const ac = new AbortController();
    const importer = ctx.importer as (d: Uint8Array) => ReturnType<typeof readWorkbook>;
    ctx.importer = async (data) => {
      const grids = await importer(data);
      ac.abort();
      return grids;
    };
    await expect(
      importWorkbooks(
        asContext(ctx),
        [
          { name: 'phuong-1.xlsx', data: await unitWorkbook('UBND Phường 1') },
          { name: 'phuong-2.xlsx', data: await unitWorkbook('UBND Phường 2') },
        ],
        ac.signal,
        'windows',
      ),
    ).rejects.toThrow('cancelled');
    expect(ctx.sheets.map((s) => s.name)).toEqual(names);
  });

  it('a protected workbook is said so before any file is sent', async () => {
    const ctx = await fake('windows');
    ctx.protected = true;
    const err = (await importWorkbooks(
      asContext(ctx),
      [{ name: 'a.xlsx', data: await unitWorkbook('A') }],
      undefined,
      'windows',
    ).catch((e: unknown) => e)) as ExcelHostError;
    expect(err.reason).toBe('workbook-protected');
    expect(ctx.stats.syncs).toBe(1);
  });
});
