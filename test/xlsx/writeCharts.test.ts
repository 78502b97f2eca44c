import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import JSZip from 'jszip';
import type { SheetLayout } from '../../src/core/report/layout';
import { writeWorkbook } from '../../src/xlsx/writeWorkbook';
import { readWorkbook } from '../../src/xlsx/readWorkbook';

const progress: SheetLayout = {
  name: "Tiến độ 'quý' 2024",
  rows: [
    [
      { value: 'Đơn vị', tone: 'header' },
      { value: 'Tỷ lệ (%)', tone: 'header' },
      { value: 'Chỉ tiêu (%)', tone: 'header' },
    ],
    ['Phường 1', 92, 95],
    ['Phường 2', 97.5, 95],
    ['Xã Bình Hiệp', { value: 88, numFmt: '0.0' }, 95],
    ['Xã <Thạnh> & Trị', null, 95],
  ],
  validations: [
    { kind: 'list', area: { startRow: 2, startCol: 4, endRow: 5, endCol: 4 }, values: ['Đạt, vượt', 'Không đạt'] },
  ],
  charts: [
    {
      title: 'Tỷ lệ hồ sơ trực tuyến & chỉ tiêu',
      categories: { startRow: 2, startCol: 1, endRow: 5, endCol: 1 },
      series: [
        { name: 'Tỷ lệ', values: { startRow: 2, startCol: 2, endRow: 5, endCol: 2 } },
        { name: 'Chỉ tiêu', values: { startRow: 2, startCol: 3, endRow: 5, endCol: 3 } },
      ],
      anchor: { row: 2, col: 6 },
    },
  ],
};

async function parts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files))
    if (!zip.files[name].dir) out[name] = await zip.files[name].async('string');
  return out;
}

describe('writeWorkbook charts', () => {
  let bytes: Uint8Array;
  let p: Record<string, string>;
  beforeAll(async () => {
    bytes = await writeWorkbook([{ name: 'Tổng hợp', rows: [['x']] }, progress]);
    p = await parts(bytes);
  });

  it('adds a chart part, a drawing and the relationships that tie them to the sheet', () => {
    expect(p['xl/charts/chart1.xml']).toContain('<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(p['xl/drawings/drawing1.xml']).toContain('r:id="rId1"');
    expect(p['xl/drawings/_rels/drawing1.xml.rels']).toContain('Target="../charts/chart1.xml"');
    // The chart sits on the second sheet only.
    expect(p['xl/worksheets/sheet2.xml']).toMatch(/<drawing r:id="rId\d+"\/>/);
    expect(p['xl/worksheets/sheet1.xml']).not.toContain('<drawing');
    expect(p['xl/worksheets/_rels/sheet2.xml.rels']).toContain('Target="../drawings/drawing1.xml"');
    expect(p['[Content_Types].xml']).toContain('PartName="/xl/charts/chart1.xml"');
    expect(p['[Content_Types].xml']).toContain('PartName="/xl/drawings/drawing1.xml"');
  });

  it('references the cells with the sheet name quoted, and caches their values', () => {
    const chart = p['xl/charts/chart1.xml'];
    expect(chart).toContain("<c:f>'Tiến độ ''quý'' 2024'!$A$2:$A$5</c:f>");
    expect(chart).toContain("<c:f>'Tiến độ ''quý'' 2024'!$B$2:$B$5</c:f>");
    expect(chart).toContain('<c:v>Xã &lt;Thạnh&gt; &amp; Trị</c:v>');
    expect(chart).toContain('<c:pt idx="1"><c:v>97.5</c:v></c:pt>');
    expect(chart).toContain('<a:t>Tỷ lệ hồ sơ trực tuyến &amp; chỉ tiêu</a:t>');
    // The empty rate is a gap, not a zero.
    expect(chart).not.toContain('<c:pt idx="3"><c:v>0</c:v>');
  });

  it('keeps the sheet readable: the workbook reads back with its values', async () => {
    const grids = await readWorkbook(bytes);
    const g = grids.find((x) => x.sheet === "Tiến độ 'quý' 2024")!;
    expect(g.values[1]).toEqual(['Phường 1', 92, 95]);
    // The dropdown's list sheet (its values hold a comma) comes after every report sheet.
    expect(grids.map((x) => x.sheet)).toEqual(['Tổng hợp', "Tiến độ 'quý' 2024", 'Danh sách']);
  });

  const soffice = (() => {
    try {
      return execFileSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  })();

  (soffice ? it : it.skip)(
    'opens in LibreOffice with the chart as a chart object',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'cchc-chart-'));
      const file = join(dir, 'bieu-do.xlsx');
      writeFileSync(file, bytes);
      execFileSync(
        soffice,
        [
          `-env:UserInstallation=file://${join(dir, 'profile')}`,
          '--headless',
          '--convert-to',
          'ods',
          '--outdir',
          dir,
          file,
        ],
        { stdio: 'pipe', timeout: 120000 },
      );
      const ods = join(dir, 'bieu-do.ods');
      expect(existsSync(ods)).toBe(true);
      return JSZip.loadAsync(readFileSync(ods)).then(async (zip) => {
        const content = await zip.file('content.xml')!.async('string');
        expect(content).toMatch(/<draw:object\b/);
        const objects = Object.keys(zip.files).filter((n) => /^Object \d+\/content\.xml$/.test(n));
        expect(objects.length).toBe(1);
        const chart = await zip.file(objects[0])!.async('string');
        expect(chart).toContain('chart:class="chart:bar"');
        expect(chart).toContain('Tỷ lệ hồ sơ trực tuyến');
      });
    },
    150000,
  );
});
