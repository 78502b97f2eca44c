/**
 * @jest-environment jsdom
 *
 * The pane with Word documents, outside Excel: a .docx opened as the plan is checked with Word's
 * places; "Nhập vào sổ tính" turns a .docx's appendices into sheets (downloaded as .xlsx) that the
 * checker reads; the period report downloads as .docx.
 */
import '@testing-library/jest-dom';
import { readFileSync } from 'fs';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { createBrowserHost } from '../../src/browser/browserHost';
import { writeWorkbook } from '../../src/xlsx/writeWorkbook';
import { seedBytes, seedGrids } from '../excel/seed';
import { templateLayoutWithRows } from '../../src/core/consolidate';
import { readPlan } from '../../src/core/readPlan';
import { readDocx } from '../../src/docx/readDocument';
import { renderPane } from '../taskpane/renderPane';
import { docxPackage, p } from './wordml';

const downloaded: { name: string; bytes: Uint8Array }[] = [];
jest.mock('../../src/browser/download', () => ({
  downloadBytes: (bytes: Uint8Array, name: string) => downloaded.push({ name, bytes }),
}));

jest.setTimeout(60_000);
const WORD_PLAN = readFileSync('test/fixtures/docx/ke-hoach-libreoffice.docx');
const wordFile = () =>
  new File([WORD_PLAN], 'ke-hoach.docx', {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });

beforeEach(() => {
  downloaded.length = 0;
});

describe('the pane and Word documents, outside Excel', () => {
  it('checks a .docx opened as the plan, places read as Word numbers them', async () => {
    const host = createBrowserHost(() => undefined);
    await renderPane(host);
    fireEvent.change(screen.getByTestId('workbook-file'), { target: { files: [wordFile()] } });
    await waitFor(() => expect(host.current()).toBe('ke-hoach.docx'));
    fireEvent.click(screen.getByTestId('run-check'));
    await waitFor(() => expect(screen.getByTestId('count-targets')).toHaveTextContent('19'), { timeout: 30000 });
    expect(screen.getByTestId('count-tasks')).toHaveTextContent('30');
    const places = screen.getAllByTestId('finding').map((f) => f.textContent ?? '');
    expect(places.some((t) => t.includes('Bảng 3, dòng 3, cột 7'))).toBe(true);
  });

  it('imports the appendices of a .docx: downloaded as .xlsx, then read by the checker', async () => {
    const downloads: string[] = [];
    const host = createBrowserHost((bytes, name) => downloads.push(`${name}:${bytes[0] === 0x50 ? 'zip' : '?'}`));
    host.open({
      name: 'so-theo-doi.xlsx',
      data: await writeWorkbook([{ name: 'Ghi chú', rows: [['Sổ theo dõi kế hoạch']] }]),
    });
    await renderPane(host);
    fireEvent.change(screen.getByTestId('word-file'), { target: { files: [wordFile()] } });
    fireEvent.click(screen.getByTestId('import-word'));
    await waitFor(() => expect(downloads).toEqual(['ke-hoach.xlsx:zip']), { timeout: 30000 });
    await waitFor(() => expect(screen.getByTestId('count-targets')).toHaveTextContent('19'), { timeout: 30000 });
    expect(screen.getByTestId('count-tasks')).toHaveTextContent('30');
  });

  it.each([
    [
      'a legacy .doc under a .docx name',
      () => new File([readFileSync('test/fixtures/docx/ke-hoach-cu.doc')], 'ke-hoach-cu.docx'),
      'lưu lại dạng .docx',
    ],
    [
      'a document whose only table is no appendix',
      () =>
        new File(
          [
            docxPackage([
              { kind: 'table', widths: [3000, 3000], rows: [[{ paras: [p('Họ tên')] }, { paras: [p('Chức vụ')] }]] },
            ]) as Uint8Array<ArrayBuffer>,
          ],
          'cong-van.docx',
        ),
      'không bảng nào là phụ lục',
    ],
  ])('says in one line what is wrong: %s', async (_what, file, words) => {
    const host = createBrowserHost(() => undefined);
    await renderPane(host);
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const picked = file();
    fireEvent.change(screen.getByTestId('word-file'), { target: { files: [picked] } });
    fireEvent.click(screen.getByTestId('import-word'));
    const bar = await screen.findByTestId('error', {}, { timeout: 30000 });
    expect(bar).toHaveTextContent(picked.name);
    expect(bar).toHaveTextContent(words);
  });

  it('downloads the consolidation shown as the period report draft (.docx)', async () => {
    await renderPane(
      createBrowserHost(() => undefined),
      { sample: seedBytes() },
    );
    await waitFor(() => expect(screen.getByTestId('workbook-name')).toHaveTextContent('ke-hoach'));
    fireEvent.click(screen.getByTestId('tab-consolidate'));
    // No consolidation on screen yet: nothing to draft.
    expect(screen.queryByTestId('download-word-report')).toBeNull();
    const { layout, rows } = templateLayoutWithRows(readPlan(await seedGrids()), 'UBND Phường 2', 'Năm 2024', 'vi');
    const filled = layout.rows.map((r) => [...r]);
    filled[rows.indicatorRows.first - 1][3] = 9;
    filled[rows.indicatorRows.first - 1][4] = 10;
    const unit = new File([(await writeWorkbook([{ ...layout, rows: filled }])) as BlobPart], 'phuong-2.xlsx');
    fireEvent.change(screen.getByTestId('unit-files'), { target: { files: [unit] } });
    await waitFor(() => expect(screen.getByTestId('write-summary')).toHaveTextContent('Tổng hợp 1 đơn vị'), {
      timeout: 30000,
    });
    fireEvent.click(screen.getByTestId('write-summary'));
    fireEvent.click(await screen.findByTestId('download-word-report', {}, { timeout: 30000 }));
    await waitFor(
      () =>
        expect(downloaded.map((d) => d.name)).toEqual([
          expect.stringMatching(/^bao-cao-cchc-\d{4}-\d{2}-\d{2}\.docx$/),
        ]),
      { timeout: 30000 },
    );
    // The draft holds the unit's figure: Σ 9/10 for indicator 3, read back by the Word host.
    const grids = readDocx(downloaded[0].bytes);
    const row3 = grids
      .flatMap((g) => g.values)
      .find((r) => r[0] === '3' && typeof r[2] === 'string' && r[2].startsWith('≥'));
    expect(row3?.slice(3, 6)).toEqual(['9', '10', '90%']);
  });
});

