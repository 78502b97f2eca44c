/**
 * The pane's side of the engine worker. Jobs run one at a time; grids go ahead of their job in
 * slices, with a yield to the event loop between slices, so no single task on the pane's thread
 * copies more than a slice. Grids the worker already holds (it read them, or was sent them for the
 * previous job) are named by id instead. Cancel terminates the worker: its work stops at once, and
 * the next job starts a fresh one.
 */
import type { PlanReading } from '../../core/readPlan';
import type { Grid } from '../../core/grid';
import { CancelledError, throwIfCancelled } from '../../host/task';
import type { TaskOptions } from '../../host/task';
import type { WorkbookConsolidation } from '../../core/workflow/consolidateWorkbook';
import { reviveError } from './errorTransfer';
import { GridAssembler, gridMessages, isGridMessage } from './gridTransfer';
import type { Submission } from '../../core/consolidate';
import type { CellWindow } from '../format/cellWindow';
import type { FileJob, FileSubmissions, GridJob } from './jobs';
import type { FromWorker, JobRequest } from './protocol';
import { type ResultSlice, joinResult } from './resultTransfer';
import type { PaneEngine } from './types';

/** The part of a Worker used here, so tests can stand in for it. */
export interface WorkerLike {
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}

interface Pending {
  seq: number;
  resolve(m: Extract<FromWorker, { type: 'done' }>): void;
  reject(err: Error): void;
}

/** A macrotask boundary: lets the browser paint and handle input between slices. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function createWorkerEngine(spawn: () => WorkerLike): PaneEngine {
  let worker: WorkerLike | null = null;
  /** Bumped with every new worker: ids held by a terminated one mean nothing to its successor. */
  let generation = 0;
  let seq = 0;
  let nextId = 0;
  let pending: Pending | null = null;
  /** Slices of the pending job's result, each taken in its own message task. */
  let slices: ResultSlice[] = [];
  const incoming = new GridAssembler();
  const held = new WeakMap<Grid, { generation: number; id: string }>();
  /** Ids the current worker holds, by the rule in engineHandler.ts (a read adds, a job keeps its own). */
  let holds = new Set<string>();
  /** Jobs queue behind each other: the worker keeps only the grids of the job it ran last. */
  let queue: Promise<unknown> = Promise.resolve();

  function stop(reason: Error): void {
    worker?.terminate();
    worker = null;
    holds = new Set();
    const p = pending;
    pending = null;
    slices = [];
    p?.reject(reason);
  }

  function ensure(): WorkerLike {
    if (worker) return worker;
    const w = spawn();
    generation++;
    w.onmessage = (e) => {
      const m = e.data;
      if (isGridMessage(m)) incoming.accept(m);
      else if (m.type === 'slice') slices.push(m);
      else if (pending && m.seq === pending.seq) {
        const p = pending;
        const parts = slices;
        pending = null;
        slices = [];
        if (m.type === 'done') p.resolve({ ...m, result: joinResult(m.result, parts) });
        else p.reject(reviveError(m.error));
      }
    };
    // A worker that fails to load or crashes: the job fails with what the browser says, never hangs.
    w.onerror = (e) => {
      e.preventDefault?.();
      stop(new Error(`engine worker: ${e.message || 'failed to start'}`));
    };
    worker = w;
    return w;
  }

  async function send(grids: readonly Grid[], signal: AbortSignal | undefined): Promise<string[]> {
    const ids: string[] = [];
    for (const g of grids) {
      const known = held.get(g);
      if (known && known.generation === generation && holds.has(known.id)) {
        ids.push(known.id);
        continue;
      }
      const id = `m${++nextId}`;
      for (const m of gridMessages(g, id)) {
        throwIfCancelled(signal);
        ensure().postMessage(m);
        await yieldToEventLoop();
      }
      held.set(g, { generation, id });
      holds.add(id);
      ids.push(id);
    }
    return ids;
  }

  function request(
    body: (ids: string[]) => JobRequest,
    grids: readonly Grid[],
    options: TaskOptions,
  ): Promise<Extract<FromWorker, { type: 'done' }>> {
    const { signal } = options;
    const job = async () => {
      throwIfCancelled(signal);
      ensure();
      const ids = await send(grids, signal);
      throwIfCancelled(signal);
      const req = body(ids);
      if ('grids' in req) holds = new Set(ids);
      return new Promise<Extract<FromWorker, { type: 'done' }>>((resolve, reject) => {
        const onAbort = () => stop(new CancelledError());
        signal?.addEventListener('abort', onAbort, { once: true });
        pending = {
          seq: req.seq,
          resolve: (m) => {
            signal?.removeEventListener('abort', onAbort);
            resolve(m);
          },
          reject: (err) => {
            signal?.removeEventListener('abort', onAbort);
            reject(err);
          },
        };
        ensure().postMessage(req);
      });
    };
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  }

  const gridJob = (job: GridJob, grids: readonly Grid[], options: TaskOptions) =>
    request((ids) => ({ type: 'job', seq: ++seq, ...job, grids: ids }), grids, options).then((m) => m.result);

  const fileJob = (job: FileJob, options: TaskOptions) =>
    request(() => ({ type: 'job', seq: ++seq, ...job }), [], options).then((m) => m.result);

  return {
    kind: 'worker',
    async readWorkbook(data, options) {
      const done = await request(() => ({ type: 'job', seq: ++seq, job: 'read', data }), [], options);
      return (done.grids ?? []).map((id) => {
        const g = incoming.take(id);
        // The worker keeps these too: checking them next sends nothing back.
        held.set(g, { generation, id });
        holds.add(id);
        return g;
      });
    },
    check: (grids, file, options, columns) =>
      gridJob({ job: 'check', file, columns }, grids, options) as Promise<PlanReading>,
    plan: (grids, file, options, columns) =>
      gridJob({ job: 'plan', file, columns }, grids, options) as Promise<PlanReading>,
    consolidate: (grids, file, asOf, options, settings) =>
      gridJob({ job: 'consolidate', file, asOf, settings }, grids, options) as Promise<WorkbookConsolidation>,
    workbookSubmissions: (grids, file, options) =>
      gridJob({ job: 'submissions', file }, grids, options) as Promise<Submission[]>,
    summarize: (grids, file, asOf, submissions, findings, options, settings) =>
      gridJob(
        { job: 'summarize', file, asOf, submissions: [...submissions], findings: [...findings], settings },
        grids,
        options,
      ) as Promise<WorkbookConsolidation>,
    readSubmissions: (data, file, options) =>
      fileJob({ job: 'read-submissions', data, file }, options) as Promise<FileSubmissions>,
    peek: (data, sheet, row, column, options) =>
      fileJob({ job: 'peek', data, sheet, row, column }, options) as Promise<CellWindow | null>,
  };
}
