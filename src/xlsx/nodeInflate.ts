/**
 * Node's zlib as the reader's inflater (see RawInflater): native code, about five times faster
 * than fflate on a big sheet, and it stops by itself once the output would pass `maxOutput`, so the
 * unpacked budget holds exactly as with fflate. Node only: the browser bundle never imports this.
 */
import { inflateRawSync } from 'zlib';
import type { RawInflater } from './readErrors';

/** zlib's own output chunk: what a part whose directory declares no size is inflated in. */
const DEFAULT_CHUNK = 64 * 1024;
/**
 * The smallest chunk a declared size gets. A unit's submission is a dozen parts of a few kilobytes:
 * a 64 KB chunk for each was most of what reading a thousand of them allocated.
 */
const MIN_CHUNK = 4 * 1024;
/** The largest output chunk a declared size may ask for (the declaration is untrusted). */
const MAX_CHUNK = 64 * 1024 * 1024;

/**
 * zlib inflates into chunks of `chunkSize` and, when there are several, copies them into one
 * buffer at the end: a 34 MB sheet in 16 KB chunks was held twice over, 68 MB at the reader's
 * peak. A chunk one byte larger than the declared size holds the whole part (the byte to spare
 * spares zlib a second, empty chunk); a lie only costs chunks and the copy again.
 */
function chunkFor(sizeHint: number | undefined, maxOutput: number): number {
  if (sizeHint === undefined || !(sizeHint > 0)) return DEFAULT_CHUNK;
  return Math.max(MIN_CHUNK, Math.min(sizeHint + 1, maxOutput + 1, MAX_CHUNK));
}

export const nodeInflateRaw: RawInflater = (data, maxOutput, sizeHint) => {
  // An empty entry (a zero-byte stored part written as DEFLATE) unpacks to nothing, as with fflate.
  if (data.length === 0) return new Uint8Array(0);
  try {
    const out = inflateRawSync(data, {
      maxOutputLength: Math.max(1, maxOutput),
      chunkSize: chunkFor(sizeHint, maxOutput),
    });
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return null;
    throw err;
  }
};
