/**
 * A package part as XML, walked by the strict tokenizer: the part's UTF-8 bytes as they are (a part
 * in UTF-16, which a byte-order mark announces, is turned into UTF-8 first), and any XML fault
 * turned into a one-line refusal that names the part.
 */
import { type ReadLimits, WorkbookReadError } from '../readErrors';
import { XmlError, type XmlSink, tokenize } from './xmlTokenizer';
import type { ZipPackage } from './zip';

function asUtf8(bytes: Uint8Array): Uint8Array {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextEncoder().encode(new TextDecoder('utf-16le').decode(bytes));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextEncoder().encode(new TextDecoder('utf-16be').decode(bytes));
  return bytes;
}

/** The part's XML as UTF-8 bytes, or null when the package has no such part. */
export function partXml(zip: ZipPackage, name: string): Uint8Array | null {
  const bytes = zip.bytesOf(name);
  return bytes === null ? null : asUtf8(bytes);
}

/** Walks a part's XML with `sink`; a part that is no well-formed XML is refused, naming it. */
export function walkPart(name: string, xml: Uint8Array, sink: XmlSink, limits: Pick<ReadLimits, 'maxDepth'>): void {
  try {
    tokenize(xml, sink, { maxDepth: limits.maxDepth });
  } catch (err) {
    if (err instanceof XmlError) {
      if (err.kind === 'too-deep')
        throw new WorkbookReadError('too-deep', `part ${name} nests ${err.message}`, { limit: limits.maxDepth });
      throw new WorkbookReadError('corrupt', `part ${name} is no well-formed XML: ${err.message}`, {}, { cause: err });
    }
    throw err;
  }
}
