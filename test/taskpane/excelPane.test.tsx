/**
 * @jest-environment jsdom
 *
 * The pane inside "Excel" (the fake Office.js context built from the seed workbook): every action
 * reads or writes through Office.js-shaped calls, and after each one every user cell is unchanged.
 */
import '@testing-library/jest-dom';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createExcelHost } from '../../src/excel/excelHost';
import { FULL_CAPABILITIES } from '../../src/host/capabilities';
import type { Grid } from '../../src/core/grid';
import { FakeContext, fakeRun, snapshotUserCells } from '../excel/fakeExcel';
import { seedGrids } from '../excel/seed';
import { renderPane } from './renderPane';

let seed: Grid[];
beforeAll(async () => {
  seed = await seedGrids();
});

async function setup() {
  const ctx = new FakeContext(seed);
  const host = createExcelHost(fakeRun(ctx), FULL_CAPABILITIES);
  const before = snapshotUserCells(ctx);
  await renderPane(host);
  const unchanged = () => {
    expect(snapshotUserCells(ctx)).toBe(before);
    expect(ctx.stats.userWrites).toEqual([]);
  };
  return { ctx, unchanged };
}

async function runCheck() {
  fireEvent.click(screen.getByTestId('run-check'));
  await waitFor(() => expect(screen.getByTestId('count-targets')).toHaveTextContent('19'), { timeout: 20000 });
}

