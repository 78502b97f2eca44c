/**
 * Opens a .docx package and unpacks the two parts a Grid needs: the main document and its list
 * numbering. A file that cannot be a .docx (empty, a legacy .doc, a password-protected one, not a
 * zip) is told apart by its first bytes before anything is unpacked.
 *
 * fflate sizes each unpacked part by the size the zip declares and writes no further, so the sum
 * of declared sizes, checked against the limit before unpacking, bounds the memory a zip bomb can
 * take; a part that lies about its size comes out cut short, which the XML parser then reports.
 */
import { type UnzipFileInfo, unzipSync } from 'fflate';
import { WorkbookReadError } from '../xlsx/readErrors';
import { type DocxLimits, tooLarge } from './limits';
import { relationshipTargets } from './relationships';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** A central directory entry takes at least this many bytes, so no honest zip lists more entries than size / 46. */
const MIN_CENTRAL_ENTRY = 46;

const OFFICE_DOCUMENT = '/officeDocument';
const NUMBERING = '/numbering';

export interface DocxParts {
  /** The main document part's XML. */
  document: string;
  /** The numbering part's XML (list labels), or null when the document has no lists. */
  numbering: string | null;
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

/** `name` written as UTF-16LE, as a compound file's directory stores its stream names. */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  const last = bytes.length - name.length * 2;
  outer: for (let i = bytes.indexOf(first); i !== -1 && i <= last; i = bytes.indexOf(first, i + 1)) {
    for (let j = 0; j < name.length; j++) if (bytes[i + 2 * j] !== name.charCodeAt(j) || bytes[i + 2 * j + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

/**
 * An OLE compound file is both what a password-protected .docx (an `EncryptedPackage` stream) and
 * a legacy .doc (a `WordDocument` stream) look like; each needs a different remedy.
 */
function compoundFileError(bytes: Uint8Array): WorkbookReadError {
  if (hasUtf16Name(bytes, 'EncryptionInfo') || hasUtf16Name(bytes, 'EncryptedPackage')) {
    return new WorkbookReadError('encrypted-document', 'the document is password-protected (encrypted OOXML)');
  }
  if (hasUtf16Name(bytes, 'Workbook') || hasUtf16Name(bytes, 'Book')) {
    return new WorkbookReadError('legacy-xls', 'the file is a legacy binary Excel workbook (.xls)');
  }
  return new WorkbookReadError('legacy-doc', 'the file is a legacy binary Word document (.doc) or another old Office file');
}

/** Refuses what cannot be a .docx, by size and first bytes. */
export function sniffDocx(bytes: Uint8Array, limits: DocxLimits): void {
  if (bytes.length === 0) throw new WorkbookReadError('empty', 'the file is empty');
  if (bytes.length > limits.maxFileBytes) throw tooLarge('file bytes', limits.maxFileBytes, bytes.length);
  if (startsWith(bytes, CFB_MAGIC)) throw compoundFileError(bytes);
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && !startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    throw new WorkbookReadError('not-a-document', 'the file is not a zip archive, so not a .docx document');
  }
}

const utf8 = new TextDecoder('utf-8');

/** Resolves a relationship target against the folder of the part that names it. */
function resolve(folder: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `${folder}${target}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function relsOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Unpacks the parts `wanted` names, refusing when their declared sizes pass what is left of the budget. */
class Unpacker {
  private used = 0;
  constructor(private readonly bytes: Uint8Array, private readonly limits: DocxLimits) {}

  unpack(wanted: (name: string) => boolean): Record<string, string> {
    let entries = 0;
    let declared = 0;
    const maxEntries = Math.floor(this.bytes.length / MIN_CENTRAL_ENTRY) + 1;
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(this.bytes, {
        filter: (f: UnzipFileInfo) => {
          // A directory claiming more entries than the file can hold would be walked for nothing.
          if (++entries > maxEntries) throw new WorkbookReadError('damaged-document', 'the zip directory lists more entries than the file can hold');
          if (!wanted(f.name)) return false;
          declared += f.originalSize;
          if (this.used + declared > this.limits.maxUnpackedBytes) throw tooLarge('unpacked bytes', this.limits.maxUnpackedBytes, this.used + declared);
          return true;
        },
      });
    } catch (err) {
      if (err instanceof WorkbookReadError) throw err;
      throw new WorkbookReadError('damaged-document', `the zip archive cannot be read: ${(err as Error).message}`, {}, { cause: err });
    }
    this.used += declared;
    const out: Record<string, string> = {};
    for (const [name, data] of Object.entries(files)) out[name] = utf8.decode(data);
    return out;
  }
}

/** The main document and its numbering, or a WorkbookReadError saying why the file is no .docx. */
export function openDocx(bytes: Uint8Array, limits: DocxLimits): DocxParts {
  sniffDocx(bytes, limits);
  const unpacker = new Unpacker(bytes, limits);
  const root = unpacker.unpack((n) => n === '_rels/.rels');
  const target = relationshipTargets(root['_rels/.rels'] ?? '', OFFICE_DOCUMENT)[0];
  const main = target ? resolve('', target) : 'word/document.xml';
  const mainRels = relsOf(main);
  const first = unpacker.unpack((n) => n === main || n === mainRels);
  const document = first[main];
  if (document === undefined) throw new WorkbookReadError('not-a-document', `the package has no Word document part (${main})`);
  const folder = main.slice(0, main.lastIndexOf('/') + 1);
  const numberingTarget = relationshipTargets(first[mainRels] ?? '', NUMBERING)[0];
  const numberingPart = numberingTarget ? resolve(folder, numberingTarget) : null;
  const numbering = numberingPart ? (unpacker.unpack((n) => n === numberingPart)[numberingPart] ?? null) : null;
  return { document, numbering };
}
