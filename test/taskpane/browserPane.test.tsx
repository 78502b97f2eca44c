/**
 * @jest-environment jsdom
 *
 * The pane outside Excel: says so, opens the bundled sample first, works on a file the user opens,
 * and downloads reports as .xlsx. Cell text is shown as text, never as HTML.
 */
import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createBrowserHost } from '../../src/browser/browserHost';
import type { Grid } from '../../src/core/grid';
import type { WorkbookHost } from '../../src/host/workbookHost';
import { FULL_CAPABILITIES } from '../../src/host/capabilities';
import { detectHost } from '../../src/taskpane/bootstrap/detectHost';
import { seedBytes, seedGrids } from '../excel/seed';
import { renderPane } from './renderPane';

describe('pane outside Excel', () => {
  it('says it runs outside Excel, loads the sample, and checks it', async () => {
    await renderPane(
      createBrowserHost(() => undefined),
      { sample: seedBytes() },
    );
    expect(screen.getByTestId('outside-excel')).toHaveTextContent('ngoài Excel');
    await waitFor(() => expect(screen.getByTestId('workbook-name')).toHaveTextContent('ke-hoach-cchc-2024.xlsx'));
    fireEvent.click(screen.getByTestId('run-check'));
    await waitFor(() => expect(screen.getByTestId('count-targets')).toHaveTextContent('19'), { timeout: 20000 });
    expect(screen.getByTestId('count-tasks')).toHaveTextContent('30');
  });

  it('opens a file picked by the user and rejects one that is not a workbook with a plain message', async () => {
    const host = createBrowserHost(() => undefined);
    await renderPane(host);
    const input = screen.getByTestId('workbook-file');
    const bad = new File([new Uint8Array([1, 2, 3, 4])], 'ghi-chu.xlsx');
    fireEvent.change(input, { target: { files: [bad] } });
    await waitFor(() => expect(host.current()).toBe('ghi-chu.xlsx'));
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    fireEvent.click(screen.getByTestId('run-check'));
    const bar = await screen.findByTestId('error', {}, { timeout: 20000 });
    expect(bar).toHaveTextContent('ghi-chu.xlsx');
    expect(bar).toHaveTextContent('.xlsx');
  });

  it('a bad workbook is named as soon as it is picked, and again by every tab that reads it', async () => {
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await renderPane(createBrowserHost(() => undefined));
    fireEvent.change(screen.getByTestId('workbook-file'), {
      target: { files: [new File([new Uint8Array([1, 2, 3, 4])], 'ghi-chu.xlsx')] },
    });
    // At pick time: the status bar and the picker's own field both name the file.
    const bar = await screen.findByTestId('error', {}, { timeout: 20000 });
    expect(bar).toHaveTextContent('Tệp ghi-chu.xlsx không phải tệp Excel');
    expect(screen.getByTestId('workbook-name')).toHaveTextContent('Tệp ghi-chu.xlsx không phải tệp Excel');
    for (const [tab, button] of [
      ['progress', 'run-progress'],
      ['template', 'create-template'],
    ] as const) {
      fireEvent.click(screen.getByTestId(`tab-${tab}`));
      if (tab === 'template')
        fireEvent.change(screen.getByTestId('template-unit'), { target: { value: 'UBND Phường 1' } });
      fireEvent.click(screen.getByTestId(button));
      await waitFor(
        () => expect(screen.getByTestId('error-message')).toHaveTextContent('Tệp ghi-chu.xlsx không phải'),
        { timeout: 20000 },
      );
    }
    quiet.mockRestore();
  });

  it('Mẫu: an empty unit name gets the pane’s own message and focus, never the browser’s', async () => {
    await renderPane(
      createBrowserHost(() => undefined),
      { sample: seedBytes() },
    );
    fireEvent.click(screen.getByTestId('tab-template'));
    const form = screen.getByTestId('create-template').closest('form') as HTMLFormElement;
    expect(form.noValidate).toBe(true);
    fireEvent.click(screen.getByTestId('create-template'));
    expect(await screen.findByText('Hãy nhập tên đơn vị.')).toBeInTheDocument();
    expect(document.activeElement).toBe(screen.getByTestId('template-unit'));
    expect(screen.getByTestId('template-unit')).toHaveAttribute('aria-invalid', 'true');
  });

  it('English template placeholder is English', async () => {
    await renderPane(
      createBrowserHost(() => undefined),
      { lang: 'en' },
    );
    expect(screen.getByTestId('template-period')).toHaveAttribute('placeholder', 'Year');
  });

  it('downloads the check report as .xlsx', async () => {
    const downloads: string[] = [];
    await renderPane(
      createBrowserHost((bytes, name) => downloads.push(`${name}:${bytes[0] === 0x50 ? 'zip' : '?'}`)),
      { sample: seedBytes() },
    );
    await waitFor(() => expect(screen.getByTestId('workbook-name')).toHaveTextContent('ke-hoach'));
    fireEvent.click(screen.getByTestId('run-check'));
    await screen.findByTestId('write-report', {}, { timeout: 20000 });
    fireEvent.click(screen.getByTestId('write-report'));
    await waitFor(() => expect(downloads).toEqual(['ke-hoach-cchc-2024-kiem-tra.xlsx:zip']), { timeout: 20000 });
  });
});

