/**
 * Every sheet the tool writes prints as a report should: A4, one page wide, landscape when wide,
 * header rows on every page, a footer with the title and page numbers, header rows frozen on
 * screen. Checked in the written package itself (what Excel and LibreOffice read), for the real
 * reports: the findings report and the summary workbook.
 */
import JSZip from 'jszip';
import { join } from 'path';
import { readPlan } from '../../src/core/readPlan';
import { findingsLayout } from '../../src/core/report/findingsLayout';
import { printSetupOf } from '../../src/core/report/printSetup';
import type { SheetLayout } from '../../src/core/report/layout';
import { readWorkbookFile } from '../../src/xlsx/readFile';
import { writeWorkbook } from '../../src/xlsx/writeWorkbook';

const SAMPLE = join(__dirname, '../../assets/ke-hoach-cchc-2024.xlsx');

async function sheetXml(bytes: Uint8Array, index = 1): Promise<{ sheet: string; workbook: string }> {
  const zip = await JSZip.loadAsync(bytes);
  return {
    sheet: await zip.file(`xl/worksheets/sheet${index}.xml`)!.async('string'),
    workbook: await zip.file('xl/workbook.xml')!.async('string'),
  };
}

describe('printSetupOf', () => {
  const narrow: SheetLayout = {
    name: 'CCHC - A',
    rows: [['BÁO CÁO A & B'], ['x', 'y']],
    columnWidths: [20, 20],
    freezeRows: 2,
  };
  test('a narrow sheet prints portrait, its frozen rows on every page, its title and page numbers in the footer', () => {
    expect(printSetupOf(narrow, 'vi')).toEqual({
      paper: 'A4',
      orientation: 'portrait',
      fitToWidth: true,
      repeatRows: 2,
      footer: { left: 'BÁO CÁO A && B', right: 'Trang &P/&N' },
    });
    expect(printSetupOf(narrow, 'en').footer.right).toBe('Page &P of &N');
  });
  test("a wide sheet prints landscape; unsized columns count at Excel's default width", () => {
    expect(printSetupOf({ ...narrow, columnWidths: [60, 40] }, 'vi').orientation).toBe('landscape');
    expect(
      printSetupOf({ ...narrow, columnWidths: [], rows: [new Array<string>(12).fill('x')] }, 'vi').orientation,
    ).toBe('landscape');
    expect(
      printSetupOf({ ...narrow, columnWidths: [], rows: [new Array<string>(10).fill('x')] }, 'vi').orientation,
    ).toBe('portrait');
  });
  test("no title text: the sheet name; a very long title is cut so the footer stays within Excel's limit", () => {
    expect(printSetupOf({ name: 'CCHC - Mẫu', rows: [[null, 3]] }, 'vi').footer.left).toBe('CCHC - Mẫu');
    expect(printSetupOf({ name: 'x', rows: [['a'.repeat(400)]] }, 'vi').footer.left.length).toBeLessThan(200);
    expect(printSetupOf({ name: 'x', rows: [['a']] }, 'vi').repeatRows).toBe(0);
  });
});

describe('the exceljs writer applies it', () => {
  test('the findings report of the sample: A4 landscape, fit to width, titles repeated, footer, frozen rows', async () => {
    const reading = readPlan(await readWorkbookFile(SAMPLE), {});
    const layout = findingsLayout([{ file: 'ke-hoach.xlsx', reading }], 'vi');
    const { sheet, workbook } = await sheetXml(await writeWorkbook([layout], { lang: 'vi' }));
    expect(sheet).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    expect(sheet).toMatch(/<pageSetup[^>]*paperSize="9"/);
    expect(sheet).toMatch(/<pageSetup[^>]*orientation="landscape"/);
    expect(sheet).toMatch(/<pageSetup[^>]*fitToWidth="1"/);
    expect(sheet).toMatch(/<pageSetup[^>]*fitToHeight="0"/);
    expect(sheet).toContain('<oddFooter>&amp;LKẾT QUẢ KIỂM TRA KẾ HOẠCH CCHC&amp;RTrang &amp;P/&amp;N</oddFooter>');
    expect(sheet).toMatch(new RegExp(`<pane ySplit="${layout.freezeRows}"[^>]*state="frozen"`));
    expect(workbook).toMatch(
      new RegExp(
        `<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;CCHC - Kiểm tra&apos;!\\$1:\\$${layout.freezeRows}</definedName>`,
      ),
    );
  });
});

describe('LibreOffice prints it as set up', () => {
  test('the findings report becomes A4 landscape pages with the footer on each', async () => {
    const { mkdtempSync, writeFileSync } = await import('fs');
    const { tmpdir } = await import('os');
    const { spawnSync } = await import('child_process');
    const { sofficePath } = await import('../consolidate/helpers/soffice');
    const dir = mkdtempSync(join(tmpdir(), 'cchc-print-'));
    const reading = readPlan(await readWorkbookFile(SAMPLE), {});
    const layout = findingsLayout([{ file: 'ke-hoach.xlsx', reading }], 'vi');
    // Enough rows for several pages, so the repeated header and the page count show.
    const rows = [
      ...layout.rows,
      ...Array.from({ length: 150 }, (_, i) => ['x.xlsx', 'Cảnh báo', 'code', 'Sheet', i, `A${i}`, 'một dòng', '']),
    ];
    const file = join(dir, 'bao-cao.xlsx');
    writeFileSync(file, await writeWorkbook([{ ...layout, rows }], { lang: 'vi' }));
    const r = spawnSync(
      sofficePath(),
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        file,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(r.status).toBe(0);
    const info = spawnSync('pdfinfo', [join(dir, 'bao-cao.pdf')], { encoding: 'utf8' });
    expect(info.status).toBe(0);
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info.stdout);
    expect(size).not.toBeNull();
    // A4 is 595 × 842 pt; landscape puts the long side across.
    expect(Math.round(Number(size![1]))).toBe(842);
    expect(Math.round(Number(size![2]))).toBe(595);
    const pages = Number(/Pages:\s+(\d+)/.exec(info.stdout)![1]);
    expect(pages).toBeGreaterThan(1);
    const text = spawnSync('pdftotext', ['-layout', join(dir, 'bao-cao.pdf'), '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain(`Trang ${pages}/${pages}`);
    // The header row is printed again at the top of the last page.
    expect(text.split('\f').filter((p) => p.includes('Mức độ')).length).toBe(pages);
  });
});
