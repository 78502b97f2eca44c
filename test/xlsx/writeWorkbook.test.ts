import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SheetLayout } from '../../src/core/report/layout';
import { MAX_CELL_TEXT, TONE_STYLES, safeSheetName, writeWorkbook } from '../../src/xlsx/writeWorkbook';
import { readWorkbook } from '../../src/xlsx/readWorkbook';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return wb;
}

async function partText(bytes: Uint8Array, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const f = zip.file(path);
  if (!f) throw new Error(`no part ${path}`);
  return f.async('string');
}

/** Validations as exceljs reads them back: one entry per cell. */
function validationAt(ws: ExcelJS.Worksheet, address: string): ExcelJS.DataValidation | undefined {
  return (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations
    .model[address];
}

const report: SheetLayout = {
  name: 'Tiến độ',
  columnWidths: [6, 40, 12, 12, 10],
  freezeRows: 2,
  rows: [
    [{ value: 'BÁO CÁO TIẾN ĐỘ', tone: 'title' }],
    [
      { value: 'STT', tone: 'header' },
      { value: 'Chỉ tiêu', tone: 'header' },
      { value: 'Số đạt', tone: 'header' },
      { value: 'Tổng số', tone: 'header' },
      { value: 'Tỷ lệ', tone: 'header' },
    ],
    [
      1,
      { value: 'Hồ sơ trực tuyến', wrap: true },
      17,
      20,
      { value: 0.85, formula: 'IF(D3>0,C3/D3,"")', numFmt: '0.0%', tone: 'met' },
    ],
    [
      2,
      { value: 'Thanh toán trực tuyến', italic: true },
      3,
      10,
      { value: 0.3, formula: 'IF(D4>0,C4/D4,"")', numFmt: '0.0%', tone: 'notMet' },
    ],
    [3, 'Không phát sinh', 0, 0, { value: '', formula: 'IF(D5>0,C5/D5,"")', tone: 'notApplicable' }],
    [
      null,
      { value: 'Tổng', bold: true },
      { value: 20, formula: 'SUM(C3:C5)', numFmt: '#,##0' },
      { value: 30, formula: 'SUM(D3:D5)' },
      null,
    ],
    [
      { value: 'Lỗi', tone: 'error' },
      { value: 'Cảnh báo', tone: 'warning' },
      { value: 'Thông tin', tone: 'info' },
      { value: 'mờ', tone: 'muted' },
    ],
  ],
  merges: [{ startRow: 1, startCol: 1, endRow: 1, endCol: 5 }],
  validations: [
    { kind: 'wholeNumber', area: { startRow: 3, startCol: 3, endRow: 5, endCol: 4 }, min: 0 },
    { kind: 'decimal', area: { startRow: 3, startCol: 5, endRow: 5, endCol: 5 }, min: 0, max: 1 },
    {
      kind: 'list',
      area: { startRow: 8, startCol: 2, endRow: 20, endCol: 2 },
      values: ['Đạt', 'Không đạt', 'Không phát sinh'],
    },
    {
      kind: 'list',
      area: { startRow: 8, startCol: 3, endRow: 20, endCol: 3 },
      values: ['Phòng Tài chính, Kế hoạch', 'Phòng Nội vụ'],
    },
  ],
};

describe('writeWorkbook', () => {
  let bytes: Uint8Array;
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    bytes = await writeWorkbook([report]);
    wb = await load(bytes);
    ws = wb.getWorksheet('Tiến độ')!;
  });

  it('writes values, formulas with their results, and number formats', () => {
    expect(ws.getCell('A3').value).toBe(1);
    expect(ws.getCell('B3').value).toBe('Hồ sơ trực tuyến');
    expect(ws.getCell('E3').value).toEqual({ formula: 'IF(D3>0,C3/D3,"")', result: 0.85 });
    expect(ws.getCell('E3').numFmt).toBe('0.0%');
    expect(ws.getCell('C6').value).toEqual({ formula: 'SUM(C3:C5)', result: 20 });
    expect(ws.getCell('C6').numFmt).toBe('#,##0');
  });

  it('writes bold, italic, wrap and the tones as fills and font colours', () => {
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell('A2').font).toMatchObject({ bold: true });
    expect(ws.getCell('A2').fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFD9E1F2' } });
    expect(ws.getCell('B3').alignment).toMatchObject({ wrapText: true });
    expect(ws.getCell('B4').font).toMatchObject({ italic: true });
    expect(ws.getCell('B6').font).toMatchObject({ bold: true });
    expect(ws.getCell('E3').fill).toMatchObject({ fgColor: { argb: 'FFC6EFCE' } });
    expect(ws.getCell('E3').font).toMatchObject({ color: { argb: 'FF006100' } });
    expect(ws.getCell('E4').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(ws.getCell('E5').fill).toMatchObject({ fgColor: { argb: 'FFEDEDED' } });
    expect(ws.getCell('A7').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(ws.getCell('B7').fill).toMatchObject({ fgColor: { argb: 'FFFFEB9C' } });
    expect(ws.getCell('C7').fill).toMatchObject({ fgColor: { argb: 'FFDDEBF7' } });
    expect(ws.getCell('D7').font).toMatchObject({ color: { argb: 'FF808080' } });
    expect(Object.keys(TONE_STYLES)).toHaveLength(9);
  });

  it('writes column widths, frozen rows and merges', () => {
    expect(ws.getColumn(1).width).toBe(6);
    expect(ws.getColumn(2).width).toBe(40);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.model.merges).toEqual(['A1:E1']);
  });

  it('writes number validations with an error message, and lists as dropdowns', () => {
    expect(validationAt(ws, 'C3')).toMatchObject({
      type: 'whole',
      operator: 'greaterThanOrEqual',
      formulae: [0],
      showErrorMessage: true,
    });
    expect(validationAt(ws, 'D5')?.error).toBe('Hãy nhập một số nguyên không nhỏ hơn 0.');
    expect(validationAt(ws, 'E4')).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 1] });
    expect(validationAt(ws, 'E4')?.error).toBe('Hãy nhập một số từ 0 đến 1.');
    expect(validationAt(ws, 'B8')).toMatchObject({ type: 'list', formulae: ['"Đạt,Không đạt,Không phát sinh"'] });
    expect(validationAt(ws, 'B20')).toBeDefined();
    expect(validationAt(ws, 'B21')).toBeUndefined();
  });

  it('puts a list whose values hold commas on a hidden sheet and points the dropdown at it', () => {
    const dv = validationAt(ws, 'C8');
    expect(dv?.type).toBe('list');
    expect(dv?.formulae[0]).toBe("'Danh sách'!$A$1:$A$2");
    const lists = wb.getWorksheet('Danh sách')!;
    expect(lists.state).toBe('hidden');
    expect(lists.getCell('A1').value).toBe('Phòng Tài chính, Kế hoạch');
  });

  it('writes messages in English when asked', async () => {
    const en = await load(await writeWorkbook([report], { lang: 'en' }));
    expect(validationAt(en.getWorksheet('Tiến độ')!, 'E3')?.error).toBe('Enter a number from 0 to 1.');
  });

  it('reads back through readWorkbook as the same values, with merges', async () => {
    const grids = await readWorkbook(bytes);
    const g = grids.find((x) => x.sheet === 'Tiến độ')!;
    expect(g.origin).toEqual({ row: 1, col: 1 });
    expect(g.values[0]).toEqual(['BÁO CÁO TIẾN ĐỘ', null, null, null, null]);
    expect(g.values[2]).toEqual([1, 'Hồ sơ trực tuyến', 17, 20, 0.85]);
    expect(g.merges).toEqual([{ startRow: 1, startCol: 1, endRow: 1, endCol: 5 }]);
  });
});