describe('pane in Excel (fake context from the seed workbook)', () => {
  it('Check: shows 19 targets, 30 tasks and findings with their cells; reads in 3 round trips', async () => {
    const { ctx, unchanged } = await setup();
    expect(screen.queryByTestId('workbook-file')).toBeNull();
    await runCheck();
    expect(screen.getByTestId('count-tasks')).toHaveTextContent('30');
    expect(ctx.stats.syncs).toBe(3);
    const findings = screen.getAllByTestId('finding');
    expect(findings.length).toBeGreaterThan(0);
    expect(
      findings.some((f) => f.getAttribute('data-code') === 'missing-budget' && f.getAttribute('data-cell') === 'H15'),
    ).toBe(true);
    unchanged();
  });

  it('clicking a finding selects its cell and changes nothing', async () => {
    const { ctx, unchanged } = await setup();
    await runCheck();
    const target = screen.getAllByTestId('finding').find((f) => f.getAttribute('data-cell') === 'H15') as HTMLElement;
    fireEvent.click(target);
    await waitFor(() => expect(ctx.stats.selected).toMatch(/!H15:H15$/));
    expect(ctx.stats.active).toBe(target.getAttribute('data-sheet'));
    unchanged();
  });

  it('filters by severity and by text', async () => {
    await setup();
    await runCheck();
    const total = screen.getAllByTestId('finding').length;
    fireEvent.click(screen.getByTestId('filter-warning'));
    const left = screen.queryAllByTestId('finding');
    expect(left.length).toBeLessThan(total);
    expect(left.every((f) => f.getAttribute('data-severity') !== 'warning')).toBe(true);
    fireEvent.click(screen.getByTestId('filter-warning'));
    fireEvent.change(screen.getByTestId('finding-search'), { target: { value: 'h15' } });
    expect(screen.getAllByTestId('finding').every((f) => f.getAttribute('data-cell') === 'H15')).toBe(true);
  });

  it('Check report goes into a new CCHC sheet; user cells stay byte-identical', async () => {
    const { ctx, unchanged } = await setup();
    await runCheck();
    fireEvent.click(screen.getByTestId('write-report'));
    await waitFor(() => expect(screen.getByTestId('notice')).toHaveTextContent('CCHC - Kiểm tra'));
    expect(ctx.sheets.filter((s) => s.createdByAddin).map((s) => s.name)).toEqual(['CCHC - Kiểm tra']);
    unchanged();
  });

  it('Template, Progress and Consolidate write only new sheets and read the template back', async () => {
    const { ctx, unchanged } = await setup();
    fireEvent.click(screen.getByTestId('tab-template'));
    fireEvent.change(screen.getByTestId('template-unit'), { target: { value: 'UBND Phường 1' } });
    fireEvent.click(screen.getByTestId('create-template'));
    await waitFor(() => expect(screen.getByTestId('notice')).toHaveTextContent('CCHC - UBND Phường 1'), {
      timeout: 20000,
    });
    unchanged();

    fireEvent.click(screen.getByTestId('tab-progress'));
    fireEvent.click(screen.getByTestId('run-progress'));
    await waitFor(() => expect(screen.getByTestId('submission-count')).toBeInTheDocument(), { timeout: 20000 });
    expect(screen.getAllByTestId('indicator').length).toBeGreaterThan(0);
    // An empty template has no counts yet.
    expect(screen.getAllByTestId('indicator').every((i) => i.getAttribute('data-status') === 'noData')).toBe(true);
    unchanged();

    fireEvent.click(screen.getByTestId('tab-consolidate'));
    fireEvent.click(screen.getByTestId('add-workbook-units'));
    await waitFor(
      () =>
        expect(screen.getAllByTestId('submission').map((e) => e.getAttribute('data-unit'))).toEqual(['UBND Phường 1']),
      { timeout: 20000 },
    );
    fireEvent.click(screen.getByTestId('write-summary'));
    await waitFor(() => expect(screen.getByTestId('notice')).toHaveTextContent('CCHC -'), { timeout: 20000 });
    expect(ctx.sheets.filter((s) => s.createdByAddin).length).toBeGreaterThan(2);
    unchanged();
  });

  it('an Excel without ExcelApi 1.13 says what it cannot do and offers the manual way to import', async () => {
    const ctx = new FakeContext(seed);
    const caps = {
      mergedAreas: false,
      importSheets: false,
      validation: true,
      printLayout: true,
      chartAxisFormat: true,
    };
    await renderPane(createExcelHost(fakeRun(ctx), caps), {
      mode: { kind: 'excel', capabilities: caps, tooOld: false },
    });
    expect(screen.getByTestId('old-excel')).toHaveTextContent('ô gộp');
    fireEvent.click(screen.getByTestId('tab-consolidate'));
    expect(screen.getByTestId('cannot-import')).toHaveTextContent('Di chuyển hoặc Sao chép');
    expect(screen.getByTestId('old-excel')).toHaveAttribute('aria-labelledby');
    const titleId = screen.getByTestId('old-excel').getAttribute('aria-labelledby') as string;
    expect(document.getElementById(titleId)).not.toBeNull();
    await runCheck();
  });

  it('an Excel error shows a message bar with what to do next, not a blank pane', async () => {
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const ctx = new FakeContext(seed);
    const failing = createExcelHost(async () => {
      throw Object.assign(new Error('cell edit'), { code: 'InvalidOperationInCellEditMode' });
    }, FULL_CAPABILITIES);
    await renderPane(failing);
    fireEvent.click(screen.getByTestId('run-check'));
    const bar = await screen.findByTestId('error');
    expect(within(bar).getByText(/Enter hoặc Esc/)).toBeInTheDocument();
    expect(quiet).toHaveBeenCalled();
    quiet.mockRestore();
    void ctx;
  });

  it('the language switch turns every word to English', async () => {
    await setup();
    await act(async () => {
      fireEvent.change(screen.getByTestId('language'), { target: { value: 'en' } });
    });
    expect(screen.getByTestId('tab-check')).toHaveTextContent('Check');
    expect(screen.getByTestId('tab-progress')).toHaveTextContent('Progress');
    await runCheck();
    expect(screen.getByText('Targets')).toBeInTheDocument();
  });
});

describe('errors keep their data, not their words', () => {
  it('an error shown in Vietnamese turns English with the language switch, whole', async () => {
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = createExcelHost(async () => {
      throw Object.assign(new Error('cell edit'), { code: 'InvalidOperationInCellEditMode' });
    }, FULL_CAPABILITIES);
    await renderPane(failing);
    fireEvent.click(screen.getByTestId('run-check'));
    const bar = await screen.findByTestId('error');
    expect(bar).toHaveTextContent('Enter hoặc Esc');
    await act(async () => {
      fireEvent.change(screen.getByTestId('language'), { target: { value: 'en' } });
    });
    expect(screen.getByTestId('error')).toHaveTextContent('press Enter or Esc');
    expect(screen.getByTestId('error')).not.toHaveTextContent('Có lỗi');
    expect(screen.getByTestId('error')).not.toHaveTextContent('Enter hoặc Esc');
    quiet.mockRestore();
  });
});
