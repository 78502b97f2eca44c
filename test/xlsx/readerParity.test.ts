/**
 * Parity: the streaming reader gives the Grids exceljs gives (its public load, reduced to a Grid by
 * the contract: test/xlsx/helpers/exceljsOracle.ts) — values, merges, number formats, origins — on
 * every fixture and on generated workbooks. Before the exceljs-based reader was deleted this test
 * compared against it, on these and on the workbooks only it could read (namespace prefixes, parts
 * under other names, ISO date cells), whose readings readWorkbook.test.ts now pins.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import type { Grid } from '../../src/core/grid';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { rawWorkbook } from './helpers/badFiles';
import { readWithExceljs } from './helpers/exceljsOracle';

const ROOT = join(__dirname, '..', '..');
const file =
  (...p: string[]) =>
  async () =>
    new Uint8Array(readFileSync(join(ROOT, ...p)));

async function richWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phụ lục');
  ws.getCell('A1').value = 'Nhiệm vụ';
  ws.getCell('B1').value = { text: 'Cổng dịch vụ công', hyperlink: 'https://dichvucong.gov.vn' };
  ws.getCell('C1').note = 'Ghi chú';
  ws.getCell('D2').value = new Date(Date.UTC(2024, 11, 31));
  ws.getCell('D2').numFmt = 'dd/mm/yyyy';
  ws.getCell('E2').value = { richText: [{ text: 'Đậm ', font: { bold: true } }, { text: 'thường' }] };
  ws.getCell('F2').value = { formula: 'D2+1', result: 45658 };
  ws.getCell('F2').numFmt = 'dd/mm/yyyy';
  ws.getCell('G2').value = { formula: 'A1&"x"', result: 'Nhiệm vụx' };
  ws.getCell('H2').value = true;
  ws.getCell('I2').value = { error: '#DIV/0!' } as unknown as ExcelJS.CellValue;
  ws.getCell('J2').value = 0.875;
  ws.getCell('J2').numFmt = '0.0%';
  ws.mergeCells('A3:C4');
  ws.getCell('A3').value = 'Gộp';
  ws.addTable({
    name: 'Bang1',
    ref: 'A10',
    columns: [{ name: 'Mã' }, { name: 'Tỷ lệ' }],
    rows: [
      ['1.1', 0.875],
      ['1.2', 1],
    ],
  });
  wb.addWorksheet('Trống');
  const long = wb.addWorksheet('Tên trang tính dài hơn ba mươi mốt ký tự'.slice(0, 31));
  long.getCell('B2').value = 1;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A task table written by scripts/make-big-workbook.js (the benchmark's generator). */
function bigWorkbook(rows: number, merges: 'few' | 'many') {
  return async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cchc-parity-')), 'big.xlsx');
    execFileSync(
      process.execPath,
      [join(ROOT, 'scripts', 'make-big-workbook.js'), out, '--rows', String(rows), '--merges', merges],
      { stdio: 'ignore' },
    );
    return new Uint8Array(readFileSync(out));
  };
}

const generated: [string, () => Promise<Uint8Array>][] = [
  ['a generated task table of 3,000 rows, many merges', bigWorkbook(3000, 'many')],
  ['a generated task table of 3,000 rows, few merges', bigWorkbook(3000, 'few')],
  ['an exceljs workbook with every cell type', richWorkbook],
  [
    'a 1904 date system, shared strings',
    () =>
      rawWorkbook(
        [
          {
            name: 'Ngày',
            xml: '<sheetData><row r="1"><c r="B1" s="1"><v>45000</v></c><c r="C1" t="s"><v>0</v></c><c r="D1"><v>12.5</v></c></row></sheetData>',
          },
        ],
        { date1904: true, dateStyle: true, sharedStrings: ['Xin chào'] },
      ),
  ],
  [
    'values under merges and blank edges',
    () =>
      rawWorkbook([
        {
          name: 'Gộp',
          xml: '<sheetData><row r="2"><c r="B2"><v>1</v></c><c r="C2"><v>2</v></c></row><row r="3"><c r="B3"><v>3</v></c><c r="C3"><v>4</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="B2:C3"/></mergeCells>',
        },
      ]),
  ],
  [
    'hidden sheets and a chartsheet',
    () =>
      rawWorkbook(
        [
          { name: 'A', xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>', state: 'hidden' },
          { name: 'B', xml: '<sheetData/>' },
        ],
        { chartsheetAfter: 0 },
      ),
  ],
];

const fixtures: [string, () => Promise<Uint8Array>][] = [
  ['assets/ke-hoach-cchc-2024.xlsx', file('assets', 'ke-hoach-cchc-2024.xlsx')],
  ...readdirSync(join(ROOT, 'test', 'fixtures', 'variants')).map((f): [string, () => Promise<Uint8Array>] => [
    `variants/${f}`,
    file('test', 'fixtures', 'variants', f),
  ]),
  ['submissions/messy-two-units.xlsx', file('test', 'fixtures', 'submissions', 'messy-two-units.xlsx')],
];

/** The merged areas that reach the used range: outside it a merge means nothing to a Grid. */
function comparable(grids: Grid[]) {
  return grids.map((g) => {
    const bottom = g.origin.row + g.values.length - 1;
    const right = g.origin.col + Math.max(0, ...g.values.map((r) => r.length)) - 1;
    const merges =
      g.values.length === 0
        ? []
        : g.merges.filter(
            (m) => m.startRow <= bottom && m.endRow >= g.origin.row && m.startCol <= right && m.endCol >= g.origin.col,
          );
    return { sheet: g.sheet, origin: g.origin, values: g.values, numberFormats: g.numberFormats, merges };
  });
}

describe('the streaming reader gives the Grids exceljs gives', () => {
  it.each([...fixtures, ...generated])('%s', async (_name, make) => {
    const bytes = await make();
    const ours = await readWorkbook(bytes);
    const theirs = await readWithExceljs(bytes);
    expect(comparable(ours)).toEqual(comparable(theirs));
  });
});
