/**
 * Every file a command writes goes through here, so that no command can destroy a user's file:
 * - an output that is one of the command's inputs (the same file, however it is named: a symlink,
 *   a hard link, `./x` for `x`) is refused, with or without `--force`;
 * - an output that already exists is refused unless `--force`;
 * - the bytes go to a temporary file beside the output first and only then take its name, so a crash
 *   mid-write leaves the old file (or nothing), never half a workbook.
 * Outputs are vetted before a command does any work (`vetOutputs`), and the final step re-checks
 * atomically where the filesystem allows it (a hard link fails when the name is taken).
 */
import { lstatSync, statSync, type Stats } from 'fs';
import { link, rename, unlink, writeFile } from 'fs/promises';
import { basename, dirname, join, resolve } from 'path';
import type { Lang } from '../core/i18n/lang';
import type { CliIO } from './io';
import { CLI_WORDS } from './messages';

/** One output a command was asked for: the option that named it (`--report`) and its path. */
export interface OutputRequest {
  option: string;
  path: string;
}

export type Vetted = { ok: true } | { ok: false; message: string };

function statOrNull(path: string, follow: boolean): Stats | null {
  try {
    return follow ? statSync(path) : lstatSync(path);
  } catch {
    return null;
  }
}

function sameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/**
 * Says whether every requested output may be written. `inputs` are every file the command reads
 * (plan, submissions, unit list…); an input that cannot be stat'ed cannot be overwritten either.
 */
export function vetOutputs(
  outputs: readonly OutputRequest[],
  inputs: readonly string[],
  force: boolean,
  lang: Lang,
): Vetted {
  const w = CLI_WORDS[lang];
  const inputStats = inputs.map((path) => ({ path, stat: statOrNull(path, true) }));
  const seen = new Map<string, OutputRequest>();
  for (const out of outputs) {
    const target = statOrNull(out.path, true);
    if (target?.isDirectory()) return { ok: false, message: w.outputIsFolder(out.option, out.path) };
    if (target) {
      const input = inputStats.find((i) => i.stat && sameFile(i.stat, target));
      if (input) return { ok: false, message: w.outputIsInput(out.option, out.path, input.path) };
    }
    // A dangling symlink is a name that is taken too: replacing it needs the user's say-so.
    if (!force && (target || statOrNull(out.path, false)))
      return { ok: false, message: w.outputExists(out.option, out.path) };
    const key = target ? `${target.dev}:${target.ino}` : resolve(out.path);
    const earlier = seen.get(key);
    if (earlier) return { ok: false, message: w.outputTwice(earlier.option, out.option, out.path) };
    seen.set(key, out);
  }
  return { ok: true };
}

let counter = 0;

/**
 * Writes `bytes` to `path` through a temporary file in the same folder (a rename across folders
 * would not be atomic). Without `force` the temporary file is hard-linked to the name, which fails
 * if the name was taken since `vetOutputs`; filesystems without hard links (FAT, some network
 * shares) fall back to a rename after a last check.
 */
async function writeAtomically(path: string, bytes: Uint8Array, force: boolean): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.${counter++}.tmp`);
  await writeFile(tmp, bytes, { flag: 'wx' });
  try {
    if (force) {
      await rename(tmp, path);
      return;
    }
    try {
      await link(tmp, path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw Object.assign(new Error('exists'), { code: 'EEXIST' });
      if (statOrNull(path, false)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
      await rename(tmp, path);
      return;
    }
    await unlink(tmp);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}

/**
 * Writes one output file, or prints the one line that says why not. `produce` builds the bytes
 * first, so a failure there leaves the disk untouched.
 */
export async function writeOutputFile(
  out: OutputRequest,
  produce: () => Promise<Uint8Array> | Uint8Array,
  force: boolean,
  lang: Lang,
  io: CliIO,
): Promise<boolean> {
  const w = CLI_WORDS[lang];
  try {
    await writeAtomically(out.path, await produce(), force);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') io.err(w.outputExists(out.option, out.path));
    else io.err(w.writeFailed(out.path, (err as Error).message));
    return false;
  }
}
