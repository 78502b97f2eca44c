import { writeJson } from './jsonOut';

/** Where a command writes; the tests pass their own to capture output without spawning. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /**
   * A terminal on stderr, where a progress line may be redrawn in place (`\r`). Absent or false
   * when stderr is piped or captured: then no progress is drawn at all.
   */
  progress?: { write(text: string): void; columns: number };
  /**
   * Writes text to stdout as it is (no line end added), for output written in pieces. Absent in
   * IOs that capture output: `outJson` then hands over the whole text at once.
   */
  outPiece?(text: string): void;
}

export const processIO: CliIO = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  progress: process.stderr.isTTY ? { write: (t) => process.stderr.write(t), columns: process.stderr.columns || 80 } : undefined,
  // Writes to a file or a pipe are synchronous on Linux and macOS, so pieces never pile up in memory.
  outPiece: (t) => process.stdout.write(t),
};

/** A command's JSON answer on stdout, indented by two, in pieces where the IO takes them. */
export function outJson(io: CliIO, value: unknown): void {
  if (!io.outPiece) return io.out(JSON.stringify(value, null, 2));
  const piece = io.outPiece.bind(io);
  writeJson(value, piece);
  piece('\n');
}

/** Exit codes shared by every command: 0 clean, 1 an error finding, 2 a file could not be read. */
export const EXIT = { ok: 0, findings: 1, unreadable: 2 } as const;
