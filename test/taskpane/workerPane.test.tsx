/**
 * @jest-environment jsdom
 *
 * The whole pane with its engine in a worker (run in-process, messages copied as postMessage
 * copies them): outside Excel the opened file is read by the worker; inside Excel the grids read
 * through Office.js go to the worker, and the reading is the same as on the pane's thread.
 */
import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { createBrowserHost } from '../../src/browser/browserHost';
import { FULL_CAPABILITIES } from '../../src/host/capabilities';
import { createWorkerEngine } from '../../src/taskpane/engine/workerEngine';
import { createExcelHost } from '../../src/excel/excelHost';
import { FakeContext, fakeRun, snapshotUserCells } from '../excel/fakeExcel';
import { seedBytes, seedGrids } from '../excel/seed';
import { inProcessWorkers } from './inProcessWorker';
import { renderPane } from './renderPane';

async function checkShows19Targets() {
  fireEvent.click(screen.getByTestId('run-check'));
  await waitFor(() => expect(screen.getByTestId('count-targets')).toHaveTextContent('19'), { timeout: 20000 });
  expect(screen.getByTestId('count-tasks')).toHaveTextContent('30');
}

describe('pane with the engine in a worker', () => {
  it('outside Excel: the worker reads the opened workbook and checks it', async () => {
    const { spawn, log } = inProcessWorkers();
    const engine = createWorkerEngine(spawn);
    await renderPane(
      createBrowserHost(() => undefined, engine.readWorkbook),
      { sample: seedBytes(), engine },
    );
    await waitFor(() => expect(screen.getByTestId('workbook-name')).toHaveTextContent('ke-hoach-cchc-2024.xlsx'));
    await checkShows19Targets();
    expect(log.sent.filter((m) => m.type === 'job').map((m) => (m.type === 'job' ? m.job : ''))).toEqual([
      'read',
      'check',
    ]);
    // The worker already held what it read: no cell went back to it.
    expect(log.sent.some((m) => m.type === 'rows')).toBe(false);
  });

  it('inside Excel: Office.js reads on the pane thread (3 round trips), the worker checks; nothing is written', async () => {
    const { spawn, log } = inProcessWorkers();
    const ctx = new FakeContext(await seedGrids());
    const before = snapshotUserCells(ctx);
    await renderPane(createExcelHost(fakeRun(ctx), FULL_CAPABILITIES), { engine: createWorkerEngine(spawn) });
    await checkShows19Targets();
    expect(ctx.stats.syncs).toBe(3);
    expect(log.sent.some((m) => m.type === 'rows')).toBe(true);
    expect(snapshotUserCells(ctx)).toBe(before);
  });
});
