/**
 * A strict, streaming-style XML tokenizer for the parts of an .xlsx package. It walks the text
 * once, left to right, and never backtracks: every step moves the position forward, every search
 * (`indexOf`) starts where the last one stopped, so the time is linear in the part's length whatever
 * the part holds (a 300,000-space tag, a megabyte attribute, a thousand nested elements).
 *
 * Strict where it matters: tags must be well formed, end tags must match their start tags, attribute
 * values must be quoted, entities must be XML's own (no DTD, so no others exist), nesting is bounded.
 * A document type declaration is refused: SpreadsheetML never has one, and it is how entity bombs
 * start. Element and attribute names are handed over without their namespace prefix (`x:c` → `c`,
 * `r:id` → `id`), as the parts are read by local name (writers differ in their prefixes).
 *
 * Text is decoded only for a sink that asks for it (`wantText`), so the text of everything a reader
 * skips costs one `indexOf` per element.
 */

export class XmlError extends Error {
  constructor(readonly kind: 'malformed' | 'too-deep', message: string) {
    super(message);
    this.name = 'XmlError';
  }
}

/** The attributes of the start tag being reported; valid only during the `open` call. */
export class Attributes {
  count = 0;
  private xml = '';
  // Offsets into the part: a local name's start and end, a value's start and end. Nothing is cut
  // out of the text until a reader asks for that attribute.
  private spans = new Int32Array(64);

  /** @internal */
  reset(xml: string): void {
    this.xml = xml;
    this.count = 0;
  }

  /** @internal */
  add(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number): void {
    if (this.count * 4 + 4 > this.spans.length) {
      const next = new Int32Array(this.spans.length * 2);
      next.set(this.spans);
      this.spans = next;
    }
    const k = this.count++ * 4;
    this.spans[k] = nameStart;
    this.spans[k + 1] = nameEnd;
    this.spans[k + 2] = valueStart;
    this.spans[k + 3] = valueEnd;
  }

  /** The decoded value of the first attribute with this local name, or undefined. */
  get(name: string): string | undefined {
    const sp = this.spans;
    for (let k = 0; k < this.count * 4; k += 4) {
      if (sp[k + 1] - sp[k] === name.length && this.xml.startsWith(name, sp[k])) return decodeEntities(this.xml.slice(sp[k + 2], sp[k + 3]));
    }
    return undefined;
  }
}

export interface XmlSink {
  /** True while the sink wants the text between tags (decoded). Read before each text run. */
  wantText: boolean;
  open(name: string, attrs: Attributes): void;
  /** Also called right after `open` for an empty element (`<c/>`). */
  close(name: string): void;
  text(text: string): void;
}

export interface TokenizeOptions {
  maxDepth: number;
}

// Character codes.
const GT = 62;
const SLASH = 47;
const EQ = 61;
const QUOT = 34;
const APOS = 39;
const BANG = 33;
const QUEST = 63;
const SEMI = 59;
const HASH = 35;
const COLON = 58;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** A character that ends a name: whitespace, `/`, `>`, `=`, or the end of the text (NaN). */
function endsName(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === SLASH || c === GT || c === EQ || c !== c;
}

/** A name may not start with a digit, `-`, `.` or punctuation that XML forbids there. */
function startsName(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === COLON || c > 127;
}


/** The longest entity XML knows is `&#x10FFFF;` (10 characters): no search looks further. */
const MAX_ENTITY = 12;

/** Decodes XML's five named entities and character references; anything else is an error. */
export function decodeEntities(s: string): string {
  let amp = s.indexOf('&');
  if (amp === -1) return s;
  let out = '';
  let from = 0;
  while (amp !== -1) {
    out += s.slice(from, amp);
    let semi = -1;
    const stop = Math.min(s.length, amp + MAX_ENTITY);
    for (let k = amp + 1; k < stop; k++) {
      if (s.charCodeAt(k) === SEMI) {
        semi = k;
        break;
      }
    }
    if (semi === -1) throw new XmlError('malformed', 'an "&" that starts no entity');
    const name = s.slice(amp + 1, semi);
    switch (name) {
      case 'amp': out += '&'; break;
      case 'lt': out += '<'; break;
      case 'gt': out += '>'; break;
      case 'quot': out += '"'; break;
      case 'apos': out += "'"; break;
      default: {
        if (name.charCodeAt(0) !== HASH) throw new XmlError('malformed', `an unknown entity &${name};`);
        const hex = name.charCodeAt(1) === 120; // 'x'
        const digits = name.slice(hex ? 2 : 1);
        let cp = 0;
        for (let k = 0; k < digits.length; k++) {
          const d = digits.charCodeAt(k);
          const v = d >= 48 && d <= 57 ? d - 48 : hex && d >= 97 && d <= 102 ? d - 87 : hex && d >= 65 && d <= 70 ? d - 55 : -1;
          if (v < 0) throw new XmlError('malformed', `a bad character reference &${name};`);
          cp = cp * (hex ? 16 : 10) + v;
        }
        if (digits.length === 0 || cp > 0x10ffff) throw new XmlError('malformed', `a bad character reference &${name};`);
        out += String.fromCodePoint(cp);
      }
    }
    from = semi + 1;
    amp = s.indexOf('&', from);
  }
  return out + s.slice(from);
}

