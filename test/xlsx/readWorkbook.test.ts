import { readFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import type { Grid } from '../../src/core/grid';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { readWorkbookFile } from '../../src/xlsx/readFile';
import { oddlyNamedWorkbook, prefixedWorkbook, rawWorkbook } from './helpers/badFiles';

const SEED = join(__dirname, '../../assets/ke-hoach-cchc-2024.xlsx');

/** The value at a physical, 1-based address, the way a reader of the sheet would name it. */
function at(g: Grid, row: number, col: number) {
  return g.values[row - g.origin.row]?.[col - g.origin.col] ?? null;
}

function fmtAt(g: Grid, row: number, col: number) {
  return g.numberFormats?.[row - g.origin.row]?.[col - g.origin.col] ?? null;
}

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('readWorkbook on the seed plan', () => {
  let grids: Grid[];
  beforeAll(async () => {
    grids = await readWorkbookFile(SEED);
  });

  it('gives both sheets in workbook order with the used range from A1', () => {
    expect(grids.map((g) => g.sheet)).toEqual(['Phụ lục 1', 'Phụ lục 2']);
    expect(grids[0].origin).toEqual({ row: 1, col: 1 });
    expect(grids[0].values).toHaveLength(30);
    expect(grids[0].values[0]).toHaveLength(5);
    expect(grids[1].values).toHaveLength(35);
    expect(grids[1].values[0]).toHaveLength(8);
  });

  it('lists every merged area in physical coordinates', () => {
    expect(grids[0].merges).toHaveLength(10);
    expect(grids[1].merges).toHaveLength(20);
    expect(grids[1].merges).toContainEqual({ startRow: 5, startCol: 1, endRow: 15, endCol: 1 });
    expect(grids[1].merges).toContainEqual({ startRow: 16, startCol: 8, endRow: 19, endCol: 8 });
    expect(grids[0].merges).toContainEqual({ startRow: 30, startCol: 1, endRow: 30, endCol: 5 });
  });

  it('keeps the value only in the top-left cell of a merge, as Excel does', () => {
    const p2 = grids[1];
    expect(at(p2, 5, 1)).toBe(1);
    expect(at(p2, 5, 2)).toBe('Công tác chỉ đạo, điều hành CCHC');
    for (let r = 6; r <= 15; r++) {
      expect(at(p2, r, 1)).toBeNull();
      expect(at(p2, r, 2)).toBeNull();
    }
    expect(at(p2, 16, 8)).toBe('Phòng Tư pháp dự trù kinh phí riêng của đơn vị.');
    for (let r = 17; r <= 19; r++) expect(at(p2, r, 8)).toBeNull();
    // Cells next to a merge keep their own values.
    expect(at(p2, 6, 3)).toMatch(/^1\.2\. /);
    expect(at(p2, 5, 8)).toBe(20);
    expect(at(p2, 6, 8)).toBe(5);
  });

  it('gives every covered cell of every merge as null', () => {
    for (const g of grids) {
      for (const m of g.merges) {
        for (let r = m.startRow; r <= m.endRow; r++) {
          for (let c = m.startCol; c <= m.endCol; c++) {
            if (r === m.startRow && c === m.startCol) continue;
            expect(at(g, r, c)).toBeNull();
          }
        }
      }
    }
  });

  it('reads text, numbers and HTML left in cells as they are', () => {
    const p1 = grids[0];
    expect(at(p1, 4, 1)).toBe('STT');
    expect(at(p1, 6, 1)).toBe(1);
    expect(at(p1, 9, 2)).toContain('<i>trừ hồ sơ mật</i>');
    expect(at(p1, 5, 1)).toBe('I. Cải cách thể chế');
  });

  it('reads an ArrayBuffer as well as a Uint8Array', async () => {
    const buf = readFileSync(SEED);
    const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
    const fromAb = await readWorkbook(ab);
    expect(fromAb).toEqual(grids);
  });
});

describe('readWorkbook cell values', () => {
  it('flattens rich text, gives formulas their cached result, errors their #text, hyperlinks their text', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Giá trị');
    ws.getCell('A1').value = { richText: [{ text: 'Phòng ', font: { bold: true } }, { text: 'Nội vụ' }] };
    ws.getCell('A2').value = { formula: 'B2*2', result: 42 };
    ws.getCell('A3').value = { formula: 'B3/0', result: { error: '#DIV/0!' } };
    ws.getCell('A4').value = { error: '#N/A' };
    ws.getCell('A5').value = { text: 'Cổng dịch vụ công', hyperlink: 'https://dichvucong.gov.vn' };
    ws.getCell('A6').value = true;
    ws.getCell('A7').value = { formula: 'B7', result: 'văn bản' };
    ws.getCell('A8').value = { formula: 'B8' }; // no cached result
    ws.getCell('A9').value = 15.5;
    ws.getCell('A10').value = '=1+1 is text';
    const [g] = await readWorkbook(await bytesOf(wb));
    expect(g.values.map((r) => r[0])).toEqual([
      'Phòng Nội vụ',
      42,
      '#DIV/0!',
      '#N/A',
      'Cổng dịch vụ công',
      true,
      'văn bản',
      null,
      15.5,
      '=1+1 is text',
    ]);
  });

  it('gives dates as 1900-system serials with their number format', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Ngày');
    ws.getCell('B2').value = new Date(Date.UTC(2024, 11, 31));
    ws.getCell('B2').numFmt = 'dd/mm/yyyy';
    ws.getCell('B3').value = new Date(Date.UTC(2024, 5, 30, 12, 0, 0));
    ws.getCell('B3').numFmt = 'dd/mm/yyyy hh:mm';
    ws.getCell('B4').value = 1200;
    ws.getCell('B4').numFmt = '#,##0';
    ws.getCell('B5').value = 7;
    const [g] = await readWorkbook(await bytesOf(wb));
    expect(g.origin).toEqual({ row: 2, col: 2 });
    expect(at(g, 2, 2)).toBe(45657);
    expect(fmtAt(g, 2, 2)).toBe('dd/mm/yyyy');
    expect(at(g, 3, 2)).toBe(45473.5);
    expect(fmtAt(g, 3, 2)).toBe('dd/mm/yyyy hh:mm');
    expect(at(g, 4, 2)).toBe(1200);
    expect(fmtAt(g, 4, 2)).toBe('#,##0');
    expect(fmtAt(g, 5, 2)).toBeNull();
  });

  it('shifts serials of a 1904 workbook into the 1900 system, so the date stays the same', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('1904');
    ws.getCell('A1').value = new Date(Date.UTC(2024, 11, 31));
    ws.getCell('A1').numFmt = 'dd/mm/yyyy';
    const bytes = await bytesOf(wb);
    const [g] = await readWorkbook(bytes);
    expect(at(g, 1, 1)).toBe(45657);
  });

  it('reads the stored 1904 serial of a hand-written workbook as the same day', async () => {
    // 44195 in the 1904 system is 31/12/2024, whose 1900 serial is 45657; 44195 unformatted is no date.
    const sheet = '<sheetData><row r="1"><c r="A1" s="1"><v>44195</v></c><c r="B1"><v>44195</v></c></row></sheetData>';
    const [g1904] = await readWorkbook(
      await rawWorkbook([{ name: 'S', xml: sheet }], { date1904: true, dateStyle: true }),
    );
    expect(g1904.values[0]).toEqual([45657, 44195]);
    expect(fmtAt(g1904, 1, 1)).toMatch(/[dmy]/);
    const [g1900] = await readWorkbook(await rawWorkbook([{ name: 'S', xml: sheet }], { dateStyle: true }));
    expect(g1900.values[0]).toEqual([44195, 44195]);
  });
});