describe('hostile cell text', () => {
  it('is shown as text: no element is created from it', async () => {
    const seed = await seedGrids();
    // Entities survive core's tag stripping and decode to markup: the pane must still show text.
    const evil = '&lt;img src=x onerror="window.__pwned=1"&gt;<script>window.__pwned=2</script>';
    // Markup in place of timeframes: the unparsed-deadline findings then quote it.
    const grids: Grid[] = seed.map((g) => ({
      ...g,
      values: g.values.map((row) => row.map((v) => (typeof v === 'string' && /^Quý/.test(v) ? evil : v))),
    }));
    const host: WorkbookHost = {
      kind: 'browser',
      capabilities: FULL_CAPABILITIES,
      readGrids: async () => grids,
      writeSheets: async () => ({ kind: 'download', fileName: 'x.xlsx' }),
      selectCell: async () => false,
      importWorkbooks: async () => ({ files: 0, sheets: 0 }),
    };
    const { container } = await renderPane(host);
    fireEvent.click(screen.getByTestId('run-check'));
    await waitFor(() => expect(screen.getByTestId('count-targets')).toBeInTheDocument(), { timeout: 20000 });
    fireEvent.change(screen.getByTestId('finding-search'), { target: { value: '' } });
    const quoting = screen.getAllByTestId('finding').filter((f) => f.textContent?.includes('<img src=x onerror='));
    expect(quoting.length).toBeGreaterThan(0);
    expect(container.querySelector('img, script')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('detectHost', () => {
  it('Office undefined → browser, office.js not loaded', async () => {
    await expect(detectHost(undefined)).resolves.toEqual({ kind: 'browser', officeLoaded: false });
  });
  it('onReady with a null host → browser', async () => {
    const office = { onReady: async () => ({ host: null, platform: null }) } as unknown as typeof Office;
    await expect(detectHost(office)).resolves.toEqual({ kind: 'browser', officeLoaded: true });
  });
  it('Excel → its capabilities from the requirement sets', async () => {
    const office = {
      onReady: async () => ({ host: 'Excel', platform: 'OfficeOnline' }),
      context: { displayLanguage: 'en-US' },
    } as unknown as typeof Office;
    (globalThis as Record<string, unknown>).Office = {
      context: { requirements: { isSetSupported: (_n: string, v: string) => Number(v.split('.')[1]) <= 12 } },
    };
    const d = await detectHost(office);
    delete (globalThis as Record<string, unknown>).Office;
    expect(d).toEqual({
      kind: 'excel',
      capabilities: {
        mergedAreas: false,
        importSheets: false,
        validation: true,
        printLayout: true,
        chartAxisFormat: true,
      },
      tooOld: false,
      displayLanguage: 'en-US',
    });
  });
});

describe('long work', () => {
  it('shows progress and stops when cancelled, saying nothing more was changed', async () => {
    const { CancelledError } = await import('../../src/host/task');
    const host: WorkbookHost = {
      kind: 'browser',
      capabilities: FULL_CAPABILITIES,
      readGrids: (options) =>
        new Promise((_, reject) => {
          options.onProgress?.({ done: 1, total: 4 });
          options.signal?.addEventListener('abort', () => reject(new CancelledError()));
        }),
      writeSheets: async () => ({ kind: 'download', fileName: 'x.xlsx' }),
      selectCell: async () => false,
      importWorkbooks: async () => ({ files: 0, sheets: 0 }),
    };
    await renderPane(host);
    fireEvent.click(screen.getByTestId('run-check'));
    const busy = await screen.findByTestId('busy');
    expect(busy).toHaveTextContent('25%');
    // Busy buttons stay focusable (disabledFocusable), so focus is not thrown to <body>.
    expect(screen.getByTestId('run-check')).toHaveAttribute('aria-disabled', 'true');
    fireEvent.click(screen.getByTestId('cancel'));
    await waitFor(() => expect(screen.getByTestId('notice')).toHaveTextContent('Đã hủy'));
    // The Cancel button that had focus is gone: the notice takes it, and closing it gives it to the tab.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('notice')));
    fireEvent.click(within(screen.getByTestId('notice')).getByRole('button'));
    expect(document.activeElement).toBe(screen.getByTestId('tab-check'));
    expect(screen.queryByTestId('busy')).toBeNull();
    expect(screen.getByTestId('run-check')).not.toHaveAttribute('aria-disabled', 'true');
  });
});
