/**
 * A strict, streaming-style XML tokenizer for the parts of an .xlsx package. It walks the part's
 * UTF-8 bytes once, left to right, and never backtracks: every step moves the position forward,
 * every search (`indexOf`) starts where the last one stopped, so the time is linear in the part's
 * length whatever the part holds (a 300,000-space tag, a megabyte attribute, a thousand nested
 * elements).
 *
 * Strict where it matters: tags must be well formed, end tags must match their start tags, attribute
 * values must be quoted, entities must be XML's own (no DTD, so no others exist), nesting is bounded.
 * A document type declaration is refused: SpreadsheetML never has one, and it is how entity bombs
 * start. Element and attribute names are handed over without their namespace prefix (`x:c` → `c`,
 * `r:id` → `id`), as the parts are read by local name (writers differ in their prefixes).
 *
 * It reads bytes, not a decoded string: every byte of XML's markup is ASCII, and no byte of a UTF-8
 * multi-byte character is, so markup is found in the bytes as it is in the text. Only the texts and
 * attribute values a sink asks for are decoded, each on its own: a big sheet is never one string of
 * 30–70 MB, and the cells' strings hold no view of one.
 */
export class XmlError extends Error {
  constructor(
    readonly kind: 'malformed' | 'too-deep',
    message: string,
  ) {
    super(message);
    this.name = 'XmlError';
  }
}

/** The attributes of the start tag being reported; valid only during the `open` call. */
export class Attributes {
  count = 0;
  private xml: Uint8Array = new Uint8Array(0);
  // Offsets into the part: a local name's start and end, a value's start and end. Nothing is
  // decoded until a reader asks for that attribute.
  private spans = new Int32Array(64);

  /** @internal */
  reset(xml: Uint8Array): void {
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

  /** The decoded value of the first attribute with this local name (ASCII, as every SpreadsheetML name), or undefined. */
  get(name: string): string | undefined {
    const k = this.find(name);
    return k === -1 ? undefined : decodeEntities(textOf(this.xml, this.spans[k + 2], this.spans[k + 3]));
  }

  /**
   * The same for a value from a small set that recurs on every element (a cell's type `s`, `str`,
   * `inlineStr`): made a string once and found again by its bytes.
   */
  getWord(name: string): string | undefined {
    const k = this.find(name);
    if (k === -1) return undefined;
    const start = this.spans[k + 2];
    const end = this.spans[k + 3];
    if (end - start > 16 || hasAmp(this.xml, start, end)) return decodeEntities(textOf(this.xml, start, end));
    return names.of(this.xml, start, end);
  }

  /**
   * The first attribute with this local name as raw bytes, for readers that parse a number or a
   * reference straight from them: the part's bytes and the value's [start, end), or null when the
   * attribute is absent. A value holding an entity (`&#49;`) must be read with `get` instead:
   * `rawHasEntity` says so.
   */
  raw(name: string): { bytes: Uint8Array; start: number; end: number } | null {
    const k = this.find(name);
    if (k === -1) return null;
    RAW.bytes = this.xml;
    RAW.start = this.spans[k + 2];
    RAW.end = this.spans[k + 3];
    return RAW;
  }

  private find(name: string): number {
    const sp = this.spans;
    for (let k = 0; k < this.count * 4; k += 4)
      if (sp[k + 1] - sp[k] === name.length && bytesAre(this.xml, sp[k], name)) return k;
    return -1;
  }
}

const NO_BYTES = new Uint8Array(0);
/** `raw`'s answer, one object reused (valid only until the next call): no allocation per cell. */
const RAW: { bytes: Uint8Array; start: number; end: number } = { bytes: NO_BYTES, start: 0, end: 0 };

/** True when a raw value holds an `&` (an entity): its bytes are not its text. */
export function rawHasEntity(raw: { bytes: Uint8Array; start: number; end: number }): boolean {
  return hasAmp(raw.bytes, raw.start, raw.end);
}

/** Looks only inside [start, end): a search to the end of the part on every attribute would be quadratic. */
function hasAmp(b: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (b[i] === AMP) return true;
  return false;
}

/** True when the bytes at `at` are the ASCII string `s`. */
function bytesAre(b: Uint8Array, at: number, s: string): boolean {
  if (at + s.length > b.length) return false;
  for (let i = 0; i < s.length; i++) if (b[at + i] !== s.charCodeAt(i)) return false;
  return true;
}

/** The first `seq` (ASCII) at or after `from`, or -1; `seq` is a few bytes, so this stays linear. */
function indexOfSeq(b: Uint8Array, seq: string, from: number): number {
  const first = seq.charCodeAt(0);
  for (let i = b.indexOf(first, from); i !== -1; i = b.indexOf(first, i + 1)) if (bytesAre(b, i, seq)) return i;
  return -1;
}

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
/** Short ASCII texts (numbers, style ids, most names) are built directly; the rest is decoded. */
const SHORT = 48;

/** The text of bytes [start, end): UTF-8, invalid sequences as U+FFFD, as decoding the whole part gives them. */
export function textOf(b: Uint8Array, start: number, end: number): string {
  const n = end - start;
  if (n <= SHORT) {
    let s = '';
    for (let i = start; i < end; i++) {
      const c = b[i];
      if (c >= 0x80) return utf8.decode(b.subarray(start, end));
      s += String.fromCharCode(c);
    }
    return s;
  }
  return utf8.decode(b.subarray(start, end));
}

/**
 * Element names recur on every cell (`c`, `v`, `row`): each distinct name is made a string once,
 * found again by its length and bytes.
 */
class NameCache {
  private readonly byKey = new Map<number, string>();