describe('readWorkbook ISO date cells (t="d")', () => {
  it('gives them as serials, as Excel stores dates, and keeps non-dates as text', async () => {
    const bytes = await rawWorkbook(
      [
        {
          name: 'ISO',
          xml:
            '<sheetData><row r="1"><c r="A1" s="1" t="d"><v>2024-12-31T00:00:00Z</v></c><c r="B1" t="d"><v>2024-06-30T12:00:00</v></c>' +
            '<c r="C1" t="d"><v>2024-03-31</v></c><c r="D1" t="d"><v>không phải ngày</v></c><c r="E1" t="d"/></row></sheetData>',
        },
      ],
      { dateStyle: true },
    );
    const [g] = await readWorkbook(bytes);
    expect(g.values).toEqual([[45657, 45473.5, 45382, 'không phải ngày']]);
    expect(fmtAt(g, 1, 1)).toMatch(/[dmy]/);
  });
});

describe('readWorkbook merges and sheets', () => {
  it('blanks values a file keeps in covered cells, and sizes the used range without them', async () => {
    const bytes = await rawWorkbook([
      {
        name: 'Gộp',
        xml:
          '<dimension ref="B2:D4"/><sheetData>' +
          '<row r="2"><c r="B2" t="inlineStr"><is><t>chủ</t></is></c><c r="C2" t="inlineStr"><is><t>chép</t></is></c><c r="D2" t="inlineStr"><is><t>chép</t></is></c></row>' +
          '<row r="3"><c r="B3"><v>1</v></c><c r="C3"><v>2</v></c></row>' +
          '<row r="4"><c r="B4" t="inlineStr"><is><t>chép</t></is></c><c r="C4"><v>3</v></c><c r="D4" t="inlineStr"><is><t>chép</t></is></c></row>' +
          '</sheetData><mergeCells count="2"><mergeCell ref="B2:D2"/><mergeCell ref="D2:D4"/></mergeCells>',
      },
    ]);
    const [g] = await readWorkbook(bytes);
    expect(g.origin).toEqual({ row: 2, col: 2 });
    expect(g.values).toEqual([
      ['chủ', null],
      [1, 2],
      ['chép', 3],
    ]);
    expect(g.merges).toEqual([
      { startRow: 2, startCol: 2, endRow: 2, endCol: 4 },
      { startRow: 2, startCol: 4, endRow: 4, endCol: 4 },
    ]);
  });

  it('reads merges exceljs itself wrote, blanking the master value it copies', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Gộp');
    ws.getCell('A1').value = 'Lĩnh vực';
    ws.mergeCells('A1:A3');
    ws.getCell('B1').value = 1;
    ws.getCell('B2').value = 2;
    ws.getCell('B3').value = 3;
    const [g] = await readWorkbook(await bytesOf(wb));
    expect(g.values).toEqual([
      ['Lĩnh vực', 1],
      [null, 2],
      [null, 3],
    ]);
    expect(g.merges).toEqual([{ startRow: 1, startCol: 1, endRow: 3, endCol: 1 }]);
  });

  it('includes hidden sheets, skips chartsheets and keeps workbook order', async () => {
    const cell = (t: string) =>
      `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${t}</t></is></c></row></sheetData>`;
    const bytes = await rawWorkbook(
      [
        { name: 'Phụ lục 2', xml: cell('hai') },
        { name: 'Ẩn', xml: cell('ẩn'), state: 'hidden' },
        { name: 'Phụ lục 1', xml: cell('một') },
      ],
      { chartsheetAfter: 0 },
    );
    const grids = await readWorkbook(bytes);
    expect(grids.map((g) => [g.sheet, g.values[0][0]])).toEqual([
      ['Phụ lục 2', 'hai'],
      ['Ẩn', 'ẩn'],
      ['Phụ lục 1', 'một'],
    ]);
  });

  it('gives an empty sheet as an empty grid', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Trống');
    wb.addWorksheet('Có').getCell('C3').value = 'x';
    const grids = await readWorkbook(await bytesOf(wb));
    expect(grids[0]).toMatchObject({ sheet: 'Trống', values: [] });
    expect(grids[1]).toMatchObject({ sheet: 'Có', origin: { row: 3, col: 3 }, values: [['x']] });
  });

  it('reads thousands of merged areas and blanks each', async () => {
    const rows: string[] = [];
    const merges: string[] = [];
    for (let r = 1; r <= 3000; r++) {
      rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>${r}</v></c></row>`);
      if (r % 2 === 1) merges.push(`<mergeCell ref="A${r}:A${r + 1}"/>`);
    }
    const bytes = await rawWorkbook([
      {
        name: 'Nhiều',
        xml: `<sheetData>${rows.join('')}</sheetData><mergeCells count="${merges.length}">${merges.join('')}</mergeCells>`,
      },
    ]);
    const [g] = await readWorkbook(bytes);
    expect(g.merges).toHaveLength(1500);
    expect(g.values[0]).toEqual([1, 1]);
    expect(g.values[1]).toEqual([null, 2]);
    expect(g.values[2999]).toEqual([null, 3000]);
  });
});

describe('readWorkbook on sheets that exceljs alone would choke on', () => {
  it('reads a sheet whose dropdown covers the whole sheet (exceljs expands it per cell)', async () => {
    const bytes = await rawWorkbook([
      {
        name: 'Dropdown',
        xml:
          '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Đạt</t></is></c></row></sheetData>' +
          '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>"Đạt,Không đạt"</formula1></dataValidation></dataValidations>',
      },
    ]);
    const [g] = await readWorkbook(bytes);
    expect(g.values).toEqual([['Đạt']]);
  });

  it('reads a merge that claims the whole sheet, clipped to the used range', async () => {
    const bytes = await rawWorkbook([
      {
        name: 'Gộp hết',
        xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
      },
    ]);
    const [g] = await readWorkbook(bytes);
    expect(g.values).toEqual([[1]]);
    expect(g.merges).toEqual([{ startRow: 1, startCol: 1, endRow: 1048576, endCol: 16384 }]);
  });

  it('reads SpreadsheetML written with a namespace prefix (<x:worksheet>, .NET Open XML SDK)', async () => {
    const [g] = await readWorkbook(await prefixedWorkbook());
    expect(g.sheet).toBe('Phụ lục 1');
    expect(g.values).toEqual([
      ['STT', 'Nhiệm vụ'],
      [1, null],
    ]);
    expect(g.merges).toEqual([{ startRow: 1, startCol: 2, endRow: 2, endCol: 2 }]);
  });

  it('never hands merges to exceljs, whose merge check is quadratic in their number', async () => {
    // exceljs's own module, as loaded by the host; the spy counts calls, no timing involved.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const WorksheetClass = require('exceljs/lib/doc/worksheet') as {
      prototype: Record<string, (...args: unknown[]) => unknown>;
    };
    const spy = jest.spyOn(WorksheetClass.prototype, '_mergeCellsInternal');
    try {
      const grids = await readWorkbookFile(SEED);
      expect(grids[1].merges).toHaveLength(20);
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  it('finds parts through the relationships when they are not where Excel puts them', async () => {
    const grids = await readWorkbook(await oddlyNamedWorkbook());
    expect(grids.map((g) => [g.sheet, g.origin, g.values])).toEqual([
      ['Phụ lục 1', { row: 1, col: 1 }, [['STT', 'Cổng dịch vụ công']]],
      ['Phụ lục 2', { row: 2, col: 2 }, [[42]]],
    ]);
  });
});

describe('zip-bomb guard paths', () => {
  it('reads the same Grids whether the parts are trial-unpacked (low limit) or provably small', async () => {
    const bytes = new Uint8Array(readFileSync(join(__dirname, '../../assets/ke-hoach-cchc-2024.xlsx')));
    const proof = await readWorkbook(bytes);
    // 12 KB × 1,032 exceeds 5 MB: this limit forces the trial unpacking of every part.
    const measured = await readWorkbook(bytes, { limits: { maxUncompressedBytes: 5_000_000 } });
    expect(measured).toEqual(proof);
  });
});
