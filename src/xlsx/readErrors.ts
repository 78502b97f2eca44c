/**
 * Why a workbook could not be read, and the limits past which we refuse to read one. Detection by
 * magic bytes happens here, before any part is unpacked, so that a wrong file fails in
 * milliseconds with a reason a user can act on instead of a library stack trace.
 */
import type { FileErrorDetail, FileErrorReason } from '../core/i18n/fileErrors';

export type { FileErrorReason } from '../core/i18n/fileErrors';

/** Larger files are refused before reading: plan workbooks are well under 5 MB. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Sum of the unpacked parts: guards against zip bombs, which a size check on the file misses. */
export const MAX_UNCOMPRESSED_BYTES = 500 * 1024 * 1024;
/** Per sheet: the cells holding a value, and the used range around them, may not exceed this. */
export const MAX_CELLS = 2_000_000;
/** Excel's own limit on the text of a cell; a longer one is no text Excel could have written. */
export const MAX_STRING_CHARS = 32_767;
/** Sheets listed in a workbook; a province's consolidation workbook holds a few hundred. */
export const MAX_SHEETS = 4_096;
/** Elements nested deeper than this in any part; SpreadsheetML needs about a dozen levels. */
export const MAX_DEPTH = 128;

/** The limits a read enforces; callers may lower (or raise) them, tests use tiny ones. */
export interface ReadLimits {
  maxFileBytes: number;
  maxUncompressedBytes: number;
  maxCells: number;
  maxStringChars: number;
  maxSheets: number;
  maxDepth: number;
}

export const DEFAULT_LIMITS: Readonly<ReadLimits> = {
  maxFileBytes: MAX_FILE_BYTES,
  maxUncompressedBytes: MAX_UNCOMPRESSED_BYTES,
  maxCells: MAX_CELLS,
  maxStringChars: MAX_STRING_CHARS,
  maxSheets: MAX_SHEETS,
  maxDepth: MAX_DEPTH,
};

export function limitsOf(partial: Partial<ReadLimits> = {}): ReadLimits {
  return { ...DEFAULT_LIMITS, ...partial };
}

/**
 * Raw DEFLATE data → its bytes, never more than `maxOutput` of them: null when the data unpacks
 * past that. A host may hand the reader its platform's native inflater (Node's zlib, about five
 * times faster than the portable one); without it the reader uses fflate, which runs everywhere.
 * `sizeHint` is the size the zip's directory declares: untrusted, for sizing buffers only.
 */
export type RawInflater = (data: Uint8Array, maxOutput: number, sizeHint?: number) => Uint8Array | null;

export interface ReadOptions {
  limits?: Partial<ReadLimits>;
  inflateRaw?: RawInflater;
}

export class WorkbookReadError extends Error {
  readonly reason: FileErrorReason;
  readonly detail: FileErrorDetail;

  constructor(reason: FileErrorReason, message: string, detail: FileErrorDetail = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WorkbookReadError';
    this.reason = reason;
    this.detail = detail;
  }
}

export function isWorkbookReadError(e: unknown): e is WorkbookReadError {
  return e instanceof WorkbookReadError;
}

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

/** Finds `name` written as UTF-16LE, the way a compound file's directory stores stream names. */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const needle = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) needle[i * 2] = name.charCodeAt(i);
  const first = needle[0];
  const last = bytes.length - needle.length;
  outer: for (let i = 0; i <= last; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * An OLE compound file is what both a password-protected .xlsx (an `EncryptedPackage` stream
 * described by `EncryptionInfo`) and the old binary formats look like; only the stream names tell
 * them apart, and each needs a different remedy.
 */
function classifyCfb(bytes: Uint8Array): WorkbookReadError {
  if (hasUtf16Name(bytes, 'EncryptionInfo') || hasUtf16Name(bytes, 'EncryptedPackage')) {
    return new WorkbookReadError('encrypted', 'the workbook is password-protected (encrypted OOXML)');
  }
  if (hasUtf16Name(bytes, 'Workbook') || hasUtf16Name(bytes, 'Book')) {
    return new WorkbookReadError('legacy-xls', 'the file is a legacy binary Excel workbook (.xls)');
  }
  return new WorkbookReadError(
    'legacy-office',
    'the file is an OLE compound document that holds no workbook (e.g. a .doc)',
  );
}

/**
 * Checks size and magic bytes. Returns 'zip' for anything that may be an .xlsx; throws a
 * WorkbookReadError for everything that cannot be.
 */
export function sniff(bytes: Uint8Array, limits: ReadLimits = limitsOf()): 'zip' {
  if (bytes.length === 0) throw new WorkbookReadError('empty', 'the file is empty');
  if (bytes.length > limits.maxFileBytes) {
    throw new WorkbookReadError(
      'too-large',
      `the file is ${bytes.length} bytes, over the ${limits.maxFileBytes}-byte limit`,
      {
        limit: limits.maxFileBytes,
        actual: bytes.length,
      },
    );
  }
  if (startsWith(bytes, CFB_MAGIC)) throw classifyCfb(bytes);
  // A local file header, or the end record of an empty archive.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  throw new WorkbookReadError('not-a-zip', 'the file is not a zip archive, so not an .xlsx workbook');
}