  of(b: Uint8Array, start: number, end: number): string {
    const n = end - start;
    if (n > 64) return textOf(b, start, end);
    const key = n | (b[start] << 7) | (b[end - 1] << 15) | (n > 2 ? b[start + 1] << 23 : 0);
    const known = this.byKey.get(key);
    if (known !== undefined && known.length === n && bytesAre(b, start, known)) return known;
    const name = textOf(b, start, end);
    if (known === undefined && this.byKey.size < 4096) this.byKey.set(key, name);
    return name;
  }
}

/** Shared by every part read: SpreadsheetML has a few hundred element names, and the cache is bounded. */
const names = new NameCache();

/**
 * The texts of one part, decoded once each: a sheet of inline strings repeats its owners,
 * timeframes and notes on thousands of rows, and decoding is most of what reading a text costs.
 * Short texts are found again by a hash of their bytes and a comparison with the bytes they were
 * made from (a slot holds the last text that fell in it), so the table stays small and each look-up
 * reads the text's bytes twice at most.
 */
class TextCache {
  private static readonly SLOTS = 4096;
  private static readonly LONGEST = 64;
  // One table for every part read (a thousand submissions are thousands of small parts): a slot
  // counts only when its epoch is the current part's, so starting a part clears nothing.
  private readonly starts = new Int32Array(TextCache.SLOTS);
  private readonly ends = new Int32Array(TextCache.SLOTS);
  private readonly epochs = new Int32Array(TextCache.SLOTS);
  private readonly values: string[] = new Array<string>(TextCache.SLOTS).fill('');
  private epoch = 0;
  private xml: Uint8Array = NO_BYTES;

  /** Starts a part: what the table held names another part's bytes. */
  begin(xml: Uint8Array): void {
    this.xml = xml;
    if (++this.epoch === 0x7fffffff) {
      this.epochs.fill(0);
      this.epoch = 1;
    }
  }

  /** Ends a part: no text of it stays reachable through the table once the sheet is read. */
  end(): void {
    this.xml = NO_BYTES;
  }

  of(start: number, end: number): string {
    const b = this.xml;
    if (end - start > TextCache.LONGEST) return decodeEntities(textOf(b, start, end));
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ b[i], 0x01000193);
    const slot = h & (TextCache.SLOTS - 1);
    if (this.epochs[slot] === this.epoch && sameBytes(b, this.starts[slot], this.ends[slot], start, end))
      return this.values[slot];
    const text = decodeEntities(textOf(b, start, end));
    this.epochs[slot] = this.epoch;
    this.starts[slot] = start;
    this.ends[slot] = end;
    this.values[slot] = text;
    return text;
  }
}

const texts = new TextCache();

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
const LT = 60;
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
const AMP = 38;

// Bytes are read past the end as undefined, which is no space and ends any name.
function isSpace(c: number | undefined): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** A byte that ends a name: whitespace, `/`, `>`, `=`, or the end of the part. */
function endsName(c: number | undefined): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === SLASH || c === GT || c === EQ || c === undefined;
}

