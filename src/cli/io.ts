/** Where a command writes; the tests pass their own to capture output without spawning. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export const processIO: CliIO = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
};

/** Exit codes shared by every command: 0 clean, 1 an error finding, 2 a file could not be read. */
export const EXIT = { ok: 0, findings: 1, unreadable: 2 } as const;
