/** Where a command writes; the tests pass their own to capture output without spawning. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /**
   * A terminal on stderr, where a progress line may be redrawn in place (`\r`). Absent or false
   * when stderr is piped or captured: then no progress is drawn at all.
   */
  progress?: { write(text: string): void; columns: number };
}

export const processIO: CliIO = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  progress: process.stderr.isTTY ? { write: (t) => process.stderr.write(t), columns: process.stderr.columns || 80 } : undefined,
};

/** Exit codes shared by every command: 0 clean, 1 an error finding, 2 a file could not be read. */
export const EXIT = { ok: 0, findings: 1, unreadable: 2 } as const;