describe('"Nhập vào sổ tính" inside Excel (the fake Office.js context)', () => {
  it('writes both appendices into new CCHC sheets with their merges, leaves user cells alone, and checks them', async () => {
    const { FakeContext, fakeRun, snapshotUserCells } = await import('../excel/fakeExcel');
    const { createExcelHost } = await import('../../src/excel/excelHost');
    const { FULL_CAPABILITIES } = await import('../../src/host/capabilities');
    const ctx = new FakeContext([
      { sheet: 'Ghi chú', origin: { row: 1, col: 1 }, values: [['Sổ theo dõi kế hoạch']], merges: [] },
    ]);
    const before = snapshotUserCells(ctx);
    await renderPane(createExcelHost(fakeRun(ctx), FULL_CAPABILITIES));
    fireEvent.change(screen.getByTestId('word-file'), { target: { files: [wordFile()] } });
    fireEvent.click(screen.getByTestId('import-word'));
    await waitFor(() => expect(screen.getByTestId('count-targets')).toHaveTextContent('19'), { timeout: 30000 });
    expect(screen.getByTestId('count-tasks')).toHaveTextContent('30');
    const added = ctx.sheets.filter((s) => s.createdByAddin);
    expect(added.map((s) => s.name)).toEqual(['CCHC - Phụ lục 1 (Word)', 'CCHC - Phụ lục 2 (Word)']);
    // The area merged down over its 11 tasks, as in the issued document.
    expect(added[1].merges).toContainEqual({ startRow: 5, startCol: 1, endRow: 15, endCol: 1 });
    expect(snapshotUserCells(ctx)).toBe(before);
    expect(ctx.stats.userWrites).toEqual([]);
  });
});
