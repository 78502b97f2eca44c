/**
 * Hostile and malformed input through the command line: each unreadable file gives exit code 2 and
 * one line naming it and saying what to do, the other files of the run are still processed; cell
 * content that could hurt is read as text and reported with what the cell held.
 * The corpus is generated here (test/xlsx/helpers/badFiles.ts), not committed as binaries.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { checkJson, readingOf, runCli } from '../helpers/cli';
import {
  compoundFile,
  powerPointDocument,
  randomBytes,
  rawWorkbook,
  wordDocument,
  zipOf,
} from '../xlsx/helpers/badFiles';

const SEED = join(__dirname, '../../assets/ke-hoach-cchc-2024.xlsx');

const run = runCli;

const dir = mkdtempSync(join(tmpdir(), 'cchc-hostile-'));

/** Each bad file with words its one-line message must contain (Vietnamese, the default). */
const corpus: [string, () => Promise<Uint8Array> | Uint8Array, RegExp][] = [
  ['rong.xlsx', () => new Uint8Array(0), /rỗng|trống/i],
  ['ngau-nhien.xlsx', () => randomBytes(2048), /lưu lại dạng \.xlsx/],
  ['van-ban.xlsx', () => new TextEncoder().encode('STT;Nhiệm vụ\n1;Rà soát\n'), /lưu lại dạng \.xlsx/],
  ['cut-ngang.xlsx', () => new Uint8Array(readFileSync(SEED)).slice(0, 5000), /\.xlsx/],
  ['zip-thuong.xlsx', () => zipOf({ 'a.txt': 'x' }), /\.xlsx/],
  ['word.xlsx', () => wordDocument(), /Word/],
  ['powerpoint.xlsx', () => powerPointDocument(), /PowerPoint/],
  ['mat-khau.xlsx', () => compoundFile(['EncryptionInfo', 'EncryptedPackage']), /mật khẩu/],
  ['cu.xls', () => compoundFile(['Workbook']), /\.xls\b|Excel 97|định dạng cũ/i],
  [
    'qua-lon.xlsx',
    () =>
      rawWorkbook([
        {
          name: 'To',
          xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="900000"><c r="ZZ900000"><v>2</v></c></row></sheetData>',
        },
      ]),
    /ô|cells?/i,
  ],
  [
    'hang-xa.xlsx',
    () => rawWorkbook([{ name: 'Xa', xml: '<sheetData><row r="2000000000"><c><v>1</v></c></row></sheetData>' }]),
    /1\.048\.576 hàng/,
  ],
];

beforeAll(async () => {
  for (const [name, make] of corpus) writeFileSync(join(dir, name), await make());
  mkdirSync(join(dir, 'thu-muc.xlsx'));
});

