/**
 * The period report draft (`cchc consolidate … --docx`): its figures as core computed them, read
 * back out of the written document by the Word host; its format (A4, margins, Times New Roman,
 * page numbers from page 2) in the package and in the PDF LibreOffice makes of it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { readDocx } from '../../src/docx/readDocument';
import { consolidate } from '../../src/core/consolidate';
import { readPlan } from '../../src/core/readPlan';
import { readWorkbookFile } from '../../src/xlsx/readFile';
import { buildPeriodReport } from '../../src/core/periodReport/build';
import { issuerFromTitles, issuerLines } from '../../src/core/periodReport/issuer';
import { periodOfDate } from '../../src/core/periodReport/period';
import { runCli } from '../helpers/cli';
import { fillTemplate } from '../consolidate/helpers/fill';
import { docxToPdf, pdfPageSize, pdfPages, pdfToPngs } from './pdf';

jest.setTimeout(180_000);
const PLAN = 'assets/ke-hoach-cchc-2024.xlsx';
let dir: string;
const at = (f: string) => join(dir, f);

/** A unit's completion date for a task, typed in the template's `Ngày hoàn thành` column. */
async function setDoneDate(path: string, code: string, date: Date): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.worksheets[0];
  let tasks = false;
  ws.eachRow((row, r) => {
    const a = row.getCell(1).text.trim();
    if (a === 'Mã nhiệm vụ') tasks = true;
    else if (tasks && a === code) ws.getCell(`E${r}`).value = date;
  });
  await wb.xlsx.writeFile(path);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cchc-docx-'));
  for (const [file, unit] of [
    ['p1.xlsx', 'UBND Phường 1'],
    ['p2.xlsx', 'UBND Phường 2'],
  ]) {
    expect(
      (await runCli(['template', '--plan', PLAN, '--unit', unit, '--period', 'Năm 2024', '--out', at(file)])).code,
    ).toBe(0);
  }
  // As of 15/01/2025: 1.1 done by both, one after its due date (30/09/2024): done late. 1.4 done
  // by both, no date given: on time. 1.10 (`Sau khi … công bố`) has no date: within time. The 27
  // others, due in 2023 or 2024, not done or unreported: overdue.
  await fillTemplate(at('p1.xlsx'), {
    counts: { '3': [40, 40], '4a': [17, 20] },
    statuses: { '1.1': 'Hoàn thành', '1.4': 'Hoàn thành', '1.2': 'Đang thực hiện' },
  });
  await fillTemplate(at('p2.xlsx'), {
    counts: { '3': [55, 60], '4a': [30, 40] },
    statuses: { '1.1': 'Hoàn thành', '1.4': 'Hoàn thành' },
  });
  await setDoneDate(at('p1.xlsx'), '1.1', new Date(Date.UTC(2024, 9, 15)));
  writeFileSync(at('units.txt'), 'UBND Phường 1\nUBND Phường 2\nUBND Phường 9\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function consolidateToDocx(name: string, ...extra: string[]): Promise<Uint8Array> {
  const r = await runCli([
    'consolidate',
    '--plan',
    PLAN,
    '--units',
    at('units.txt'),
    '--as-of',
    '2025-01-15',
    '--docx',
    at(name),
    ...extra,
    at('p1.xlsx'),
    at('p2.xlsx'),
  ]);
  expect(r.err).not.toMatch(/không ghi|could not/i);
  expect(r.out).toContain(at(name));
  return readFileSync(at(name));
}

