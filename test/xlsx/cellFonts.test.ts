/**
 * Grid.cellFonts: the cells written in a legacy Vietnamese font (TCVN3/ABC `.Vn…`, VNI `VNI-…`),
 * read from styles.xml (fonts → cellXfs → the cell's style), keyed "row:col" relative to the grid.
 */
import ExcelJS from 'exceljs';
import { readWorkbook } from '../../src/xlsx/readWorkbook';

async function workbook(fill: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('Phụ lục 1'));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('cellFonts', () => {
  it('lists only the cells holding a value in a legacy font, relative to the grid', async () => {
    const bytes = await workbook((ws) => {
      ws.getCell('B2').value = 'KÕ ho¹ch';
      ws.getCell('B2').font = { name: '.VnTime' };
      ws.getCell('C2').value = 'Keá hoaïch';
      ws.getCell('C2').font = { name: 'VNI-Times' };
      ws.getCell('D2').value = 'Kế hoạch';
      ws.getCell('D2').font = { name: 'Times New Roman' };
      ws.getCell('B3').value = 'CHØ TI£U';
      ws.getCell('B3').font = { name: '.VnTimeH', bold: true };
      ws.getCell('C3').font = { name: '.VnArial' }; // styled, but empty
      ws.getCell('D3').value = 2024;
    });
    const [g] = await readWorkbook(bytes);
    expect(g.origin).toEqual({ row: 2, col: 2 });
    expect(g.cellFonts).toEqual({ '0:0': '.VnTime', '0:1': 'VNI-Times', '1:0': '.VnTimeH' });
  });

  it('is absent when no cell uses such a font', async () => {
    const bytes = await workbook((ws) => {
      ws.getCell('A1').value = 'Kế hoạch';
      ws.getCell('A1').font = { name: 'Arial' };
      ws.getCell('A2').value = 'Vn là chữ viết tắt';
      ws.getCell('A2').font = { name: 'VnTime without the dot' };
    });
    const [g] = await readWorkbook(bytes);
    expect(g.cellFonts).toBeUndefined();
    expect('cellFonts' in g).toBe(false);
  });

  it('leaves out covered cells of a merge, whose values Excel does not report', async () => {
    const bytes = await workbook((ws) => {
      ws.getCell('A1').value = 'Lĩnh vùc';
      ws.getCell('A1').font = { name: '.VnTime' };
      ws.mergeCells('A1:A3');
      ws.getCell('B3').value = 1;
    });
    const [g] = await readWorkbook(bytes);
    expect(g.cellFonts).toEqual({ '0:0': '.VnTime' });
  });
});