/** A name may not start with a digit, `-`, `.` or punctuation that XML forbids there (a byte over 127 starts a non-ASCII letter). */
function startsName(c: number | undefined): boolean {
  return c !== undefined && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === COLON || c > 127);
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
      case 'amp':
        out += '&';
        break;
      case 'lt':
        out += '<';
        break;
      case 'gt':
        out += '>';
        break;
      case 'quot':
        out += '"';
        break;
      case 'apos':
        out += "'";
        break;
      default: {
        if (name.charCodeAt(0) !== HASH) throw new XmlError('malformed', `an unknown entity &${name};`);
        const hex = name.charCodeAt(1) === 120; // 'x'
        const digits = name.slice(hex ? 2 : 1);
        let cp = 0;
        for (let k = 0; k < digits.length; k++) {
          const d = digits.charCodeAt(k);
          const v =
            d >= 48 && d <= 57 ? d - 48 : hex && d >= 97 && d <= 102 ? d - 87 : hex && d >= 65 && d <= 70 ? d - 55 : -1;
          if (v < 0) throw new XmlError('malformed', `a bad character reference &${name};`);
          cp = cp * (hex ? 16 : 10) + v;
        }
        if (digits.length === 0 || cp > 0x10ffff)
          throw new XmlError('malformed', `a bad character reference &${name};`);
        out += String.fromCodePoint(cp);
      }
    }
    from = semi + 1;
    amp = s.indexOf('&', from);
  }
  return out + s.slice(from);
}

/** A byte-order mark, as UTF-8. */
const BOM = '\u00ef\u00bb\u00bf';

/**
 * Walks the part's UTF-8 bytes once, reporting elements and (when wanted) text to `sink`. Throws
 * XmlError. One part at a time: the text table is shared, so a sink must not start another walk.
 */
export function tokenize(xml: Uint8Array, sink: XmlSink, options: TokenizeOptions): void {
  texts.begin(xml);
  try {
    walk(xml, sink, options);
  } finally {
    // Neither the text table nor `raw`'s answer may keep the part's bytes (34 MB for a big sheet)
    // alive once it is read.
    texts.end();
    RAW.bytes = NO_BYTES;
  }
}

