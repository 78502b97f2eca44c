/**
 * The zip archive of an .xlsx package: its central directory read once, each part inflated only
 * when asked for (with fflate, which runs alike in Node and in the browser), every byte inflated
 * counted against the unpacked budget.
 *
 * Budget: the sizes the central directory declares must fit the budget before anything is
 * unpacked. When the compressed sizes times DEFLATE's largest ratio also fit it, no part can
 * unpack past it, whatever the directory claims, so parts are inflated in one call. Otherwise each
 * part is inflated in slices and stopped as soon as the budget is spent: a zip bomb that lies about
 * its sizes costs at most the budget.
 *
 * A host may hand in a native inflater (RawInflater) that stops by itself at the budget left; it is
 * then used for every part, and fflate for none.
 */
import { Inflate, inflateSync } from 'fflate';
import { type RawInflater, type ReadLimits, WorkbookReadError } from '../readErrors';

/**
 * DEFLATE cannot expand data more than about 1,032 to 1. This also holds when entries overlap, the
 * trick by which a small zip unpacks to gigabytes: each overlapping entry counts its own compressed
 * size again.
 */
const MAX_DEFLATE_RATIO = 1032;
/**
 * Compressed bytes fed to the inflater at a time when counting: large enough that the inflater's
 * per-call copies cost little, small enough that one call cannot overshoot the budget by much
 * (at most the budget left, or 16 MB).
 */
const MIN_SLICE = 16 * 1024;
const MAX_SLICE = 256 * 1024;

interface Entry {
  name: string;
  method: number;
  compressed: number;
  declared: number;
  headerOffset: number;
}

function truncated(message: string): WorkbookReadError {
  return new WorkbookReadError('truncated', message);
}

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
const u64 = (b: Uint8Array, i: number) => u32(b, i) + u32(b, i + 4) * 0x100000000;

const names = new TextDecoder('utf-8');

/** The end-of-central-directory record, searched for from the end (it may carry a comment). */
function findEnd(b: Uint8Array): number {
  const last = b.length - 22;
  const first = Math.max(0, last - 0xffff);
  for (let i = last; i >= first; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) return i;
  }
  throw truncated('the zip archive has no central directory (cut short or damaged)');
}

function readDirectory(b: Uint8Array): Entry[] {
  const end = findEnd(b);
  let count = u16(b, end + 10);
  let at = u32(b, end + 16);
  // Zip64: the counts and offsets live in their own record, found through a locator.
  if ((count === 0xffff || at === 0xffffffff) && end >= 20 && u32(b, end - 20) === 0x07064b50) {
    const z = u64(b, end - 12);
    if (z + 56 > b.length || u32(b, z) !== 0x06064b50) throw truncated('the zip64 directory record is damaged');
    count = u64(b, z + 32);
    at = u64(b, z + 48);
  }
  const out: Entry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > b.length || u32(b, at) !== 0x02014b50) throw truncated('the zip central directory is damaged');
    const flags = u16(b, at + 8);
    const method = u16(b, at + 10);
    let compressed = u32(b, at + 20);
    let declared = u32(b, at + 24);
    const nameLen = u16(b, at + 28);
    const extraLen = u16(b, at + 30);
    const commentLen = u16(b, at + 32);
    let headerOffset = u32(b, at + 42);
    if (at + 46 + nameLen + extraLen > b.length) throw truncated('the zip central directory is damaged');
    const name = names.decode(b.subarray(at + 46, at + 46 + nameLen));
    // Zip64 sizes and offset, in this order, for the fields that overflowed.
    let e = at + 46 + nameLen;
    const extraEnd = e + extraLen;
    while (e + 4 <= extraEnd) {
      const id = u16(b, e);
      const size = u16(b, e + 2);
      if (id === 0x0001) {
        let f = e + 4;
        if (declared === 0xffffffff && f + 8 <= e + 4 + size) {
          declared = u64(b, f);
          f += 8;
        }
        if (compressed === 0xffffffff && f + 8 <= e + 4 + size) {
          compressed = u64(b, f);
          f += 8;
        }
        if (headerOffset === 0xffffffff && f + 8 <= e + 4 + size) headerOffset = u64(b, f);
      }
      e += 4 + size;
    }
    at = extraEnd + commentLen;
    if (name.endsWith('/')) continue;
    if (flags & 1) throw new WorkbookReadError('corrupt', `part ${name} is encrypted inside the zip`);
    out.push({ name, method, compressed, declared, headerOffset });
  }
  return out;
}

