/**
 * What went wrong in Excel, as a reason the pane can turn into one line that says what to do.
 * Office.js rejects a batch with an `OfficeExtension.Error` whose `code` is one of
 * `Excel.ErrorCodes` (the codes and their meaning:
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * The host wraps every failure of a batch in an ExcelHostError with one of these reasons and keeps
 * the original as `cause`, so nothing is swallowed and the pane never guesses from a raw code.
 */

export type ExcelProblem =
  /** InvalidOperationInCellEditMode: the user is typing in a cell. */
  | 'cell-edit'
  /** InvalidOperation: the object is gone or cannot do this now (a sheet deleted meanwhile…). */
  | 'invalid-operation'
  /** InactiveWorkbook: several workbooks are open and this one lost focus. */
  | 'inactive-workbook'
  /** UnsupportedFeature outside an import: this Excel cannot do the operation. */
  | 'unsupported-feature'
  /** workbook.protection.protected: the structure is locked, no sheet can be added. */
  | 'workbook-protected'
  /** AccessDenied for another reason (a read-only file, a sheet the user protected…). */
  | 'access-denied'
  /** Still too large for one request after splitting down to one row. */
  | 'too-large'
  /** A unit's file is over what one request can carry on the web (5 MB with its Base64). */
  | 'import-too-large'
  /** Excel on the web refused a unit's file: it holds charts, comments, PivotTables or slicers. */
  | 'import-unsupported-content'
  /** insertWorksheetsFromBase64 does not exist on this platform (iPad) or version. */
  | 'import-unavailable'
  /** Any other failure, with Excel's own code and message kept. */
  | 'unknown';

export class ExcelHostError extends Error {
  readonly name = 'ExcelHostError';
  constructor(
    readonly reason: ExcelProblem,
    /** Excel's code when it gave one (`GeneralException`…), for the console and bug reports. */
    readonly code: string | null,
    message: string,
    /** The unit's file a failed import was about. */
    readonly file: string | null = null,
    readonly cause?: unknown,
  ) {
    super(message);
  }
}

export function isExcelHostError(err: unknown): err is ExcelHostError {
  return err instanceof ExcelHostError || (err as { name?: unknown } | null)?.name === 'ExcelHostError';
}

export function errorCode(err: unknown): string | null {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}

/**
 * Errors that mean "this request was too big": the two documented codes (Excel on the web only),
 * and GeneralException, which Excel on the web has answered oversize requests with as an HTTP 500
 * ("An internal error has occurred", office-js#1314, office-js-docs-reference#354). A
 * GeneralException for another cause is retried too, on a smaller block; the retries are bounded
 * by halving, so a real internal error still surfaces after a few round trips.
 */
export function isPayloadTooLarge(err: unknown): boolean {
  const code = errorCode(err);
  if (
    code === 'RequestPayloadSizeLimitExceeded' ||
    code === 'ResponsePayloadSizeLimitExceeded' ||
    code === 'GeneralException'
  )
    return true;
  const status = err as { httpStatusCode?: unknown; debugInfo?: { httpStatusCode?: unknown } } | null;
  return status?.httpStatusCode === 500 || status?.debugInfo?.httpStatusCode === 500;
}

const BY_CODE: Record<string, ExcelProblem> = {
  InvalidOperationInCellEditMode: 'cell-edit',
  InvalidOperation: 'invalid-operation',
  InactiveWorkbook: 'inactive-workbook',
  UnsupportedFeature: 'unsupported-feature',
  AccessDenied: 'access-denied',
  RequestPayloadSizeLimitExceeded: 'too-large',
  ResponsePayloadSizeLimitExceeded: 'too-large',
};

/** An ExcelHostError for whatever a batch threw; one already classified passes through. */
export function toExcelHostError(err: unknown): ExcelHostError {
  if (isExcelHostError(err)) return err;
  const code = errorCode(err);
  const message = err instanceof Error ? err.message : String(err);
  return new ExcelHostError((code && BY_CODE[code]) || 'unknown', code, message, null, err);
}
