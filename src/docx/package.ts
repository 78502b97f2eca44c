/**
 * Opens a .docx package and unpacks the two parts a Grid needs: the main document and its list
 * numbering. A file that cannot be a .docx (empty, a legacy .doc, a password-protected one, not a
 * zip) is told apart by its first bytes before anything is unpacked.
 *
 * The zip is read by the package reader the .xlsx host uses (src/xlsx/read/zip.ts): its central
 * directory once, only the parts asked for inflated, every byte counted against the unpacked
 * budget. Its failures are renamed here to the Word document's words.
 */
import { DEFAULT_LIMITS, WorkbookReadError, type ReadLimits } from '../xlsx/readErrors';
import { folderOf, relationships, relsPathOf, resolvePart } from '../xlsx/read/relationships';
import { ZipPackage } from '../xlsx/read/zip';
import { type DocxLimits, tooLarge } from './limits';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

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
    for (let j = 0; j < name.length; j++)
      if (bytes[i + 2 * j] !== name.charCodeAt(j) || bytes[i + 2 * j + 1] !== 0) continue outer;
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
  return new WorkbookReadError(
    'legacy-doc',
    'the file is a legacy binary Word document (.doc) or another old Office file',
  );
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

/** A failure of the shared zip reader, in the words a Word document's reader uses. */
function asDocumentError(err: unknown): unknown {
  if (!(err instanceof WorkbookReadError))
    return new WorkbookReadError(
      'damaged-document',
      `the zip archive cannot be read: ${(err as Error).message}`,
      {},
      { cause: err },
    );
  if (err.reason === 'unpacked-too-large')
    return new WorkbookReadError('document-too-large', err.message, err.detail, { cause: err });
  if (err.reason === 'truncated' || err.reason === 'corrupt')
    return new WorkbookReadError('damaged-document', err.message, err.detail, { cause: err });
  return err;
}

/** The main document and its numbering, or a WorkbookReadError saying why the file is no .docx. */
export function openDocx(bytes: Uint8Array, limits: DocxLimits): DocxParts {
  sniffDocx(bytes, limits);
  const zipLimits: ReadLimits = {
    ...DEFAULT_LIMITS,
    maxFileBytes: limits.maxFileBytes,
    maxUncompressedBytes: limits.maxUnpackedBytes,
    maxDepth: limits.maxDepth,
  };
  try {
    const zip = ZipPackage.open(bytes, zipLimits);
    const text = (name: string) => {
      const b = zip.bytesOf(name);
      return b === null ? null : utf8.decode(b);
    };
    const officeDocument = relationships('_rels/.rels', zip.bytesOf('_rels/.rels'), zipLimits).find(
      (r) => !r.external && r.type.endsWith(OFFICE_DOCUMENT),
    );
    const main = officeDocument ? resolvePart('', officeDocument.target) : 'word/document.xml';
    const document = text(main);
    if (document === null)
      throw new WorkbookReadError('not-a-document', `the package has no Word document part (${main})`);
    const numberingRel = relationships(relsPathOf(main), zip.bytesOf(relsPathOf(main)), zipLimits).find(
      (r) => !r.external && r.type.endsWith(NUMBERING),
    );
    const numbering = numberingRel ? text(resolvePart(folderOf(main), numberingRel.target)) : null;
    return { document, numbering };
  } catch (err) {
    throw asDocumentError(err);
  }
}
