/**
 * "Nhập vào sổ tính": a Word plan's two appendix tables as new sheets (titles, merges), then read
 * back by the checker exactly as the seed workbook reads, whether the sheets keep their own names
 * (the .xlsx downloaded outside Excel) or carry the add-in's `CCHC - ` prefix (inside Excel).
 */
import { readPlan } from '../../src/core/readPlan';
import { splitWorkbook } from '../../src/core/workbookParts';
import { ownSheetName } from '../../src/core/report/sheetNames';
import { appendixSheets } from '../../src/core/wordImport/appendixSheets';
import { readDocxFile } from '../../src/docx/readFile';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { readWorkbookFile } from '../../src/xlsx/readFile';
import { writeWorkbook } from '../../src/xlsx/writeWorkbook';
import { placeFree } from './readSeed';
import { SEED_WORKBOOK } from './seedDocument';

const PLAN = 'test/fixtures/docx/ke-hoach-libreoffice.docx';

describe('Word appendices imported into a workbook', () => {
  it('lays out both tables with their titles and merges', () => {
    const grids = readDocxFile(PLAN);
    const sheets = appendixSheets(grids, readPlan(grids), 'vi');
    expect(sheets.map((s) => s.name)).toEqual(['Phụ lục 1 (Word)', 'Phụ lục 2 (Word)']);
    // Appendix 2: the area merged down over its 11 tasks (rows 5–15), as in the issued document.
    expect(sheets[1].merges).toContainEqual({ startRow: 5, startCol: 1, endRow: 15, endCol: 1 });
    expect(sheets[1].freezeRows).toBe(4);
  });

  it.each([
    ['as downloaded outside Excel', (n: string) => n],
    ['as the add-in names its sheets', (n: string) => ownSheetName(n, [])],
  ])('reads back as the seed workbook does, %s', async (_how, rename) => {
    const grids = readDocxFile(PLAN);
    const sheets = appendixSheets(grids, readPlan(grids), 'vi').map((s) => ({ ...s, name: rename(s.name) }));
    const written = await readWorkbook(await writeWorkbook(sheets));
    const { planGrids } = splitWorkbook(written);
    expect(planGrids.map((g) => g.sheet)).toEqual(sheets.map((s) => s.name));
    expect(placeFree(readPlan(planGrids))).toEqual(placeFree(readPlan(await readWorkbookFile(SEED_WORKBOOK))));
  });
});
