/**
 * Errors crossing from the worker as plain data: structured clone keeps an Error's message but
 * drops the fields the pane's messages depend on (a WorkbookReadError's reason and detail, a
 * `code`).
 */

export interface SerializedError {
  name: string;
  message: string;
  code?: string;
  reason?: string;
  detail?: unknown;
  stack?: string;
}

export function serializeError(err: unknown): SerializedError {
  if (!(err instanceof Error)) return { name: 'Error', message: String(err) };
  const e = err as Error & { code?: unknown; reason?: unknown; detail?: unknown };
  const out: SerializedError = { name: e.name, message: e.message, stack: e.stack };
  if (typeof e.code === 'string') out.code = e.code;
  if (typeof e.reason === 'string') out.reason = e.reason;
  if (e.detail !== undefined) out.detail = JSON.parse(JSON.stringify(e.detail)) as unknown;
  return out;
}

/** An Error with the same name and fields, so describeError and the console see what was thrown. */
export function reviveError(s: SerializedError): Error {
  const err = new Error(s.message);
  err.name = s.name;
  if (s.stack) err.stack = s.stack;
  return Object.assign(
    err,
    s.code !== undefined ? { code: s.code } : {},
    s.reason !== undefined ? { reason: s.reason } : {},
    s.detail !== undefined ? { detail: s.detail } : {},
  );
}
