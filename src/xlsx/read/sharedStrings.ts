/**
 * The shared strings part: one string per `<si>`, its rich-text runs joined, phonetic guides
 * (`<rPh>`) left out as Excel shows them.
 */
import type { ReadLimits } from '../readErrors';
import { walkPart } from './partXml';
import { checkLength, unescapeOoxml } from './strings';

export function readSharedStrings(name: string, xml: Uint8Array | null, limits: ReadLimits): string[] {
  const out: string[] = [];
  if (xml === null) return out;
  let inSi = false;
  let skip = 0; // depth inside an <rPh> or other element whose text is no part of the string
  let current = '';
  const sink = {
    wantText: false,
    open(tag: string) {
      if (skip > 0 || (inSi && (tag === 'rPh' || tag === 'phoneticPr'))) {
        skip++;
        sink.wantText = false;
      } else if (tag === 'si') {
        inSi = true;
        current = '';
      } else if (inSi && tag === 't') {
        sink.wantText = true;
      }
    },
    close(tag: string) {
      if (skip > 0) {
        skip--;
        return;
      }
      if (tag === 't') sink.wantText = false;
      else if (tag === 'si') {
        inSi = false;
        out.push(checkLength(unescapeOoxml(current), () => `shared string ${out.length}`, limits.maxStringChars));
      }
    },
    text(t: string) {
      current += t;
      if (current.length > limits.maxStringChars * 8)
        checkLength(current, () => `shared string ${out.length}`, limits.maxStringChars);
    },
  };
  walkPart(name, xml, sink, limits);
  return out;
}