describe('writeWorkbook never writes text as a formula', () => {
  const hostile = [
    '=1+1',
    '+84 912 345 678',
    '-5',
    '@SUM(A1:A2)',
    '\t=cmd|/c calc',
    '\r=2*3',
    '=HYPERLINK("http://example.invalid","bấm vào")',
    "=cmd|' /C calc'!A0",
  ];

  it('keeps every such string a string, in the XML, in exceljs and in readWorkbook', async () => {
    const bytes = await writeWorkbook([{ name: 'Nhập liệu', rows: hostile.map((s) => [s, { value: s, bold: true }]) }]);
    const xml = await partText(bytes, 'xl/worksheets/sheet1.xml');
    expect(xml).not.toMatch(/<f[\s>]/);
    const wb = await load(bytes);
    const ws = wb.getWorksheet('Nhập liệu')!;
    hostile.forEach((s, i) => {
      for (const col of [1, 2]) {
        const cell = ws.getCell(i + 1, col);
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        expect(cell.formula).toBeUndefined();
        // A carriage return comes back as a line feed, as from any XML file.
        expect(cell.value).toBe(s.replace(/\r/g, '\n'));
      }
    });
    const [g] = await readWorkbook(bytes);
    expect(g.values.map((r) => r[0])).toEqual(hostile.map((s) => s.replace(/\r/g, '\n')));
  });

  it('makes a formula only from `formula`', async () => {
    const bytes = await writeWorkbook([{ name: 'F', rows: [[{ value: 2, formula: '=1+1' }]] }]);
    const xml = await partText(bytes, 'xl/worksheets/sheet1.xml');
    expect(xml).toContain('<f>1+1</f>');
  });
});

describe('writeWorkbook repairs what Excel would refuse', () => {
  it('cuts text at 32,767 characters and replaces XML-illegal characters', async () => {
    const long = 'ă'.repeat(40000);
    const bytes = await writeWorkbook([{ name: 'Dài', rows: [[long], ['a\u0000b\u0007c\uD800d'], [Number.NaN]] }]);
    const [g] = await readWorkbook(bytes);
    const cut = g.values[0][0] as string;
    expect(cut).toHaveLength(MAX_CELL_TEXT);
    expect(cut.endsWith('…')).toBe(true);
    expect(g.values[1][0]).toBe('a\uFFFDb\uFFFDc\uFFFDd');
    expect(g.values).toHaveLength(2);
  });

  it('makes sheet names Excel accepts, and unique', () => {
    const taken = new Set<string>();
    expect(safeSheetName('Phụ lục 1/2024', taken)).toBe('Phụ lục 1_2024');
    expect(safeSheetName('Phụ lục 1/2024', taken)).toBe('Phụ lục 1_2024 (2)');
    expect(safeSheetName("'Tổng hợp'", taken)).toBe('Tổng hợp');
    expect(safeSheetName('x'.repeat(40), taken)).toHaveLength(31);
    expect(safeSheetName('', taken)).toMatch(/^Sheet\d+$/);
  });

  it('writes several sheets in order', async () => {
    const bytes = await writeWorkbook([
      { name: 'Tổng hợp', rows: [['a']] },
      { name: 'Chi tiết', rows: [['b']] },
    ]);
    const grids = await readWorkbook(bytes);
    expect(grids.map((g) => g.sheet)).toEqual(['Tổng hợp', 'Chi tiết']);
  });
});
