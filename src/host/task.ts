/** Cancellation between round trips: Office.js cannot abort a sync in flight, so we stop after it. */
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