describe('the period report draft', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await consolidateToDocx('bao-cao.docx');
  });

  it('states the figures as reports do, and they read back out of the document', () => {
    const grids = readDocx(bytes);
    // Every paragraph's text, one a line (the document is ours, so a plain scan of its XML will do).
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
    const text = xml
      .split('</w:p>')
      .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
      .join('\n');
    // The heading block and the title.
    expect(text).toContain('ỦY BAN NHÂN DÂN\nTHỊ XÃ KIẾN TƯỜNG');
    expect(text).toContain('Số:       /BC-UBND');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Kiến Tường, ngày … tháng … năm 2024');
    const breakdown = grids.find((g) => g.values.some((r) => r[0] === 'Hoàn thành đúng hạn'))!;
    expect(breakdown.values.slice(breakdown.wordTable!.firstRow - 1, breakdown.wordTable!.lastRow)).toEqual([
      ['Tình trạng', 'Số nhiệm vụ', 'Tỷ lệ'],
      ['Hoàn thành đúng hạn', '1', '3,33%'],
      ['Hoàn thành nhưng trễ hạn', '1', '3,33%'],
      ['Chưa hoàn thành, còn trong hạn', '1', '3,33%'],
      ['Chưa hoàn thành, đã quá hạn', '27', '90%'],
      ['Tổng cộng', '30', '100%'],
    ]);
    // The headline sits in the paragraphs above the breakdown, which title its grid.
    expect(text).toContain('Kế hoạch giao 30 nhiệm vụ; đã hoàn thành 2/30 nhiệm vụ, đạt 6,67%.');
    // Of the 29 dated tasks, all due by 15/01/2025: 2 done (the consolidation's headline).
    expect(text).toContain(
      'Tính đến ngày 15/01/2025, có 29 nhiệm vụ đến hạn; đã hoàn thành 2/29 nhiệm vụ đến hạn, đạt 6,9%.',
    );
    expect(text).toContain('(số liệu từ ngày 15/12/2023 đến ngày 14/12/2024)');
    const indicators = grids.find((g) => g.values.some((r) => r[0] === 'STT' && r[1] === 'Chỉ tiêu'))!;
    const row3 = indicators.values.find((r) => r[0] === '3')!;
    // Σ 95/100 over both units: 95%, against ≥ 100%: not met.
    expect(row3.slice(2)).toEqual(['≥ 100%', '95', '100', '95%', 'Không đạt', '2']);
    const row4a = indicators.values.find((r) => r[0] === '4a')!;
    expect(row4a.slice(2)).toEqual(['≥ 85%', '47', '60', '78,33%', 'Không đạt', '2']);
    expect(text).toContain('Các đơn vị chưa gửi báo cáo: UBND Phường 9.');
    // The findings annex, and Nơi nhận beside the signature.
    expect(text).toContain('CÁC VẤN ĐỀ PHÁT HIỆN KHI TỔNG HỢP SỐ LIỆU');
    expect(text).toContain('Chưa có báo cáo của UBND Phường 9.');
    expect(text).toMatch(/Nơi nhận:\n- UBND tỉnh/);
    expect(text).toContain('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH');
  });

  it('is laid out as Nghị định 30/2020 asks: A4, margins, Times New Roman 14 pt, page numbers from page 2', () => {
    const files = unzipSync(bytes);
    const doc = strFromU8(files['word/document.xml']);
    const styles = strFromU8(files['word/styles.xml']);
    expect(doc).toContain('<w:pgSz w:w="11906" w:h="16838"');
    // 20 mm = 1134 twips top and bottom, 30 mm = 1701 left, 15 mm = 850 right.
    expect(doc).toMatch(/<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701"/);
    expect(doc).toContain('<w:titlePg/>');
    expect(styles).toMatch(/w:ascii="Times New Roman"/);
    expect(styles).toMatch(/<w:sz w:val="28"\/>/);
    const headers = Object.keys(files)
      .filter((f) => /^word\/header\d+\.xml$/.test(f))
      .map((f) => strFromU8(files[f]));
    expect(headers.some((h) => h.includes('PAGE') && h.includes('w:val="center"'))).toBe(true);
  });

  it('opens in LibreOffice: A4 pages, no number on page 1, "2" centred atop page 2', () => {
    const pdf = docxToPdf(at('bao-cao.docx'), dir);
    const size = pdfPageSize(pdf);
    expect(Math.round(size.width)).toBe(595);
    expect(Math.round(size.height)).toBe(842);
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages[0].trim().split('\n')[0]).not.toMatch(/^\s*1\s*$/);
    expect(
      pages[1]
        .split('\n')
        .find((l) => l.trim() !== '')
        ?.trim(),
    ).toBe('2');
    expect(pages.join('\n')).toContain('BÁO CÁO');
    if (process.env.CCHC_REPORT_PNG)
      for (const png of pdfToPngs(pdf, process.env.CCHC_REPORT_PNG)) expect(png).toMatch(/\.png$/);
  });

  it('refuses to overwrite an existing file unless --force', async () => {
    const again = await runCli([
      'consolidate',
      '--plan',
      PLAN,
      '--as-of',
      '2025-01-15',
      '--docx',
      at('bao-cao.docx'),
      at('p1.xlsx'),
    ]);
    expect(again.code).toBe(2);
    expect(again.err.split('\n')).toHaveLength(1);
    const forced = await runCli([
      'consolidate',
      '--plan',
      PLAN,
      '--as-of',
      '2025-01-15',
      '--docx',
      at('bao-cao.docx'),
      '--force',
      at('p1.xlsx'),
    ]);
    expect(forced.err).toBe('');
  });
});

describe('the report model', () => {
  it('takes the issuer from the plan titles and the period from the as-of window', () => {
    const issuer = issuerFromTitles([
      '(Ban hành kèm theo Kế hoạch số: 3838/KH-UBND ngày 28/12/2023 của UBND thị xã Kiến Tường)',
    ])!;
    expect(issuer).toEqual({ name: 'UBND thị xã Kiến Tường', isCommittee: true, level: 'thị xã', place: 'Kiến Tường' });
    expect(issuerLines(issuer)).toEqual(['ỦY BAN NHÂN DÂN', 'THỊ XÃ KIẾN TƯỜNG']);
    expect(
      [
        '2023-12-20',
        '2024-03-14',
        '2024-03-15',
        '2024-06-14',
        '2024-09-14',
        '2024-09-15',
        '2024-12-20',
        '2025-01-15',
      ].map((d) => periodOfDate(d, 2024).kind),
    ).toEqual(['q1', 'q1', 'h1', 'h1', 'm9', 'year', 'year', 'year']);
  });

  it('titles each period as reports do', async () => {
    const result = consolidate(readPlan(await readWorkbookFile(PLAN)), [], { asOf: '2024-03-10' });
    const title = (period: { kind: 'q1' | 'h1' | 'm9' | 'year'; year: number }) =>
      buildPeriodReport({
        result,
        plan: { number: null, issued: null },
        issuer: null,
        period,
        unitsListed: false,
        lang: 'vi',
      }).title;
    expect(title({ kind: 'q1', year: 2024 })).toBe('Kết quả thực hiện công tác cải cách hành chính quý I năm 2024');
    expect(title({ kind: 'h1', year: 2024 })).toBe(
      'Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2024',
    );
    expect(title({ kind: 'm9', year: 2024 })).toBe('Kết quả thực hiện công tác cải cách hành chính 9 tháng năm 2024');
    expect(title({ kind: 'year', year: 2024 })).toBe('Kết quả thực hiện công tác cải cách hành chính năm 2024');
  });
});