export class ZipPackage {
  private readonly entries = new Map<string, Entry>();
  private used = 0;
  private readonly bombProof: boolean;

  private constructor(
    private readonly bytes: Uint8Array,
    entries: Entry[],
    private readonly limits: ReadLimits,
    private readonly native: RawInflater | undefined,
  ) {
    let compressed = 0;
    let declared = 0;
    for (const e of entries) {
      // The first of two entries with one name wins, as the name is looked up once.
      if (!this.entries.has(e.name)) this.entries.set(e.name, e);
      compressed += e.compressed;
      declared += e.declared;
    }
    const limit = limits.maxUncompressedBytes;
    if (declared > limit) {
      throw new WorkbookReadError(
        'unpacked-too-large',
        `the parts declare ${declared} unpacked bytes, over the ${limit}-byte limit`,
        { limit, actual: declared },
      );
    }
    this.bombProof = compressed * MAX_DEFLATE_RATIO <= limit;
  }

  static open(bytes: Uint8Array, limits: ReadLimits, inflateRaw?: RawInflater): ZipPackage {
    return new ZipPackage(bytes, readDirectory(bytes), limits, inflateRaw);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /** The part's bytes, inflated now (each call inflates and counts again); null when absent. */
  bytesOf(name: string): Uint8Array | null {
    const e = this.entries.get(name);
    if (!e) return null;
    const b = this.bytes;
    const h = e.headerOffset;
    if (h + 30 > b.length || u32(b, h) !== 0x04034b50)
      throw truncated(`part ${name} cannot be found in the zip (cut short or damaged)`);
    const start = h + 30 + u16(b, h + 26) + u16(b, h + 28);
    if (start + e.compressed > b.length) throw truncated(`part ${name} is cut short`);
    const data = b.subarray(start, start + e.compressed);
    let out: Uint8Array;
    if (e.method === 0) out = data;
    else if (e.method !== 8)
      throw new WorkbookReadError(
        'corrupt',
        `part ${name} uses zip compression method ${e.method}, which Excel does not write`,
      );
    else if (this.native) out = this.inflateNative(name, data, e.declared, this.native);
    else out = this.bombProof ? this.inflateTrusted(name, data) : this.inflateCounted(name, data);
    this.charge(out.length);
    return out;
  }

  private charge(n: number): void {
    this.used += n;
    const limit = this.limits.maxUncompressedBytes;
    if (this.used > limit) {
      throw new WorkbookReadError('unpacked-too-large', `the parts unpack to more than the ${limit}-byte limit`, {
        limit,
        actual: this.used,
      });
    }
  }

  private inflateNative(name: string, data: Uint8Array, declared: number, inflate: RawInflater): Uint8Array {
    const limit = this.limits.maxUncompressedBytes;
    let out: Uint8Array | null;
    try {
      out = inflate(data, limit - this.used, declared);
    } catch (err) {
      throw damaged(name, err);
    }
    if (out === null) {
      throw new WorkbookReadError('unpacked-too-large', `part ${name} unpacks past the ${limit}-byte limit`, { limit });
    }
    return out;
  }

  private inflateTrusted(name: string, data: Uint8Array): Uint8Array {
    try {
      return inflateSync(data);
    } catch (err) {
      throw damaged(name, err);
    }
  }

  private inflateCounted(name: string, data: Uint8Array): Uint8Array {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const limit = this.limits.maxUncompressedBytes;
    const inflater = new Inflate((chunk) => {
      size += chunk.length;
      if (this.used + size > limit) {
        throw new WorkbookReadError('unpacked-too-large', `part ${name} unpacks past the ${limit}-byte limit`, {
          limit,
          actual: this.used + size,
        });
      }
      chunks.push(chunk);
    });
    const slice = Math.max(MIN_SLICE, Math.min(MAX_SLICE, Math.floor((limit - this.used) / MAX_DEFLATE_RATIO)));
    try {
      for (let i = 0; i < data.length; i += slice)
        inflater.push(data.subarray(i, Math.min(data.length, i + slice)), i + slice >= data.length);
      if (data.length === 0) inflater.push(data, true);
    } catch (err) {
      if (err instanceof WorkbookReadError) throw err;
      throw damaged(name, err);
    }
    if (chunks.length === 1) return chunks[0];
    const out = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

function damaged(name: string, err: unknown): WorkbookReadError {
  return new WorkbookReadError(
    'truncated',
    `part ${name} cannot be unpacked: ${(err as Error).message}`,
    {},
    { cause: err },
  );
}
