/**
 * A host task's cancellation and progress. Cancellation is checked between steps (in Excel,
 * between round trips: Office.js cannot abort a sync in flight, so we stop after it).
 */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CancelledError();
}

export function isCancelled(err: unknown): boolean {
  return err instanceof CancelledError || (err instanceof Error && err.name === 'AbortError');
}

export interface Progress {
  done: number;
  total: number;
}

export type ProgressFn = (p: Progress) => void;

/** What every host task takes: a signal to stop it, and where to report how far it got. */
export interface TaskOptions {
  signal?: AbortSignal;
  onProgress?: ProgressFn;
}
