/**
 * The pane's own errors: a code of the pane's catalogue and its parameters, never words (rendered
 * by describeError in state/paneError.ts, in the language on screen). The engine throws them too,
 * so this folder imports nothing of the pane and runs in the worker.
 */
import type { NoPlanReason } from '../../core/workflow/planOfWorkbook';

/** An error of the pane's own catalogue. */
export function paneCodeError(code: string, params?: Record<string, string | number>): Error {
  const err = new Error(code);
  err.name = 'PaneError';
  return Object.assign(err, { code, ...(params ? { params } : {}) });
}

/** Thrown by the jobs that need the plan when the workbook holds none; `reason` says why (core's). */
export function noPlanError(reason: NoPlanReason): Error {
  return Object.assign(paneCodeError('no-plan'), { reason });
}
