/**
 * Every cell type the reader meets, written by hand so each is exactly what a writer may produce:
 * shared and inline strings (rich runs joined, phonetic guides left out, `_xHHHH_` escapes undone),
 * numbers, booleans, errors, ISO dates, formulas' cached values, rows and cells without `r`.
 */
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { rawWorkbook } from './helpers/badFiles';

async function cells(xml: string, opts: Parameters<typeof rawWorkbook>[1] = {}) {
  const [g] = await readWorkbook(await rawWorkbook([{ name: 'Ô', xml: `<sheetData>${xml}</sheetData>` }], opts));
  return g;
}

describe('cell types', () => {
  it('reads each type as Range.values gives it', async () => {
    const g = await cells(
      '<row r="1">' +
        '<c r="A1" t="s"><v>0</v></c>' +
        '<c r="B1" t="inlineStr"><is><r><rPr><b/></rPr><t>Đậm </t></r><r><t>thường</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></is></c>' +
        '<c r="C1"><v>87.5</v></c>' +
        '<c r="D1" t="b"><v>1</v></c>' +
        '<c r="E1" t="b"><v>0</v></c>' +
        '<c r="F1" t="e"><v>#DIV/0!</v></c>' +
        '<c r="G1" t="str"><f>A1&amp;"x"</f><v>Kế hoạch &amp; x</v></c>' +
        '<c r="H1"><f>1+1</f><v>2</v></c>' +
        '<c r="I1"><f>1+1</f></c>' +
        '<c r="J1" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
        '</row>',
      { sharedStrings: ['Dòng_x000D_\nhai'] },
    );
    expect(g.values).toEqual([
      ['Dòng\r\nhai', 'Đậm thường', 87.5, true, false, '#DIV/0!', 'Kế hoạch & x', 2, null, '#DIV/0!'],
    ]);
  });

  it('places rows and cells without r after the ones before them', async () => {
    const g = await cells(
      '<row r="2"><c r="B2"><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c><c r="D3"><v>4</v></c><c><v>5</v></c></row>',
    );
    expect(g.origin).toEqual({ row: 2, col: 1 });
    expect(g.values).toEqual([
      [null, 1, 2, null, null],
      [3, null, null, 4, 5],
    ]);
  });

  it('gives nothing for an empty value, an unknown shared string or a number that is none', async () => {
    const g = await cells(
      '<row r="1"><c r="A1"><v></v></c><c r="B1" t="s"><v>7</v></c><c r="C1"><v>abc</v></c><c r="D1" t="inlineStr"><is><t></t></is></c><c r="E1"><v>1</v></c></row>',
      { sharedStrings: ['x'] },
    );
    expect(g.origin).toEqual({ row: 1, col: 5 });
    expect(g.values).toEqual([[1]]);
  });

  it('reads ISO dates (t="d") as serials and keeps text that is no date', async () => {
    const g = await cells(
      '<row r="1"><c r="A1" t="d"><v>2024-12-31</v></c><c r="B1" t="d"><v>2024-12-31T12:00:00Z</v></c><c r="C1" t="d"><v>Quý II</v></c></row>',
    );
    expect(g.values).toEqual([[45657, 45657.5, 'Quý II']]);
  });

  it("moves a 1904 workbook's date serials into the 1900 system, and leaves plain numbers alone", async () => {
    const g = await cells('<row r="1"><c r="A1" s="1"><v>44195</v></c><c r="B1"><v>44195</v></c></row>', {
      date1904: true,
      dateStyle: true,
    });
    expect(g.values).toEqual([[45657, 44195]]);
    expect(g.numberFormats).toEqual([['mm-dd-yy']]);
  });
});
