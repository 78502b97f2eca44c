/**
 * Turns whatever a task threw into words a user can act on. Nothing is swallowed: an unknown error
 * shows its own message, so a bug report can quote it. What is kept is the error's data (its
 * code, reason, file), never rendered words: the bar renders it in the language on screen now.
 */
import { fileErrorMessage, isFileErrorReason } from '../../core/i18n/fileErrors';
import type { Lang } from '../../core/i18n/lang';
import { STRINGS } from '../i18n/strings';
import { excelErrorMessage } from '../i18n/excelMessages';
import { isExcelHostError } from '../../excel/errors';

export interface ErrorText {
  message: string;
  next: string | null;
}

/** The plain data of an error, kept until it is rendered. */
export interface ErrorData {
  name?: string;
  code?: string;
  reason?: string;
  detail?: { limit?: number; actual?: number };
  message?: string;
  /** The file the failure is about, when the error itself names one (an import, a unit's file). */
  file?: string;
  fileName?: string;
  /** Words of the pane's own catalogue (pane-* codes) need their parameters. */
  params?: Record<string, string | number>;
}

/** An error as the pane keeps it: its data and the file the task was working on. */
export interface PaneError {
  data: ErrorData;
  fileName: string | null;
}

export function toErrorData(err: unknown): ErrorData {
  if (err === null || typeof err !== 'object') return { message: String(err) };
  const e = err as Record<string, unknown>;
  const pick = (k: string) => (typeof e[k] === 'string' ? e[k] : undefined);
  return {
    name: pick('name'),
    code: pick('code'),
    reason: pick('reason'),
    message: pick('message') ?? (err instanceof Error ? err.message : undefined),
    file: pick('file'),
    fileName: pick('fileName'),
    detail: typeof e.detail === 'object' && e.detail !== null ? e.detail : undefined,
    params: typeof e.params === 'object' && e.params !== null ? (e.params as ErrorData['params']) : undefined,
  };
}

/** Errors the pane fully explains (its own, a file it cannot read): no console noise for them. */
export function isExplained(err: unknown): boolean {
  const name = (err as { name?: unknown } | null)?.name;
  return name === 'PaneError' || name === 'WorkbookReadError';
}

export function paneErrorOf(err: unknown, fileName: string | null): PaneError {
  return { data: toErrorData(err), fileName };
}

export function describeError(err: unknown, lang: Lang, fileName: string | null = null): ErrorText {
  const s = STRINGS[lang];
  const e = toErrorData(err);
  // The error's own file wins: in a batch of units' files it is the one that failed, not the first.
  const file = e.file ?? e.fileName ?? fileName ?? '';
  if (e.name === 'WorkbookReadError' && typeof e.reason === 'string' && isFileErrorReason(e.reason)) {
    return { message: fileErrorMessage(e.reason, lang, file || s.errors.thisFile, e.detail ?? {}), next: null };
  }
  if (isExcelHostError(err)) {
    const message = excelErrorMessage(err, lang);
    if (message) return { message, next: null };
  }
  if (e.code === 'InvalidOperationInCellEditMode') return { message: s.errors.excelBusy, next: null };
  if (e.code === 'AccessDenied') return { message: s.errors.protectedWorkbook, next: null };
  if (e.code === 'RequestPayloadSizeLimitExceeded' || e.code === 'ResponsePayloadSizeLimitExceeded')
    return { message: s.errors.tooLarge, next: null };
  // Core says why there is no plan (src/core/workflow/planOfWorkbook.ts); a unit's file is worth naming.
  if (e.code === 'no-plan')
    return { message: e.reason === 'unit-reports-only' ? s.errors.noPlanUnitReports : s.errors.noPlan, next: null };
  if (e.code === 'no-submissions') return { message: s.errors.noSubmissions, next: null };
  if (e.code === 'unreadable-units')
    return { message: s.errors.unreadableUnits(String(e.params?.files ?? '')), next: null };
  if (e.code === 'bad-date') return { message: s.errors.badDate, next: null };
  if (e.code === 'import-unsupported') return { message: s.consolidate.cannotImport, next: null };
  if (e.file) return { message: s.errors.importFailed(e.file, e.message ?? ''), next: s.errors.importNothingAdded };
  const msg = e.message ? e.message : String(err);
  return { message: s.errors.unexpected(msg), next: s.errors.whatNext };
}