test('every unreadable file: exit 2, one line naming it, the good file still checked', async () => {
  const files = [...corpus.map(([n]) => join(dir, n)), join(dir, 'thu-muc.xlsx'), join(dir, 'khong-co.xlsx'), SEED];
  const r = await run(['check', '--json', ...files]);
  expect(r.code).toBe(2);
  const lines = r.err.split('\n');
  expect(lines).toHaveLength(files.length - 1);
  corpus.forEach(([name, , words], i) => {
    expect(lines[i]).toContain(name);
    expect(lines[i]).toMatch(words);
    expect(lines[i]).not.toMatch(/\n|at \w+ \(|Error:/); // no stack trace
  });
  expect(lines[corpus.length]).toContain('thu-muc.xlsx');
  expect(lines[corpus.length + 1]).toContain('khong-co.xlsx');
  const json = checkJson(r.out);
  expect(json.workbooks.slice(0, -1).every((w) => 'error' in w)).toBe(true);
  expect(readingOf(json, json.workbooks.length - 1).tasks).toHaveLength(30);
});

test('in English too', async () => {
  const r = await run(['check', '--lang', 'en', join(dir, 'mat-khau.xlsx'), join(dir, 'cu.xls')]);
  expect(r.code).toBe(2);
  const [a, b] = r.err.split('\n');
  expect(a).toMatch(/password/i);
  expect(b).toMatch(/\.xls|older|legacy/i);
});

async function hostilePlan(path: string) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phụ lục 2');
  ws.addRow(['PHÂN CÔNG THỰC HIỆN NHIỆM VỤ CCHC NĂM 2024']);
  ws.addRow([
    'TT',
    'Nội dung CCHC',
    'Nhiệm vụ cụ thể',
    'Sản phẩm',
    'Cơ quan chủ trì',
    'Cơ quan phối hợp',
    'Thời gian thực hiện',
    'Dự trù kinh phí',
  ]);
  ws.addRow([
    1,
    'Thể chế',
    '1.1. <script>alert(1)</script><img src=x onerror=alert(2)>',
    '=HYPERLINK("http://evil","x")',
    '+Phòng Nội vụ',
    '@SUM(A1)',
    'Quý II/2024',
    '-5',
  ]);
  ws.addRow([
    null,
    null,
    '1.2. Rà soát\u200b văn\u00a0bản \u202eabc',
    '- a\n'.repeat(3000),
    'Phòng Nội vụ',
    'Các xã',
    'Quý V/2024',
    { error: '#DIV/0!' },
  ]);
  ws.addRow([null, null, `1.3. ${'Dài '.repeat(8000)}`, 'Báo cáo', 'Рhòng Tư pháp', '', 45657, '1.200']);
  ws.getCell('G5').numFmt = 'dd/mm/yyyy';
  ws.addRow([null, null, '1.4. Số lưu dạng chữ', 'Báo cáo', '\t=1+1', '\r', '=1+2', { error: '#REF!' }]);
  ws.mergeCells('A3:A6');
  ws.mergeCells('B3:B6');
  await wb.xlsx.writeFile(path);
}

test('content that must not hurt: read as text, reported with what the cell held, written back as text', async () => {
  const plan = join(dir, 'nguy-hiem.xlsx');
  await hostilePlan(plan);
  const report = join(dir, 'bao-cao.xlsx');
  const r = await run(['check', plan, '--json', '--report', report, '--plan-year', '2024']);
  expect(r.err).toBe('');
  const wb = readingOf(checkJson(r.out));
  expect(wb.tasks.map((t: { code: string }) => t.code)).toEqual(['1.1', '1.2', '1.3', '1.4']);
  // Markup is dropped for reading, never run: the text keeps what was between the tags.
  expect(wb.tasks[0].task).toBe('alert(1)');
  expect(wb.tasks[0].lead).toBe('+Phòng Nội vụ');
  expect(wb.tasks[1].task).toBe('Rà soát văn bản abc');
  expect(wb.tasks[1].products).toHaveLength(3000);
  expect(wb.tasks[2].timeframe.due).toBe('2024-12-31');
  expect(wb.tasks[2].budget.amount).toBe(1200);
  const codes = wb.findings.map((f) => `${f.code}@${f.cell}`);
  expect(codes).toEqual(expect.arrayContaining(['unparsed-deadline@G4', 'error-value@H4', 'error-value@H6']));
  const unparsed = wb.findings.find((f: { code: string }) => f.code === 'unparsed-deadline');
  expect(unparsed?.value).toBe('Quý V/2024');
  expect(unparsed?.message).toContain('"Quý V/2024"');
  // A 32,000-character cell stays a one-line, bounded message.
  for (const f of wb.findings) expect(f.message.length).toBeLessThan(600);

  // The report: every text that looks like a formula is stored as text.
  const out = new ExcelJS.Workbook();
  await out.xlsx.load(readFileSync(report) as unknown as ArrayBuffer);
  const ws = out.worksheets[0];
  let formulas = 0;
  const formulaLike: string[] = [];
  ws.eachRow((row) =>
    row.eachCell((c) => {
      if (c.type === ExcelJS.ValueType.Formula) formulas++;
      if (typeof c.value === 'string' && /^[=+\-@]/.test(c.value)) formulaLike.push(c.value);
    }),
  );
  expect(formulas).toBe(0);
  expect(formulaLike).toContain('=1+2');
});
