/**
 * @jest-environment jsdom
 *
 * Tổng hợp in one step, inside "Excel" (the fake Office.js context from the seed workbook): the
 * units' files are read by the engine at once and listed; the summary is written from them without
 * importing anything; never a success on zero units or with an unreadable file in the list; a file
 * picked twice counts once; importing too is all or nothing and names the failing file.
 */
import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { templateLayoutWithRows } from '../../src/core/consolidate';
import { readPlan } from '../../src/core/readPlan';
import type { Grid } from '../../src/core/grid';
import { FULL_CAPABILITIES } from '../../src/host/capabilities';
import { createExcelHost } from '../../src/excel/excelHost';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { writeWorkbook } from '../../src/xlsx/writeWorkbook';
import { FakeContext, fakeRun, snapshotUserCells } from '../excel/fakeExcel';
import { seedGrids } from '../excel/seed';
import { renderPane } from './renderPane';

let seed: Grid[];
beforeAll(async () => {
  seed = await seedGrids();
});

/** A unit's report as units make it: the template, filled in (first indicator `num`/`den`). */
async function unitFile(unit: string, name: string, num: number, den: number): Promise<File> {
  const { layout, rows } = templateLayoutWithRows(readPlan(seed), unit, 'Năm 2024', 'vi');
  const filled = layout.rows.map((r) => [...r]);
  filled[rows.indicatorRows.first - 1][3] = num;
  filled[rows.indicatorRows.first - 1][4] = den;
  return new File([(await writeWorkbook([{ ...layout, rows: filled }])) as BlobPart], name);
}

async function setup(caps = FULL_CAPABILITIES) {
  const ctx = new FakeContext(seed);
  ctx.importer = readWorkbook;
  const before = snapshotUserCells(ctx);
  await renderPane(
    createExcelHost(fakeRun(ctx), caps),
    caps === FULL_CAPABILITIES ? {} : { mode: { kind: 'excel', capabilities: caps, tooOld: false } },
  );
  fireEvent.click(screen.getByTestId('tab-consolidate'));
  const unchanged = () => {
    expect(snapshotUserCells(ctx)).toBe(before);
    expect(ctx.stats.userWrites).toEqual([]);
  };
  return { ctx, unchanged };
}

const added = (ctx: FakeContext) => ctx.sheets.filter((s) => s.createdByAddin).map((s) => s.name);

async function pick(files: File[]) {
  fireEvent.change(screen.getByTestId('unit-files'), { target: { files } });
  await waitFor(() => expect(screen.queryByTestId('busy')).toBeNull(), { timeout: 20000 });
}

