/**
 * A progress bar on stderr for runs long enough to wonder about (many submissions, a big
 * workbook): drawn only on a terminal, only after the run has taken about a second, redrawn at
 * most ten times a second, and wiped before anything else is printed. With `--json`, `--quiet` or
 * stderr piped, nothing is drawn, so scripts see exactly what they saw before.
 */
import type { Lang } from '../core/i18n/lang';
import type { CliIO } from './io';
import { CLI_WORDS } from './messages';

export interface Progress {
  /** `done` of `total` items finished; `label` names the one under way (a file). */
  tick(done: number, total: number, label?: string): void;
  /** Wipes the bar; call before printing the result. */
  end(): void;
}

const SILENT: Progress = { tick: () => undefined, end: () => undefined };

/** Quiet for the first second: a short run never flickers a bar. */
export const PROGRESS_DELAY_MS = 1000;

/** `CCHC_PROGRESS_DELAY_MS` shortens the wait (the tests draw a bar on a short run with 0). */
function delayMs(): number {
  const n = Number(process.env.CCHC_PROGRESS_DELAY_MS);
  return process.env.CCHC_PROGRESS_DELAY_MS !== undefined && Number.isFinite(n) && n >= 0 ? n : PROGRESS_DELAY_MS;
}
const REDRAW_MS = 100;
const BAR = 20;

export function createProgress(io: CliIO, lang: Lang, options: { enabled: boolean; now?: () => number }): Progress {
  const tty = io.progress;
  if (!options.enabled || !tty) return SILENT;
  const now = options.now ?? (() => performance.now());
  const started = now();
  const delay = delayMs();
  let drawnAt = -Infinity;
  let drawn = 0;
  const w = CLI_WORDS[lang];
  return {
    tick(done, total, label) {
      const t = now();
      if (t - started < delay || (t - drawnAt < REDRAW_MS && done < total)) return;
      drawnAt = t;
      const share = total > 0 ? Math.min(1, done / total) : 0;
      const filled = Math.round(share * BAR);
      let line = `${w.progress(done, total)} [${'#'.repeat(filled)}${'.'.repeat(BAR - filled)}] ${Math.floor(share * 100)}%${label ? ` ${label}` : ''}`;
      // Never wrap: a wrapped line cannot be redrawn in place with `\r`.
      if (line.length > tty.columns - 1) line = line.slice(0, Math.max(0, tty.columns - 2)) + '…';
      tty.write(`\r${line.padEnd(drawn)}`);
      drawn = line.length;
    },
    end() {
      if (drawn > 0) tty.write(`\r${' '.repeat(drawn)}\r`);
      drawn = 0;
    },
  };
}
