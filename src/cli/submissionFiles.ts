/**
 * Reads unit submission files for `cchc consolidate`, a few at a time in worker threads when the
 * compiled command runs (reading .xlsx is CPU work, so a province's thousand files use every core),
 * one by one in-process otherwise. Each worker holds one workbook at a time and sends back only the
 * small submissions read from it, so memory stays bounded whatever the number of files.
 */
import { availableParallelism } from 'os';
import { existsSync, statSync } from 'fs';
import { join } from 'path';
import { Worker } from 'worker_threads';
import { readSubmissionWorkbook, type Submission } from '../core/consolidate';
import type { Finding } from '../core/findings/finding';
import type { Lang } from '../core/i18n/lang';
import { readInput } from './readInput';

export type SubmissionFileRead =
  | { file: string; ok: true; submissions: Submission[]; findings: Finding[] }
  | { file: string; ok: false; reason: string; message: string };

export interface ReadRequest {
  index: number;
  file: string;
  lang: Lang;
}

/** One file: its Grids, then its submissions. Shared by the in-process path and the worker. */
export async function readSubmissionFile(file: string, lang: Lang): Promise<SubmissionFileRead> {
  const input = await readInput(file, lang);
  if (!input.ok) return { file, ok: false, reason: input.reason, message: input.message };
  const read = readSubmissionWorkbook(input.grids, file);
  // The file's modification time tells a unit's copies apart when no report date does.
  // Synchronously, as the reader reads the file (src/xlsx/readFile.ts): the promise costs a trip
  // through libuv's thread pool, a fifth of reading a small submission on a busy machine.
  const modified = modifiedTime(file);
  for (const s of read.submissions) s.modified = modified;
  return { file, ok: true, submissions: read.submissions, findings: read.findings };
}

function modifiedTime(file: string): string | null {
  try {
    return statSync(file).mtime.toISOString();
  } catch {
    return null;
  }
}

const WORKER = join(__dirname, 'submissionWorker.js');

/**
 * Threads pay for themselves only on many files: each worker loads and warms its own modules, and
 * since the reader (src/xlsx/readWorkbook.ts) reads a small file in a few ms. On
 * this project's 2-core machine, 1,000 submissions read and consolidated in 3.9–4.6 s in one thread
 * against 4.7–5.2 s with two workers; 2,000 took 8.0–8.8 s in one thread against 7.7–8.1 s with
 * workers. `CCHC_POOL_FROM_FILES` overrides the threshold (the tests use it). Under ts-jest there
 * is no compiled worker, so files are always read in-process there.
 */
export const POOL_FROM_FILES = 2000;

function poolFrom(): number {
  const n = Number(process.env.CCHC_POOL_FROM_FILES);
  return Number.isInteger(n) && n > 0 ? n : POOL_FROM_FILES;
}

function poolSize(files: number): number {
  if (files < poolFrom() || !existsSync(WORKER)) return 0;
  return Math.max(1, Math.min(availableParallelism(), 4, files));
}

/** Called as each file is read: how many are done, of how many, and the one just finished. */
export type OnRead = (done: number, total: number, file: string) => void;

export async function readSubmissionFiles(
  files: readonly string[],
  lang: Lang,
  onRead?: OnRead,
): Promise<SubmissionFileRead[]> {
  const size = poolSize(files.length);
  const results = new Array<SubmissionFileRead>(files.length);
  if (size === 0) {
    for (let i = 0; i < files.length; i++) {
      results[i] = await readSubmissionFile(files[i], lang);
      onRead?.(i + 1, files.length, files[i]);
    }
    return results;
  }
  let next = 0;
  let done = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= files.length) {
          resolve();
          return;
        }
        const index = next++;
        worker.postMessage({ index, file: files[index], lang } satisfies ReadRequest);
      };
      worker.on('message', (m: { index: number; result: SubmissionFileRead }) => {
        results[m.index] = m.result;
        onRead?.(++done, files.length, files[m.index]);
        send();
      });
      worker.on('error', reject);
      send();
    });
  const workers = Array.from({ length: size }, () => new Worker(WORKER));
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
