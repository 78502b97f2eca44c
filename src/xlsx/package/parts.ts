/**
 * The parts of an .xlsx package, as read by this host: the zip is opened once, each part is
 * unpacked at most once and only when asked for, and edits stay in memory. exceljs is then handed
 * the parts it reads straight from here (see ../loadParts.ts), so nothing is unpacked twice and
 * nothing is packed again.
 *
 * Every byte unpacked counts against a budget, so a zip bomb costs at most the budget.
 */
import JSZip from 'jszip';
import { type ReadLimits, WorkbookReadError } from '../readErrors';
import { folderOf, movedRelationships, relsPathOf } from './relationships';

/**
 * DEFLATE cannot expand data more than about 1,032 to 1. When the parts' compressed sizes times that
 * stay within the unpacked limit, no part can be a zip bomb, so the parts need no counting as they
 * unpack. This also holds when entries overlap, the trick by which a small zip unpacks to gigabytes:
 * each overlapping entry counts its own compressed size again.
 */
const MAX_DEFLATE_RATIO = 1032;

const utf8 = new TextDecoder('utf-8');

/** Sizes JSZip read from the central directory; not in its public typings. */
function sizes(f: JSZip.JSZipObject): { compressed?: number; uncompressed?: number } {
  const data = (f as unknown as { _data?: { compressedSize?: unknown; uncompressedSize?: unknown } })._data;
  return {
    compressed: data && typeof data.compressedSize === 'number' ? data.compressedSize : undefined,
    uncompressed: data && typeof data.uncompressedSize === 'number' ? data.uncompressedSize : undefined,
  };
}

interface StreamHelper {
  on(event: 'data', cb: (chunk: Uint8Array) => void): StreamHelper;
  on(event: 'error', cb: (err: Error) => void): StreamHelper;
  on(event: 'end', cb: () => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
}

function damaged(name: string, err: unknown): WorkbookReadError {
  // A part that fails its inflate check: the archive was cut or damaged.
  return new WorkbookReadError('truncated', `part ${name} cannot be unpacked: ${(err as Error).message}`, {}, { cause: err });
}

export class PackageParts {
  /** Part names in zip order (parts added here go last), with their zip entry or null when only edited here. */
  private readonly entries = new Map<string, JSZip.JSZipObject | null>();
  private readonly texts = new Map<string, string>();
  /** Parts whose text differs from the zip's (edited, moved, or new). */
  private readonly edited = new Set<string>();
  private used = 0;
  private readonly bombProof: boolean;

  private constructor(private readonly zip: JSZip, private readonly limits: ReadLimits) {
    let compressed = 0;
    let known = true;
    zip.forEach((name, f) => {
      if (f.dir) return;
      this.entries.set(name, f);
      const c = sizes(f).compressed;
      if (c === undefined) known = false;
      else compressed += c;
    });
    this.bombProof = known && compressed * MAX_DEFLATE_RATIO <= limits.maxUncompressedBytes;
  }

  static async open(bytes: Uint8Array, limits: ReadLimits): Promise<PackageParts> {
    try {
      return new PackageParts(await JSZip.loadAsync(bytes), limits);
    } catch (err) {
      throw new WorkbookReadError('truncated', `the zip archive cannot be opened: ${(err as Error).message}`, {}, { cause: err });
    }
  }

  /** What the central directory says the parts unpack to; it may lie, which unpacking then finds out. */
  declaredSize(): number {
    let total = 0;
    for (const f of this.entries.values()) total += (f && sizes(f).uncompressed) || 0;
    return total;
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The part as text (UTF-8), unpacked on first use; null when there is no such part. */
  async text(name: string): Promise<string | null> {
    const known = this.texts.get(name);
    if (known !== undefined) return known;
    const f = this.entries.get(name);
    if (!f) return null;
    const text = this.bombProof ? await this.unpackTrusted(f) : utf8.decode(await this.unpackCounted(f));
    this.texts.set(name, text);
    return text;
  }

  set(name: string, text: string): void {
    // The preparation hands back the very string it was given when it changed nothing.
    if (this.entries.get(name) && this.texts.get(name) === text) return;
    if (!this.entries.has(name)) this.entries.set(name, null);
    this.texts.set(name, text);
    this.edited.add(name);
  }

  remove(name: string): void {
    this.entries.delete(name);
    this.texts.delete(name);
    this.edited.delete(name);
  }

  /**
   * The parts that `keep` accepts, packed again as a zip (for exceljs's public load, in the browser).
   * Untouched parts keep their deflated bytes (JSZip copies them as they are); edited ones are stored,
   * since the reader unpacks them at once and deflating them again would be wasted work.
   */
  async packed(keep: (name: string) => boolean): Promise<Uint8Array> {
    // What exceljs will unpack is counted first, unless no part can be a bomb.
    if (!this.bombProof) {
      for (const [name, f] of this.entries) if (f && keep(name) && !this.texts.has(name)) await this.unpackCounted(f);
    }
    // Folder entries are left alone: JSZip's remove() of a folder takes everything under it.
    for (const f of Object.values(this.zip.files)) if (!f.dir && (!this.entries.has(f.name) || !keep(f.name))) this.zip.remove(f.name);
    for (const name of this.edited) if (keep(name)) this.zip.file(name, this.texts.get(name) ?? '', { compression: 'STORE' });
    return this.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  }

  /**
   * Moves a part with its relationships. Their targets are relative to the part's folder, so they
   * are rewritten when the folder changes (exceljs looks comments and drawings up by target).
   */
  async move(from: string, to: string): Promise<void> {
    const text = await this.text(from);
    if (text === null) return;
    this.remove(from);
    this.set(to, text);
    const rels = await this.text(relsPathOf(from));
    if (rels === null) return;
    this.remove(relsPathOf(from));
    this.set(relsPathOf(to), movedRelationships(rels, folderOf(from), folderOf(to)));
  }

  private async unpackTrusted(f: JSZip.JSZipObject): Promise<string> {
    try {
      return await f.async('string');
    } catch (err) {
      throw damaged(f.name, err);
    }
  }

  private overBudget(): WorkbookReadError {
    const limit = this.limits.maxUncompressedBytes;
    return new WorkbookReadError('too-large', `the parts unpack to more than ${limit} bytes`, { limit, actual: this.used });
  }

  /**
   * Unpacks a part chunk by chunk, counting against the budget and stopping at once past it, so a zip
   * bomb that lies about its sizes costs at most the budget in time and nothing beyond it in memory.
   */
  private unpackCounted(f: JSZip.JSZipObject): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      const chunks: Uint8Array[] = [];
      let size = 0;
      let done = false;
      // JSZip's chunked reader; public API, though missing from its typings.
      const helper = (f as unknown as { internalStream(type: 'uint8array'): StreamHelper }).internalStream('uint8array');
      helper
        .on('data', (chunk) => {
          if (done) return;
          size += chunk.length;
          this.used += chunk.length;
          if (this.used > this.limits.maxUncompressedBytes) {
            done = true;
            helper.pause();
            reject(this.overBudget());
            return;
          }
          chunks.push(chunk);
        })
        .on('error', (err) => {
          if (done) return;
          done = true;
          reject(damaged(f.name, err));
        })
        .on('end', () => {
          if (done) return;
          done = true;
          const out = new Uint8Array(size);
          let at = 0;
          for (const c of chunks) {
            out.set(c, at);
            at += c.length;
          }
          resolve(out);
        })
        .resume();
    });
  }
}
