/**
 * A package part as text, walked by the strict tokenizer: the part's bytes decoded (UTF-8, or
 * UTF-16 when a byte-order mark says so) and any XML fault turned into a one-line refusal that
 * names the part.
 */
import { type ReadLimits, WorkbookReadError } from '../readErrors';
import { XmlError, type XmlSink, tokenize } from './xmlTokenizer';
import type { ZipPackage } from './zip';

const utf8 = new TextDecoder('utf-8');

function decode(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return utf8.decode(bytes);
}

/** The part's text, or null when the package has no such part. */
export function partText(zip: ZipPackage, name: string): string | null {
  const bytes = zip.bytesOf(name);
  return bytes === null ? null : decode(bytes);
}

/** Walks a part's text with `sink`; a part that is no well-formed XML is refused, naming it. */
export function walkPart(name: string, xml: string, sink: XmlSink, limits: Pick<ReadLimits, 'maxDepth'>): void {
  try {
    tokenize(xml, sink, { maxDepth: limits.maxDepth });
  } catch (err) {
    if (err instanceof XmlError) {
      if (err.kind === 'too-deep') throw new WorkbookReadError('too-deep', `part ${name} nests ${err.message}`, { limit: limits.maxDepth });
      throw new WorkbookReadError('corrupt', `part ${name} is no well-formed XML: ${err.message}`, {}, { cause: err });
    }
    throw err;
  }
}
