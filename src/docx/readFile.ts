/**
 * Node-only entry: reads a .docx from disk. Kept apart from readDocument.ts so that the browser
 * bundle never pulls in `fs`.
 */
import { readFileSync, statSync } from 'fs';
import type { Grid } from '../core/grid';
import { WorkbookReadError } from '../xlsx/readErrors';
import { type ReadDocxOptions, readDocx } from './readDocument';
import { docxLimitsOf, tooLarge } from './limits';

function fsError(err: unknown, path: string): WorkbookReadError {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const message = `${path}: ${(err as Error).message}`;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new WorkbookReadError('not-found', message, {}, { cause: err });
  if (code === 'EISDIR') return new WorkbookReadError('is-directory', message, {}, { cause: err });
  return new WorkbookReadError('unreadable', message, {}, { cause: err });
}

export function readDocxFile(path: string, options: ReadDocxOptions = {}): Grid[] {
  const { maxFileBytes } = docxLimitsOf(options.limits);
  let bytes: Uint8Array;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new WorkbookReadError('is-directory', `${path} is a directory`);
    // A device or pipe would be read without end.
    if (!stat.isFile()) throw new WorkbookReadError('unreadable', `${path} is not a regular file`);
    if (stat.size > maxFileBytes) throw tooLarge('file bytes', maxFileBytes, stat.size);
    bytes = readFileSync(path);
  } catch (err) {
    if (err instanceof WorkbookReadError) throw err;
    throw fsError(err, path);
  }
  return readDocx(bytes, options);
}
