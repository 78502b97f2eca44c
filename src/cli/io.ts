import { jsonPieces } from './jsonOut';

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
   * Writes text to stdout as it is (no line end added), for output written in pieces; the promise,
   * when there is one, settles once the text may be followed by more (a pipe has drained). Absent
   * in IOs that capture output: `outJson` then hands over the whole text at once.
   */
  outPiece?(text: string): void | Promise<void>;
}

export const processIO: CliIO = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  progress: process.stderr.isTTY
    ? { write: (t) => process.stderr.write(t), columns: process.stderr.columns || 80 }
    : undefined,
  outPiece: (t) => writeDrained(process.stdout, t),
};

/**
 * Writes and, when the stream holds more than it wants (a pipe whose reader is slower), waits until
 * it drains, so a big answer never piles up in memory; a stream that fails or closes ends the wait.
 */
function writeDrained(stream: NodeJS.WriteStream, text: string): void | Promise<void> {
  if (stream.write(text)) return;
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('error', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
    stream.on('close', done);
  });
}

/** A command's JSON answer on stdout, indented by two, in pieces where the IO takes them. */
export async function outJson(io: CliIO, value: unknown): Promise<void> {
  if (!io.outPiece) return io.out(JSON.stringify(value, null, 2));
  for (const piece of jsonPieces(value)) await io.outPiece(piece);
  await io.outPiece('\n');
}

/** Exit codes shared by every command: 0 clean, 1 an error finding, 2 a file could not be read. */
export const EXIT = { ok: 0, findings: 1, unreadable: 2 } as const;
