/**
 * Node-only entry: reads a workbook file from disk. Kept apart from readWorkbook.ts so that the
 * browser bundle never pulls in `fs`.
 *
 * The file calls are synchronous on purpose: the command line reads one workbook at a time per
 * thread, and the asynchronous calls cost a round trip through libuv's thread pool each — about
 * 0.7 ms a file, a tenth of reading a small unit submission.
 */
import { readFileSync, statSync } from 'fs';
import type { Grid } from '../core/grid';
import { type ReadOptions, WorkbookReadError, limitsOf } from './readErrors';
import { nodeInflateRaw } from './nodeInflate';
import { readWorkbook } from './readWorkbook';

function fsError(err: unknown, path: string): WorkbookReadError {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const message = `${path}: ${(err as Error).message}`;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new WorkbookReadError('not-found', message, {}, { cause: err });
  if (code === 'EISDIR') return new WorkbookReadError('is-directory', message, {}, { cause: err });
  return new WorkbookReadError('unreadable', message, {}, { cause: err });
}

export async function readWorkbookFile(path: string, options: ReadOptions = {}): Promise<Grid[]> {
  const { maxFileBytes } = limitsOf(options.limits);
  let stat;
  try {
    stat = statSync(path);
  } catch (err) {
    throw fsError(err, path);
  }
  if (stat.isDirectory()) throw new WorkbookReadError('is-directory', `${path} is a directory`);
  // A device or pipe (/dev/zero, a FIFO) would be read without end.
  if (!stat.isFile()) throw new WorkbookReadError('unreadable', `${path} is not a regular file`);
  // Refuse before reading, so a 2 GB file costs a stat, not the memory to hold it.
  if (stat.size > maxFileBytes) {
    throw new WorkbookReadError('too-large', `${path} is ${stat.size} bytes, over the ${maxFileBytes}-byte limit`, {
      limit: maxFileBytes,
      actual: stat.size,
    });
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw fsError(err, path);
  }
  return readWorkbook(bytes, { inflateRaw: nodeInflateRaw, ...options });
}
