import { parseArea } from '../../src/core/grid';
import { parseAreasAddress, quotedSheet } from '../../src/excel/address';
import { halveBlocks, packBatches, splitIntoBlocks } from '../../src/excel/blocks';
import { cellForExcel, styleRuns, toArrays } from '../../src/excel/layoutArrays';
import { detectCapabilities } from '../../src/excel/capabilities';

describe('A1 addresses', () => {
  it('reads the merged areas of sheets whose names hold spaces, commas, quotes and !', () => {
    expect(parseAreasAddress("'Phụ lục 2'!A5:A9, 'Phụ lục 2'!H16:H19", 'Phụ lục 2')).toEqual([
      { startRow: 5, startCol: 1, endRow: 9, endCol: 1 },
      { startRow: 16, startCol: 8, endRow: 19, endCol: 8 },
    ]);
    expect(parseAreasAddress("'It''s, odd!'!B2:C3,'It''s, odd!'!AA10:AB10", "It's, odd!")).toEqual([
      { startRow: 2, startCol: 2, endRow: 3, endCol: 3 },
      { startRow: 10, startCol: 27, endRow: 10, endCol: 28 },
    ]);
    expect(parseAreasAddress('Sheet1!$A$1:$B$2', 'Sheet1')).toEqual([
      { startRow: 1, startCol: 1, endRow: 2, endCol: 2 },
    ]);
    expect(quotedSheet('Sheet1')).toBe('Sheet1');
    expect(parseArea('nonsense')).toBeNull();
  });
});

describe('blocks and batches', () => {
  it('splits by rows within the cell budget and never above 20,000 rows', () => {
    const blocks = splitIntoBlocks([{ sheet: 'A', rowIndex: 2, columnIndex: 1, rowCount: 45000, columnCount: 2 }]);
    expect(blocks.every((b) => b.rowCount <= 20000)).toBe(true);
    expect(blocks.reduce((n, b) => n + b.rowCount, 0)).toBe(45000);
    expect(blocks[1]).toMatchObject({ rowIndex: 20002, offset: 20000 });
  });
  it('packs small sheets into one round trip', () => {
    const extents = Array.from({ length: 30 }, (_, i) => ({
      sheet: `S${i}`,
      rowIndex: 0,
      columnIndex: 0,
      rowCount: 50,
      columnCount: 10,
    }));
    expect(packBatches(splitIntoBlocks(extents))).toHaveLength(1);
  });
  it('halves blocks down to single rows', () => {
    expect(
      halveBlocks([{ sheet: 'A', rowIndex: 0, columnIndex: 0, rowCount: 3, columnCount: 1, offset: 0 }]).map((b) => [
        b.rowIndex,
        b.rowCount,
      ]),
    ).toEqual([
      [0, 2],
      [2, 1],
    ]);
  });
});

describe('layout → Excel arrays', () => {
  it('every string goes under the Text format; only formula cells become formulas', () => {
    for (const s of ['=1+1', '+84', '-x', '@a', '\tb', '\rc', '001', '1/2', 'thường'])
      expect(cellForExcel(s)).toEqual({ value: s, numberFormat: '@' });
    expect(cellForExcel({ value: 3, formula: 'A1+A2' })).toEqual({ value: '=A1+A2', numberFormat: 'General' });
    expect(cellForExcel({ value: 0.5, numFmt: '0%' })).toEqual({ value: 0.5, numberFormat: '0%' });
    expect(cellForExcel(null)).toEqual({ value: '', numberFormat: 'General' });
  });
  it('pads ragged rows to one rectangle', () => {
    const a = toArrays({ name: 'x', rows: [['a'], ['b', 1, true]] });
    expect(a.values).toEqual([
      ['a', '', ''],
      ['b', 1, true],
    ]);
  });
  it('groups neighbouring cells of the same look into one run', () => {
    const runs = styleRuns({
      name: 'x',
      rows: [[{ value: 'a', bold: true }, { value: 'b', bold: true }, 'c', { value: 'd', tone: 'error' }]],
    });
    expect(runs.map((r) => [r.col, r.length])).toEqual([
      [0, 2],
      [3, 1],
    ]);
  });
  it('grows the same run on consecutive rows into one rectangle, and only that', () => {
    const err = { value: 'x', tone: 'error' as const };
    const warn = { value: 'y', tone: 'warning' as const };
    const wrap = { value: 'z', wrap: true };
    const rows = [[err, wrap], [err, wrap], [err, 'plain'], [warn, wrap], ['gap'], [warn, wrap]];
    const runs = styleRuns({ name: 'x', rows });
    expect(runs.map((r) => [r.row, r.col, r.rows, r.length, r.tone ?? (r.wrap ? 'wrap' : '')])).toEqual([
      [0, 0, 3, 1, 'error'],
      [0, 1, 2, 1, 'wrap'],
      [3, 0, 1, 1, 'warning'],
      [3, 1, 1, 1, 'wrap'],
      [5, 0, 1, 1, 'warning'],
      [5, 1, 1, 1, 'wrap'],
    ]);
  });
});

describe('capabilities', () => {
  it('ExcelApi 1.13 gives merged areas and import; 1.9 print setup; 1.8 validation', () => {
    expect(detectCapabilities(() => true)).toEqual({
      mergedAreas: true,
      importSheets: true,
      validation: true,
      printLayout: true,
      chartAxisFormat: true,
    });
    expect(detectCapabilities((_, v) => Number(v.split('.')[1]) <= 9)).toEqual({
      mergedAreas: false,
      importSheets: false,
      validation: true,
      printLayout: true,
      chartAxisFormat: true,
    });
    expect(detectCapabilities((_, v) => Number(v.split('.')[1]) <= 8)).toEqual({
      mergedAreas: false,
      importSheets: false,
      validation: true,
      printLayout: false,
      chartAxisFormat: true,
    });
    expect(detectCapabilities((_, v) => Number(v.split('.')[1]) <= 7)).toEqual({
      mergedAreas: false,
      importSheets: false,
      validation: false,
      printLayout: false,
      chartAxisFormat: false,
    });
  });
});
