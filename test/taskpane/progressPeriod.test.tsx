/**
 * @jest-environment jsdom
 *
 * The Progress tab's reporting period, headline figures and resubmission choice, on the fake
 * Office.js context built from the seed workbook with a unit sheet made by the Template tab.
 */
import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { createExcelHost } from '../../src/excel/excelHost';
import { FULL_CAPABILITIES } from '../../src/host/capabilities';
import type { Grid } from '../../src/core/grid';
import { FakeContext, fakeRun, snapshotUserCells } from '../excel/fakeExcel';
import { seedGrids } from '../excel/seed';
import { renderPane } from './renderPane';

jest.setTimeout(60_000);
let seed: Grid[];
beforeAll(async () => {
  seed = await seedGrids();
});

it('a period sets the as-of date to its window’s end and the headline names it; user cells unchanged', async () => {
  const ctx = new FakeContext(seed);
  await renderPane(createExcelHost(fakeRun(ctx), FULL_CAPABILITIES));
  const before = snapshotUserCells(ctx);
  fireEvent.click(screen.getByTestId('tab-template'));
  fireEvent.change(screen.getByTestId('template-unit'), { target: { value: 'UBND Phường 1' } });
  fireEvent.click(screen.getByTestId('create-template'));
  await waitFor(() => expect(screen.getByTestId('notice')).toHaveTextContent('CCHC - UBND Phường 1'), {
    timeout: 20000,
  });

  fireEvent.click(screen.getByTestId('tab-progress'));
  fireEvent.change(screen.getByTestId('progress-period'), { target: { value: 'Đợt 2' } });
  expect(screen.getByText('Không đọc được kỳ báo cáo này; chỉ tính theo ngày đã chọn.')).toBeInTheDocument();
  fireEvent.change(screen.getByTestId('progress-period'), { target: { value: 'Năm 2024' } });
  expect(screen.getByTestId('as-of')).toHaveValue('14/12/2024');
  fireEvent.click(screen.getByTestId('progress-prefer-latest'));
  fireEvent.click(screen.getByTestId('run-progress'));
  await waitFor(() => expect(screen.getByTestId('headline')).toBeInTheDocument(), { timeout: 20000 });
  expect(screen.getByTestId('period-line')).toHaveTextContent(
    'Kỳ báo cáo: Năm 2024 (số liệu từ 15/12/2023 đến 14/12/2024; hạn gửi báo cáo 20/12/2024)',
  );
  // The empty template reports no task: of the 30 tasks, those due by 14/12/2024 are not done.
  expect(screen.getByTestId('headline-tasks')).toHaveTextContent(/hoàn thành 0\/\d+ nhiệm vụ đến hạn, đạt 0%/);
  expect(screen.getByTestId('headline-timing')).toHaveTextContent('đã hoàn thành đúng hạn 0');
  expect(screen.queryByTestId('series')).toBeNull();
  expect(snapshotUserCells(ctx)).toBe(before);
});