function walk(xml: Uint8Array, sink: XmlSink, options: TokenizeOptions): void {
  const n = xml.length;
  const attrs = new Attributes();
  // The open elements: their qualified names' byte ranges (for matching end tags) and local names.
  let starts = new Int32Array(Math.min(options.maxDepth, 64) + 1);
  let ends = new Int32Array(starts.length);
  const locals: string[] = [];
  let depth = 0;
  let rootSeen = false;
  let pos = 0;
  // A byte-order mark is no text (decoding the part would drop one, and the text may hold a second).
  if (bytesAre(xml, 0, BOM)) pos = 3;
  if (bytesAre(xml, pos, BOM)) pos += 3;
  const nameAt = (from: number, to: number) => textOf(xml, from, Math.min(to, from + 160)).slice(0, 40);

  while (pos < n) {
    const lt = nextLt(xml, pos);
    if (lt > pos && depth > 0 && sink.wantText) sink.text(texts.of(pos, lt));
    if (lt === n) break;
    pos = lt + 1;
    const c = xml[pos];

    if (c === SLASH) {
      // An end tag: its name, optional whitespace, `>`.
      const start = ++pos;
      // Nearly always `</name>` of the element open: compared where it stands, then done.
      if (depth > 0) {
        const os = starts[depth - 1];
        const len = ends[depth - 1] - os;
        if (xml[start + len] === GT && sameBytes(xml, os, os + len, start, start + len)) {
          pos = start + len + 1;
          depth--;
          sink.close(locals[depth]);
          continue;
        }
      }
      while (!endsName(xml[pos])) pos++;
      const end = pos;
      while (isSpace(xml[pos])) pos++;
      if (xml[pos] !== GT) throw new XmlError('malformed', `a broken end tag </${nameAt(start, end)}`);
      pos++;
      if (depth === 0 || !sameBytes(xml, starts[depth - 1], ends[depth - 1], start, end))
        throw new XmlError('malformed', `an end tag </${nameAt(start, end)}> that closes nothing open`);
      depth--;
      sink.close(locals[depth]);
      continue;
    }

    if (c === BANG) {
      if (bytesAre(xml, pos, '!--')) {
        const end = indexOfSeq(xml, '-->', pos + 3);
        if (end === -1) throw new XmlError('malformed', 'an unclosed comment');
        pos = end + 3;
      } else if (bytesAre(xml, pos, '![CDATA[')) {
        const end = indexOfSeq(xml, ']]>', pos + 8);
        if (end === -1 || depth === 0) throw new XmlError('malformed', 'a broken CDATA section');
        if (sink.wantText) sink.text(textOf(xml, pos + 8, end));
        pos = end + 3;
      } else {
        // <!DOCTYPE …> and anything else: no SpreadsheetML part has one.
        throw new XmlError('malformed', 'a document type declaration, which no workbook part has');
      }
      continue;
    }

    if (c === QUEST) {
      const end = indexOfSeq(xml, '?>', pos + 1);
      if (end === -1) throw new XmlError('malformed', 'an unclosed processing instruction');
      pos = end + 2;
      continue;
    }

    // A start tag.
    if (!startsName(c)) throw new XmlError('malformed', 'a "<" that starts no tag');
    const start = pos;
    let colon = -1;
    for (let ch = c; !endsName(ch); ch = xml[++pos]) if (ch === COLON) colon = pos;
    const qEnd = pos;
    const name = names.of(xml, colon === -1 ? start : colon + 1, qEnd);
    attrs.reset(xml);
    let empty = false;
    for (;;) {
      let ws = false;
      while (isSpace(xml[pos])) {
        pos++;
        ws = true;
      }
      const d = xml[pos];
      if (d === GT) {
        pos++;
        break;
      }
      if (d === SLASH) {
        if (xml[pos + 1] !== GT) throw new XmlError('malformed', `a broken tag <${nameAt(start, qEnd)}`);
        pos += 2;
        empty = true;
        break;
      }
      if (!ws || !startsName(d)) throw new XmlError('malformed', `a broken tag <${nameAt(start, qEnd)}`);
      const an = pos;
      let acolon = -1;
      for (let ch = d; !endsName(ch); ch = xml[++pos]) if (ch === COLON) acolon = pos;
      const localStart = acolon === -1 ? an : acolon + 1;
      const nameEnd = pos;
      while (isSpace(xml[pos])) pos++;
      if (xml[pos] !== EQ) throw new XmlError('malformed', `an attribute ${nameAt(an, nameEnd)} without a value`);
      pos++;
      while (isSpace(xml[pos])) pos++;
      const q = xml[pos];
      if (q !== QUOT && q !== APOS) throw new XmlError('malformed', `an unquoted attribute ${nameAt(an, nameEnd)}`);
      // One pass to the closing quote, refusing a '<' on the way: each byte of the value is read once.
      let vEnd = pos + 1;
      for (let ch = xml[vEnd]; ch !== q; ch = xml[++vEnd]) {
        if (ch === LT) throw new XmlError('malformed', `a "<" inside attribute ${nameAt(an, nameEnd)}`);
        if (ch === undefined) throw new XmlError('malformed', `an unclosed attribute ${nameAt(an, nameEnd)}`);
      }
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
      if (depth >= options.maxDepth)
        throw new XmlError('too-deep', `elements nested more than ${options.maxDepth} deep`);
      if (depth >= starts.length) {
        const s2 = new Int32Array(starts.length * 2);
        const e2 = new Int32Array(starts.length * 2);
        s2.set(starts);
        e2.set(ends);
        starts = s2;
        ends = e2;
      }
      locals[depth] = name;
      starts[depth] = start;
      ends[depth++] = qEnd;
    }
  }
  if (!rootSeen) throw new XmlError('malformed', 'no root element');
  if (depth !== 0)
    throw new XmlError('malformed', `the part ends inside <${nameAt(starts[depth - 1], ends[depth - 1])}>`);
}

/**
 * The next '<' at or after `from`, or the part's length. Between two tags there are usually a few
 * bytes or none: a plain loop finds those faster than `indexOf`'s call; a long text goes to it.
 */
function nextLt(xml: Uint8Array, from: number): number {
  const stop = Math.min(xml.length, from + 32);
  for (let i = from; i < stop; i++) if (xml[i] === LT) return i;
  if (stop === xml.length) return stop;
  const i = xml.indexOf(LT, stop);
  return i === -1 ? xml.length : i;
}

/** True when bytes [a, aEnd) equal bytes [b, bEnd). */
function sameBytes(x: Uint8Array, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (let i = 0; i < aEnd - a; i++) if (x[a + i] !== x[b + i]) return false;
  return true;
}
