/**
 * A strict, streaming XML pass (saxes) for the package's parts: elements arrive as (namespace,
 * local name, attributes) and text as it is decoded, with the depth bounded. saxes expands no
 * custom entities, so an entity bomb is an error, not a hang.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { WorkbookReadError } from '../xlsx/readErrors';
import { tooLarge } from './limits';

/** WordprocessingML's main namespace, transitional and strict. */
export const W_NS = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

export interface XmlElement {
  uri: string;
  local: string;
  /** Attributes by local name (their namespace is dropped: in these parts no two share a local name). */
  attrs: Record<string, string>;
}

export interface XmlHandlers {
  open(el: XmlElement): void;
  close(el: XmlElement): void;
  text(s: string): void;
}

export function parseXml(xml: string, handlers: XmlHandlers, maxDepth: number): void {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let failure: Error | null = null;
  parser.on('error', (err) => {
    failure ??= err;
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (stack.length >= maxDepth) throw tooLarge('XML depth', maxDepth, stack.length + 1);
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) attrs[a.local] = a.value;
    const el = { uri: tag.uri, local: tag.local, attrs };
    stack.push(el);
    handlers.open(el);
  });
  parser.on('closetag', () => {
    const el = stack.pop();
    if (el) handlers.close(el);
  });
  parser.on('text', (t) => handlers.text(t));
  parser.on('cdata', (t) => handlers.text(t));
  try {
    parser.write(xml).close();
  } catch (err) {
    if (err instanceof WorkbookReadError) throw err;
    failure ??= err as Error;
  }
  if (failure)
    throw new WorkbookReadError(
      'damaged-document',
      `a document part is not well-formed XML: ${failure.message}`,
      {},
      { cause: failure },
    );
}
