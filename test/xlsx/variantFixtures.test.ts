/**
 * The variant workbooks really hold the layout each claims, as the xlsx host reads it — so that a
 * change to scripts/make-fixtures.js cannot quietly turn a variant into a copy of the seed.
 */
import { join } from 'path';
import type { Grid } from '../../src/core/grid';
import { readWorkbookFile } from '../../src/xlsx/readFile';

const DIR = join(__dirname, '../fixtures/variants');
const read = (f: string) => readWorkbookFile(join(DIR, f));
const strings = (grids: Grid[]) =>
  grids.flatMap((g) => g.values.flat()).filter((v): v is string => typeof v === 'string');

describe('variant fixtures', () => {
  it('no-title-rows: the header is the first row', async () => {
    const grids = await read('no-title-rows.xlsx');
    expect(grids.map((g) => g.values[0][0])).toEqual(['STT', 'TT']);
    expect(grids.map((g) => g.origin)).toEqual([
      { row: 1, col: 1 },
      { row: 1, col: 1 },
    ]);
  });

  it('two-row-header: a group header merged over Chủ trì | Phối hợp', async () => {
    const [p1, p2] = await read('two-row-header.xlsx');
    expect(p1.values[3][2]).toBe('Cơ quan thực hiện');
    expect(p1.values[4].slice(2, 4)).toEqual(['Chủ trì', 'Phối hợp']);
    expect(p1.merges).toContainEqual({ startRow: 4, startCol: 3, endRow: 4, endCol: 4 });
    expect(p2.values[4].slice(4, 6)).toEqual(['Chủ trì', 'Phối hợp']);
    expect(p2.merges).toContainEqual({ startRow: 4, startCol: 5, endRow: 4, endCol: 6 });
  });

  it('plain-headers-reordered: headers without diacritics, with extra spaces, in another order', async () => {
    const [p1, p2] = await read('plain-headers-reordered.xlsx');
    expect(p1.values[3]).toEqual(['  STT ', 'Co quan chu  tri', 'Nhiem  vu', ' Ghi chu', 'Co quan   phoi hop ']);
    expect(p2.values[3][4]).toBe(' Thoi gian  thuc hien');
  });

  it('one-sheet: one sheet holding both appendices and their titles', async () => {
    const grids = await read('one-sheet.xlsx');
    expect(grids).toHaveLength(1);
    const col = grids[0].values.map((r) => r[0]);
    expect(col.filter((v) => typeof v === 'string' && /^PHỤ LỤC/.test(v))).toHaveLength(2);
  });

  it('nfd-nbsp-tones: decomposed text, non-breaking spaces, tone on the second vowel', async () => {
    const s = strings(await read('nfd-nbsp-tones.xlsx'));
    expect(s.some((v) => v !== v.normalize('NFC'))).toBe(true);
    expect(s.every((v) => v === v.normalize('NFD'))).toBe(true);
    expect(s.some((v) => v.includes('\u00a0'))).toBe(true);
    const nfc = s.map((v) => v.normalize('NFC'));
    expect(nfc.some((v) => /hoá/.test(v))).toBe(true);
    expect(nfc.some((v) => /hóa(?!\p{L})/u.test(v))).toBe(false);
  });

  it('dates-and-text-budgets: date cells with a date format, budgets as Vietnamese text', async () => {
    const [, p2] = await read('dates-and-text-budgets.xlsx');
    const timeframes = p2.values.map((r) => r[6]);
    const dated = timeframes
      .map((v, i) => ({ v, f: p2.numberFormats?.[i]?.[6] ?? null }))
      .filter((x) => typeof x.v === 'number');
    expect(dated.length).toBeGreaterThan(5);
    for (const d of dated) expect(d.f).toBe('dd/mm/yyyy');
    const budgets = p2.values.map((r) => r[7]);
    expect(budgets).toContain('15,5');
    expect(budgets).toContain('1.200');
    expect(budgets.filter((v) => typeof v === 'number')).toEqual([]);
  });

  it('libreoffice-roundtrip: written by LibreOffice, with the seed merges', async () => {
    const grids = await read('libreoffice-roundtrip.xlsx');
    expect(grids.map((g) => g.sheet)).toEqual(['Phụ lục 1', 'Phụ lục 2']);
    expect(grids[1].merges).toContainEqual({ startRow: 16, startCol: 8, endRow: 19, endCol: 8 });
  });
});
