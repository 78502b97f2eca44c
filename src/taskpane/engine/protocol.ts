/** Messages between the pane (workerEngine.ts) and its engine worker (engine.worker.ts). */
import type { GridMessage } from './gridTransfer';
import type { FileJob, GridJob } from './jobs';
import type { SerializedError } from './errorTransfer';
import type { ResultSlice } from './resultTransfer';

/**
 * Grids travel ahead of the job that names them (by id); ids the worker still holds are not resent.
 * `read` keeps the grids it read; a FileJob (a unit's file) leaves the held grids as they are.
 */
export type JobRequest = { type: 'job'; seq: number } & (
  { job: 'read'; data: Uint8Array } | FileJob | (GridJob & { grids: string[] })
);

export type ToWorker = GridMessage | JobRequest;

export type FromWorker =
  | GridMessage
  | ResultSlice
  /** `grids`: for a read, the ids of the grids just sent (in sheet order). */
  | { type: 'done'; seq: number; result?: unknown; grids?: string[] }
  | { type: 'failed'; seq: number; error: SerializedError };
