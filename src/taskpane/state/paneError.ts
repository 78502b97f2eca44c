/**
 * Turns whatever a task threw into words a user can act on. Nothing is swallowed: an unknown error
 * shows its own message, so a bug report can quote it.
 */
import { fileErrorMessage, isFileErrorReason } from '../../core/i18n/fileErrors';
import type { Lang } from '../../core/i18n/lang';
import { STRINGS } from '../i18n/strings';
import { excelErrorMessage } from '../i18n/excelMessages';
import { isExcelHostError } from '../../excel/errors';

export interface PaneError {
  message: string;
  next: string | null;
}

interface ErrorLike {
  name?: string;
  code?: string;
  reason?: string;
  detail?: { limit?: number; actual?: number };
  message?: string;
  fileName?: string;
}

export function describeError(err: unknown, lang: Lang, fileName: string | null = null): PaneError {
  const s = STRINGS[lang];
  const e = (err ?? {}) as ErrorLike;
  if (e.name === 'WorkbookReadError' && typeof e.reason === 'string' && isFileErrorReason(e.reason)) {
    return { message: fileErrorMessage(e.reason, lang, fileName ?? '', e.detail ?? {}), next: null };
  }
  if (isExcelHostError(err)) {
    const message = excelErrorMessage(err, lang);
    if (message) return { message, next: null };
  }
  if (e.code === 'InvalidOperationInCellEditMode') return { message: s.errors.excelBusy, next: null };
  if (e.code === 'AccessDenied') return { message: s.errors.protectedWorkbook, next: null };
  if (e.code === 'RequestPayloadSizeLimitExceeded' || e.code === 'ResponsePayloadSizeLimitExceeded') return { message: s.errors.tooLarge, next: null };
  if (e.code === 'no-plan') return { message: s.errors.noPlan, next: null };
  const msg = typeof e.message === 'string' && e.message ? e.message : String(err);
  return { message: s.errors.unexpected(msg), next: s.errors.whatNext };
}

/** Thrown by the pane itself when a tab needs the plan and the workbook holds none. */
export function noPlanError(): Error {
  return Object.assign(new Error('no plan'), { code: 'no-plan' });
}