/** Walks `xml` once, reporting elements and (when wanted) text to `sink`. Throws XmlError. */
export function tokenize(xml: string, sink: XmlSink, options: TokenizeOptions): void {
  const n = xml.length;
  const attrs = new Attributes();
  const stack: string[] = [];
  const locals: string[] = [];
  let depth = 0;
  let rootSeen = false;
  let nextLt = -2;
  let pos = 0;
  // A byte-order mark left by the decoder is no text.
  if (xml.charCodeAt(0) === 0xfeff) pos = 1;

  while (pos < n) {
    const lt = xml.indexOf('<', pos);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > pos && depth > 0 && sink.wantText) sink.text(decodeEntities(xml.slice(pos, textEnd)));
    if (lt === -1) break;
    pos = lt + 1;
    const c = xml.charCodeAt(pos);

    if (c === SLASH) {
      // An end tag: its name, optional whitespace, `>`.
      const start = ++pos;
      while (!endsName(xml.charCodeAt(pos))) pos++;
      const qname = xml.slice(start, pos);
      while (isSpace(xml.charCodeAt(pos))) pos++;
      if (xml.charCodeAt(pos) !== GT) throw new XmlError('malformed', `a broken end tag </${qname.slice(0, 40)}`);
      pos++;
      if (depth === 0 || stack[depth - 1] !== qname) throw new XmlError('malformed', `an end tag </${qname.slice(0, 40)}> that closes nothing open`);
      depth--;
      sink.close(locals[depth]);
      continue;
    }

    if (c === BANG) {
      if (xml.startsWith('!--', pos)) {
        const end = xml.indexOf('-->', pos + 3);
        if (end === -1) throw new XmlError('malformed', 'an unclosed comment');
        pos = end + 3;
      } else if (xml.startsWith('![CDATA[', pos)) {
        const end = xml.indexOf(']]>', pos + 8);
        if (end === -1 || depth === 0) throw new XmlError('malformed', 'a broken CDATA section');
        if (sink.wantText) sink.text(xml.slice(pos + 8, end));
        pos = end + 3;
      } else {
        // <!DOCTYPE …> and anything else: no SpreadsheetML part has one.
        throw new XmlError('malformed', 'a document type declaration, which no workbook part has');
      }
      continue;
    }

    if (c === QUEST) {
      const end = xml.indexOf('?>', pos + 1);
      if (end === -1) throw new XmlError('malformed', 'an unclosed processing instruction');
      pos = end + 2;
      continue;
    }

    // A start tag.
    if (!startsName(c)) throw new XmlError('malformed', 'a "<" that starts no tag');
    const start = pos;
    let colon = -1;
    for (let ch = c; !endsName(ch); ch = xml.charCodeAt(++pos)) if (ch === COLON) colon = pos;
    const qname = xml.slice(start, pos);
    const name = colon === -1 ? qname : xml.slice(colon + 1, pos);
    attrs.reset(xml);
    let empty = false;
    for (;;) {
      let ws = false;
      while (isSpace(xml.charCodeAt(pos))) {
        pos++;
        ws = true;
      }
      const d = xml.charCodeAt(pos);
      if (d === GT) {
        pos++;
        break;
      }
      if (d === SLASH) {
        if (xml.charCodeAt(pos + 1) !== GT) throw new XmlError('malformed', `a broken tag <${qname.slice(0, 40)}`);
        pos += 2;
        empty = true;
        break;
      }
      if (!ws || !startsName(d)) throw new XmlError('malformed', `a broken tag <${qname.slice(0, 40)}`);
      const an = pos;
      let acolon = -1;
      for (let ch = d; !endsName(ch); ch = xml.charCodeAt(++pos)) if (ch === COLON) acolon = pos;
      const localStart = acolon === -1 ? an : acolon + 1;
      const nameEnd = pos;
      while (isSpace(xml.charCodeAt(pos))) pos++;
      if (xml.charCodeAt(pos) !== EQ) throw new XmlError('malformed', `an attribute ${xml.slice(an, Math.min(nameEnd, an + 40))} without a value`);
      pos++;
      while (isSpace(xml.charCodeAt(pos))) pos++;
      const q = xml.charCodeAt(pos);
      if (q !== QUOT && q !== APOS) throw new XmlError('malformed', `an unquoted attribute ${xml.slice(an, Math.min(nameEnd, an + 40))}`);
      const vEnd = xml.indexOf(q === QUOT ? '"' : "'", pos + 1);
      if (vEnd === -1) throw new XmlError('malformed', `an unclosed attribute ${xml.slice(an, Math.min(nameEnd, an + 40))}`);
      // The next '<' is looked up once and reused until the scan passes it: linear, however long the values.
      if (nextLt < pos) {
        nextLt = xml.indexOf('<', pos);
        if (nextLt === -1) nextLt = n;
      }
      if (nextLt < vEnd) throw new XmlError('malformed', `a "<" inside attribute ${xml.slice(an, Math.min(nameEnd, an + 40))}`);
      attrs.add(localStart, nameEnd, pos + 1, vEnd);
      pos = vEnd + 1;
    }
    if (depth === 0) {
      if (rootSeen) throw new XmlError('malformed', 'a second root element');
      rootSeen = true;
    }
    sink.open(name, attrs);
    if (empty) {
      sink.close(name);
    } else {
      if (depth >= options.maxDepth) throw new XmlError('too-deep', `elements nested more than ${options.maxDepth} deep`);
      locals[depth] = name;
      stack[depth++] = qname;
    }
  }
  if (!rootSeen) throw new XmlError('malformed', 'no root element');
  if (depth !== 0) throw new XmlError('malformed', `the part ends inside <${stack[depth - 1].slice(0, 40)}>`);
}

