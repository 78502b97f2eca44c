/**
 * The pane's engine in a worker (run in-process here) gives exactly what the engine on the pane's
 * thread gives, sends grids in bounded slices and only once, carries errors with their reasons,
 * and stops at once when cancelled.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Grid } from '../../src/core/grid';
import { CancelledError } from '../../src/host/task';
import { GridAssembler, gridMessages } from '../../src/taskpane/engine/gridTransfer';
import { createLocalEngine } from '../../src/taskpane/engine/localEngine';
import { joinResult, splitResult } from '../../src/taskpane/engine/resultTransfer';
import { createWorkerEngine } from '../../src/taskpane/engine/workerEngine';
import { describeError } from '../../src/taskpane/state/paneError';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { bigGrid, seedBytes, seedGrids } from '../excel/seed';
import { inProcessWorkers } from './inProcessWorker';

let seed: Grid[];
beforeAll(async () => {
  seed = await seedGrids();
});

const gridMessagesSent = (sent: { type: string }[]) =>
  sent.filter((m) => m.type === 'grid' || m.type === 'rows').length;

describe('grid slices', () => {
  it('rebuild the same grid, with or without number formats, from slices of bounded size', () => {
    const big = bigGrid('Big', 1234, 7);
    const bare: Grid = { ...big, sheet: 'Bare', numberFormats: undefined };
    const empty: Grid = { sheet: 'Empty', origin: { row: 1, col: 1 }, values: [], merges: [] };
    // The optional facts a host may add travel too: legacy fonts, merges it could not read.
    const flagged: Grid = {
      ...seed[0],
      sheet: 'Flagged',
      cellFonts: { '0:0': '.VnTime' },
      mergesUnread: true,
      merges: [],
    };
    for (const g of [big, bare, empty, flagged, ...seed]) {
      const a = new GridAssembler();
      const msgs = [...gridMessages(g, 'x', 1000)];
      for (const m of msgs) {
        if (m.type === 'rows')
          expect(m.values.length * Math.max(1, g.values[0]?.length ?? 1)).toBeLessThanOrEqual(1000);
        a.accept(m);
      }
      const back = a.take('x');
      expect(back.values).toEqual(g.values);
      expect(back.numberFormats).toEqual(g.numberFormats);
      expect(back.merges).toEqual(g.merges);
      expect(back.origin).toEqual(g.origin);
      expect(back.cellFonts).toEqual(g.cellFonts);
      expect(back.mergesUnread).toEqual(g.mergesUnread);
    }
  });
});

describe('result slices', () => {
  it('cut long arrays wherever they sit, and join back to an equal value', () => {
    const value = {
      plan: { tasks: Array.from({ length: 4501 }, (_, i) => ({ i })), year: 2024 },
      findings: [1, 2, 3],
      top: Array.from({ length: 10 }, (_, i) => i),
    };
    const { head, slices } = splitResult(value, 7, 1000);
    // Short arrays stay in the head.
    expect(slices.map((s) => [s.path.join('.'), s.items.length])).toEqual([
      ['plan.tasks', 1000],
      ['plan.tasks', 1000],
      ['plan.tasks', 1000],
      ['plan.tasks', 1000],
      ['plan.tasks', 501],
    ]);
    expect((head as typeof value).top).toHaveLength(10);
    expect((head as typeof value).plan.tasks).toEqual([]);
    expect(value.plan.tasks).toHaveLength(4501);
    expect(joinResult(head, slices)).toEqual(value);
  });
});

describe('the engine in a worker', () => {
  it('checks, plans and consolidates exactly as the engine on the pane thread does', async () => {
    const local = createLocalEngine();
    const { spawn } = inProcessWorkers();
    const worker = createWorkerEngine(spawn);
    expect(await worker.check(seed, 'a.xlsx', {})).toEqual(await local.check(seed, 'a.xlsx', {}));
    expect(await worker.plan(seed, 'a.xlsx', {})).toEqual(await local.plan(seed, 'a.xlsx', {}));
    expect(await worker.consolidate(seed, 'a.xlsx', '2024-09-30', {})).toEqual(
      await local.consolidate(seed, 'a.xlsx', '2024-09-30', {}),
    );
  });

  it('reads .xlsx bytes as the .xlsx host does, and checking what it read sends no cells back', async () => {
    const { spawn, log } = inProcessWorkers();
    const engine = createWorkerEngine(spawn);
    const grids = await engine.readWorkbook(seedBytes(), {});
    expect(grids).toEqual(await readWorkbook(seedBytes()));
    const reading = await engine.check(grids, null, {});
    expect(reading.summary.targets).toBe(19);
    expect(gridMessagesSent(log.sent)).toBe(0);
  });

  it('a workbook read, then units read, then all consolidated: nothing is sent back, nothing is missing', async () => {
    const { spawn, log } = inProcessWorkers();
    const engine = createWorkerEngine(spawn);
    const plan = await engine.readWorkbook(seedBytes(), {});
    const units = await engine.readWorkbook(seedBytes(), {});
    const both = [...plan, ...units.map((g) => ({ ...g, sheet: `${g.sheet} (2)` }))];
    await expect(engine.consolidate([...plan, ...units], null, '2024-12-31', {})).resolves.toBeDefined();
    expect(gridMessagesSent(log.sent)).toBe(0);
    // Copies are new objects: sent once, then held for the next job.
    await engine.check(both, null, {});
    const sent = gridMessagesSent(log.sent);
    expect(sent).toBeGreaterThan(0);
    await engine.check(both, null, {});
    expect(gridMessagesSent(log.sent)).toBe(sent);
    // A job on other grids drops these; naming them later sends them again instead of failing.
    await engine.check(plan, null, {});
    await expect(engine.check(both, null, {})).resolves.toBeDefined();
  });

  it('sends grids once: a second job on the same grids names them only', async () => {
    const { spawn, log } = inProcessWorkers();
    const engine = createWorkerEngine(spawn);
    await engine.check(seed, null, {});
    const first = gridMessagesSent(log.sent);
    expect(first).toBeGreaterThanOrEqual(seed.length * 2);
    await engine.consolidate(seed, null, '2024-12-31', {});
    expect(gridMessagesSent(log.sent)).toBe(first);
  });

  it('a 50,000-row sheet goes in slices, none over the slice budget', async () => {
    const { spawn, log } = inProcessWorkers();
    const engine = createWorkerEngine(spawn);
    const big = bigGrid('Big', 50000, 8);
    await engine.check([big], null, {});
    const rows = log.sent.filter((m) => m.type === 'rows');
    expect(rows.length).toBeGreaterThan(10);
    for (const m of rows) if (m.type === 'rows') expect(m.values.length * 8).toBeLessThanOrEqual(25000);
  });

  it('carries a file error with its reason, so the pane still says what to do', async () => {
    const { spawn } = inProcessWorkers();
    const engine = createWorkerEngine(spawn);
    const err = await engine.readWorkbook(new Uint8Array([1, 2, 3, 4]), {}).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'WorkbookReadError' });
    const direct = await readWorkbook(new Uint8Array([1, 2, 3, 4])).catch((e: unknown) => e);
    expect(describeError(err, 'vi', 'x.xlsx')).toEqual(describeError(direct, 'vi', 'x.xlsx'));
    await expect(engine.plan([], null, {})).rejects.toMatchObject({ code: 'no-plan' });
    // The worker survives a failed job.
    expect((await engine.check(seed, null, {})).summary.tasks).toBe(30);
  });

  it('carries why the workbook has no plan, so a unit’s file opened as the plan is named as such', async () => {
    const { spawn } = inProcessWorkers();
    const engine = createWorkerEngine(spawn);
    const unitFile = new Uint8Array(readFileSync(join(__dirname, '../fixtures/submissions/messy-two-units.xlsx')));
    const units = await readWorkbook(unitFile);
    for (const e of [engine, createLocalEngine()]) {
      const unitsOnly = await e.plan(units, 'don-vi.xlsx', {}).catch((err: unknown) => err);
      expect(unitsOnly).toMatchObject({ name: 'PaneError', code: 'no-plan', reason: 'unit-reports-only' });
      expect(describeError(unitsOnly, 'vi').message).toMatch(/chỉ có báo cáo của đơn vị/);
      expect(describeError(unitsOnly, 'en').message).toMatch(/only unit reports/);
      const empty = await e.consolidate([], null, '2024-12-31', {}).catch((err: unknown) => err);
      expect(empty).toMatchObject({ code: 'no-plan', reason: 'no-plan-tables' });
      expect(describeError(empty, 'en').message).toMatch(/run Check first/);
    }
  });

  it('a job cancelled before it starts spawns no worker', async () => {
    const { spawn, log } = inProcessWorkers();
    const engine = createWorkerEngine(spawn);
    const ac = new AbortController();
    ac.abort();
    await expect(engine.check(seed, null, { signal: ac.signal })).rejects.toBeInstanceOf(CancelledError);
    expect(log.spawned).toBe(0);
  });

  it('cancel terminates the worker; the next job starts a new one and sends its grids again', async () => {
    const { spawn, log } = inProcessWorkers();
    const engine = createWorkerEngine(spawn);
    const ac = new AbortController();
    const job = engine.check(seed, null, { signal: ac.signal });
    // Cancelled once the worker has the job, i.e. while it works on it.
    while (!log.sent.some((m) => m.type === 'job')) await new Promise((r) => setTimeout(r, 1));
    ac.abort();
    await expect(job).rejects.toBeInstanceOf(CancelledError);
    expect(log.terminated).toBe(1);
    const sentBefore = gridMessagesSent(log.sent);
    const check = await engine.check(seed, null, {});
    expect(check.summary.targets).toBe(19);
    expect(log.spawned).toBe(2);
    expect(gridMessagesSent(log.sent)).toBe(sentBefore * 2);
  });
});
