/**
 * @jest-environment jsdom
 *
 * The Kiểm tra tab shows how the tables were read ("Đã hiểu bảng như sau") and lets the user move a
 * role to another column from a list; the check reruns at once with the choice. Outside Excel the
 * choice lasts for the session; inside Excel the host keeps it (see test/excel/settings.test.ts).
 */
import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createBrowserHost } from '../../src/browser/browserHost';
import type { ColumnOverride } from '../../src/core/locate/overrides';
import type { WorkbookHost } from '../../src/host/workbookHost';
import { seedBytes } from '../excel/seed';
import { renderPane } from './renderPane';

async function checkedSeed(host: WorkbookHost) {
  await renderPane(host, { sample: seedBytes() });
  await waitFor(() => expect(screen.getByTestId('workbook-name')).toHaveTextContent('ke-hoach-cchc-2024.xlsx'));
  fireEvent.click(screen.getByTestId('run-check'));
  await waitFor(() => expect(screen.getByTestId('table-mapping')).toBeInTheDocument(), { timeout: 20000 });
}

it("shows each table's header row and the column of each role, and reruns when one is changed", async () => {
  await checkedSeed(createBrowserHost(() => undefined));
  const tasks = screen.getByTestId('mapping-Phụ lục 2-4');
  expect(tasks).toHaveTextContent('Bảng nhiệm vụ (Phụ lục 2) — trang “Phụ lục 2”, dòng tiêu đề 4');
  const deadline = within(tasks).getByTestId('mapping-timeframe');
  expect(deadline).toHaveTextContent('Cột G — Thời gian thực hiện');
  expect(screen.getByText('Đã hiểu bảng như sau')).toBeInTheDocument();
  fireEvent.click(deadline);
  fireEvent.click(await screen.findByRole('option', { name: 'Cột D — Sản phẩm' }));
  await waitFor(
    () =>
      expect(within(screen.getByTestId('mapping-Phụ lục 2-4')).getByTestId('mapping-timeframe')).toHaveTextContent(
        'Cột D — Sản phẩm',
      ),
    { timeout: 20000 },
  );
  expect(screen.getByTestId('mapping-Phụ lục 2-4')).toHaveTextContent('do bạn chọn');
  expect(screen.getByText('Lựa chọn được giữ đến khi đóng ngăn này.')).toBeInTheDocument();
  fireEvent.click(screen.getByTestId('mapping-reset'));
  await waitFor(
    () =>
      expect(within(screen.getByTestId('mapping-Phụ lục 2-4')).getByTestId('mapping-timeframe')).toHaveTextContent(
        'Cột G',
      ),
    { timeout: 20000 },
  );
});

it('a host that keeps choices with the workbook is asked for them before the first check and given each change', async () => {
  const saved: ColumnOverride[][] = [];
  const kept: ColumnOverride[] = [{ sheet: 'Phụ lục 2', headerRow: 4, roles: { lead: 6 } }];
  const host: WorkbookHost = {
    ...createBrowserHost(() => undefined),
    columnSettings: { load: async () => kept, save: async (o) => void saved.push(o) },
  };
  await checkedSeed(host);
  const lead = within(screen.getByTestId('mapping-Phụ lục 2-4')).getByTestId('mapping-lead');
  expect(lead).toHaveTextContent('Cột F — Cơ quan phối hợp');
  expect(screen.getByText('Lựa chọn được lưu trong sổ tính này (không ghi vào ô nào).')).toBeInTheDocument();
  fireEvent.click(lead);
  fireEvent.click(await screen.findByRole('option', { name: 'Cột E — Cơ quan chủ trì' }));
  await waitFor(() => expect(saved).toHaveLength(1));
  expect(saved[0]).toEqual([{ sheet: 'Phụ lục 2', headerRow: 4, roles: { lead: 5 } }]);
});

it('every tab reads the plan with the choices made in the mapping: a template leaves the reading as corrected', async () => {
  const downloads: string[] = [];
  await checkedSeed(createBrowserHost((_bytes, name) => downloads.push(name)));
  fireEvent.click(within(screen.getByTestId('mapping-Phụ lục 2-4')).getByTestId('mapping-lead'));
  fireEvent.click(await screen.findByRole('option', { name: 'Cột F — Cơ quan phối hợp' }));
  await waitFor(
    () =>
      expect(within(screen.getByTestId('mapping-Phụ lục 2-4')).getByTestId('mapping-lead')).toHaveTextContent('Cột F'),
    { timeout: 20000 },
  );

  // The template tab reads the plan again (and shares what it read with the Check tab).
  fireEvent.click(screen.getByTestId('tab-template'));
  fireEvent.change(screen.getByTestId('template-unit'), { target: { value: 'UBND Phường 1' } });
  fireEvent.click(screen.getByTestId('create-template'));
  await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 20000 });

  fireEvent.click(screen.getByTestId('tab-check'));
  const lead = within(screen.getByTestId('mapping-Phụ lục 2-4')).getByTestId('mapping-lead');
  expect(lead).toHaveTextContent('Cột F — Cơ quan phối hợp');
  expect(screen.getByTestId('mapping-Phụ lục 2-4')).toHaveTextContent('do bạn chọn');
});