describe('Tổng hợp', () => {
  it('a summary requested before any file says what to do, writes nothing and takes focus', async () => {
    const { ctx, unchanged } = await setup();
    expect(screen.getByTestId('write-summary')).toHaveTextContent(/^Tổng hợp$/);
    fireEvent.click(screen.getByTestId('write-summary'));
    const bar = await screen.findByTestId('error');
    expect(bar).toHaveTextContent('Chưa có báo cáo nào của đơn vị');
    expect(bar).toHaveTextContent('Chọn các tệp');
    await waitFor(() => expect(document.activeElement).toBe(bar));
    expect(screen.queryByTestId('notice')).toBeNull();
    expect(added(ctx)).toEqual([]);
    unchanged();
  });

  it('lists the submissions read from the files, then writes only the summary sheets (no import)', async () => {
    const { ctx, unchanged } = await setup();
    await pick([
      await unitFile('UBND Phường 2', 'phuong-2.xlsx', 9, 10),
      await unitFile('UBND Phường 3', 'phuong-3.xlsx', 5, 10),
    ]);
    expect(screen.queryByTestId('error')).toBeNull();
    const rows = screen.getAllByTestId('submission');
    expect(rows.map((r) => r.getAttribute('data-unit'))).toEqual(['UBND Phường 2', 'UBND Phường 3']);
    expect(rows[0]).toHaveTextContent('phuong-2.xlsx');
    expect(rows[0]).toHaveTextContent('Kỳ: Năm 2024');
    expect(rows[0]).toHaveTextContent(/\d+ dòng đọc được/);
    expect(screen.getByTestId('write-summary')).toHaveTextContent('Tổng hợp 2 đơn vị');
    // Reading the files wrote nothing.
    expect(added(ctx)).toEqual([]);

    fireEvent.click(screen.getByTestId('write-summary'));
    await waitFor(() => expect(screen.getByTestId('notice')).toHaveTextContent('Đã tổng hợp 2 đơn vị'), {
      timeout: 20000,
    });
    expect(screen.getByTestId('summary-units')).toHaveTextContent('2');
    expect(screen.getByTestId('as-of-line')).toHaveTextContent(/^Tính đến \d\d\/\d\d\/\d{4}$/);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('summary-heading')));
    // Only the summary sheets; no unit sheet was imported.
    expect(added(ctx).length).toBeGreaterThan(2);
    expect(added(ctx).every((n) => n.startsWith('CCHC - '))).toBe(true);
    expect(ctx.sheets.length).toBe(seed.length + added(ctx).length);
    unchanged();
  });

  it('a bad file in the middle is named, the others are still read, and nothing is consolidated until it is removed', async () => {
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { ctx } = await setup();
    const bad = new File([new Uint8Array([1, 2, 3, 4])], 'xa-hong.xlsx');
    await pick([
      await unitFile('UBND Phường 2', 'phuong-2.xlsx', 9, 10),
      bad,
      await unitFile('UBND Phường 3', 'phuong-3.xlsx', 5, 10),
    ]);
    expect(screen.getByTestId('error')).toHaveTextContent('xa-hong.xlsx');
    expect(screen.getByTestId('error')).not.toHaveTextContent('phuong-2.xlsx');
    const entry = screen.getByTestId('source-error');
    expect(entry).toHaveAttribute('data-file', 'xa-hong.xlsx');
    expect(entry).toHaveTextContent('không phải tệp Excel');
    expect(screen.getAllByTestId('submission')).toHaveLength(2);

    fireEvent.click(screen.getByTestId('write-summary'));
    await waitFor(() => expect(screen.getByTestId('error')).toHaveTextContent('Không đọc được tệp: xa-hong.xlsx'));
    expect(added(ctx)).toEqual([]);

    fireEvent.click(within(entry).getByTestId('remove-source'));
    expect(screen.queryByTestId('error')).toBeNull();
    fireEvent.click(screen.getByTestId('write-summary'));
    await waitFor(() => expect(screen.getByTestId('notice')).toHaveTextContent('Đã tổng hợp 2 đơn vị'), {
      timeout: 20000,
    });
    quiet.mockRestore();
  });

  it('a file picked twice counts once', async () => {
    await setup();
    const f = await unitFile('UBND Phường 2', 'phuong-2.xlsx', 9, 10);
    await pick([f]);
    await pick([f]);
    expect(screen.getAllByTestId('submission')).toHaveLength(1);
    fireEvent.click(screen.getByTestId('write-summary'));
    await waitFor(() => expect(screen.getByTestId('notice')).toHaveTextContent('Đã tổng hợp 1 đơn vị'), {
      timeout: 20000,
    });
    const first = screen.getAllByTestId('indicator')[0];
    expect(first).toHaveTextContent('Đạt 90%');
  });

  it('importing too adds the units’ sheets once; adding the workbook’s reports afterwards skips them', async () => {
    const { ctx, unchanged } = await setup();
    await pick([await unitFile('UBND Phường 3', 'phuong-3.xlsx', 9, 10)]);
    fireEvent.click(screen.getByTestId('import-too'));
    fireEvent.click(screen.getByTestId('write-summary'));
    await waitFor(() => expect(screen.getByTestId('notice')).toHaveTextContent('Đã tổng hợp 1 đơn vị'), {
      timeout: 20000,
    });
    const userAndImported = ctx.sheets.filter((s) => !s.name.startsWith('CCHC - '));
    expect(userAndImported.length).toBe(seed.length + 1);

    fireEvent.click(screen.getByTestId('add-workbook-units'));
    await waitFor(
      () => expect(screen.getByTestId('notice')).toHaveTextContent('Bỏ qua 1 báo cáo đã có trong danh sách'),
      { timeout: 20000 },
    );
    expect(screen.getAllByTestId('submission')).toHaveLength(1);

    fireEvent.click(screen.getByTestId('tab-progress'));
    fireEvent.click(screen.getByTestId('run-progress'));
    await waitFor(() => expect(screen.getByTestId('submission-count')).toHaveTextContent('1'), { timeout: 20000 });
    unchanged();
  });

  it('findings point at the unit’s own file and cell, and clicking one shows the rows around it', async () => {
    await setup();
    await pick([await unitFile('UBND Phường 2', 'phuong-2.xlsx', 12, 10)]);
    fireEvent.click(screen.getByTestId('write-summary'));
    await screen.findByTestId('summary', {}, { timeout: 20000 });
    const finding = screen
      .getAllByTestId('finding')
      .find((f) => f.getAttribute('data-code') === 'numerator-exceeds-denominator') as HTMLElement;
    expect(finding).toHaveAttribute('data-file', 'phuong-2.xlsx');
    expect(finding).toHaveTextContent('phuong-2.xlsx ›');
    fireEvent.click(finding);
    const preview = await screen.findByTestId('cell-preview', {}, { timeout: 20000 });
    expect(preview.querySelector('[data-target="true"]')).toHaveTextContent('12');
  });

  it('an Excel without ExcelApi 1.13 still consolidates from the files and says it cannot import', async () => {
    const caps = { ...FULL_CAPABILITIES, mergedAreas: false, importSheets: false };
    const { ctx } = await setup(caps);
    expect(screen.getByTestId('cannot-import')).toHaveTextContent('ExcelApi 1.13');
    expect(screen.queryByTestId('import-too')).toBeNull();
    await pick([await unitFile('UBND Phường 2', 'phuong-2.xlsx', 9, 10)]);
    fireEvent.click(screen.getByTestId('write-summary'));
    await waitFor(() => expect(screen.getByTestId('notice')).toHaveTextContent('Đã tổng hợp 1 đơn vị'), {
      timeout: 20000,
    });
    expect(added(ctx).length).toBeGreaterThan(0);
  });
});
