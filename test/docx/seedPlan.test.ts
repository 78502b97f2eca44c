/**
 * The seed plan, issued as Word documents, reads exactly as the seed workbook does: the same
 * targets, tasks and findings, only the places differ (`Bảng 3, dòng 5, cột 7` for `'Phụ lục 2'!G8`).
 */
import { placeInWordTables } from '../../src/core/findings/wordPlace';
import { placeOf } from '../../src/core/findings/render';
import { readDocx } from '../../src/docx/readDocument';
import { readDocxFile } from '../../src/docx/readFile';
import { readWorkbookFile } from '../../src/xlsx/readFile';
import { placeFree, readingOf } from './readSeed';
import { SEED_WORKBOOK, seedPlanBlocks } from './seedDocument';
import { docxPackage } from './wordml';

describe('the seed plan as the issued Word document', () => {
  it('reads as the seed workbook does', async () => {
    const workbook = readingOf(await readWorkbookFile(SEED_WORKBOOK));
    const word = readingOf(readDocx(docxPackage(await seedPlanBlocks())));
    expect(workbook.targets).toHaveLength(19);
    expect(workbook.tasks).toHaveLength(30);
    expect(placeFree(word)).toEqual(placeFree(workbook));
  });
});

describe('the seed plan after LibreOffice (.docx → .odt → .docx)', () => {
  // Made from the generated plan with `soffice --headless --convert-to odt`, then `--convert-to docx`.
  const LIBREOFFICE = 'test/fixtures/docx/ke-hoach-libreoffice.docx';

  it('reads as the seed workbook does', async () => {
    const workbook = readingOf(await readWorkbookFile(SEED_WORKBOOK));
    const word = readingOf(readDocxFile(LIBREOFFICE));
    expect(placeFree(word)).toEqual(placeFree(workbook));
  });

  it('names places as Word numbers them: table, row, column', async () => {
    const grids = readDocxFile(LIBREOFFICE);
    const findings = placeInWordTables(readingOf(grids).findings, grids);
    const places = findings.map((f) => `${placeOf(f, 'vi')} ${f.code}`);
    // Task 1.2 is the table's third row (header, 1.1, 1.2); its timeframe the seventh column.
    expect(places).toContain('Bảng 3, dòng 3, cột 7 deadline-outside-plan-year');
    expect(places).toContain('Bảng 2, tiêu đề dòng 2 appendix-year-mismatch');
    expect(findings.map((f) => placeOf(f, 'en'))).toContain('Table 3, row 12, column 8');
  });
});
