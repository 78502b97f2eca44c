/**
 * The tokenizer reads a part's UTF-8 bytes: texts and attribute values must come out exactly as
 * decoding the whole part first would give them, byte-order marks, bad bytes and all.
 */
import { type Attributes, tokenize } from '../../src/xlsx/read/xmlTokenizer';

function events(bytes: Uint8Array, attr = 'v'): string[] {
  const out: string[] = [];
  tokenize(
    bytes,
    {
      wantText: true,
      open: (name: string, a: Attributes) =>
        out.push(`<${name}${a.get(attr) !== undefined ? ` ${attr}=${a.get(attr)}` : ''}>`),
      close: (name: string) => out.push(`</${name}>`),
      text: (t: string) => out.push(t),
    },
    { maxDepth: 16 },
  );
  return out;
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

describe('the byte tokenizer', () => {
  it('gives Vietnamese text, entities and prefixed names as the text has them', () => {
    expect(events(utf8('<x:r><x:t v="Đơn vị &amp; &#7879;">Phòng Nội vụ &lt;1&gt;</x:t><c v="ngắn"/></x:r>'))).toEqual([
      '<r>',
      '<t v=Đơn vị & ệ>',
      'Phòng Nội vụ <1>',
      '</t>',
      '<c v=ngắn>',
      '</c>',
      '</r>',
    ]);
  });

  it('drops the byte-order marks that open the part, keeps one inside a text', () => {
    expect(events(concat([0xef, 0xbb, 0xbf], '<r>a\ufeffb</r>'))).toEqual(['<r>', 'a\ufeffb', '</r>']);
    expect(events(concat([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], '<r/>'))).toEqual(['<r>', '</r>']);
  });

  it('reads bad UTF-8 as decoding the whole part does (U+FFFD)', () => {
    const bytes = concat(
      '<r><t>a',
      [0xe1, 0xbb],
      '</t><t>',
      [0xff, 0x80, 0xc3],
      'x</t><t v="',
      [0xf0, 0x9f],
      '"/></r>',
    );
    const whole = new TextDecoder().decode(bytes);
    expect(events(bytes)).toEqual([
      '<r>',
      '<t>',
      whole.slice(whole.indexOf('<t>') + 3, whole.indexOf('</t>')),
      '</t>',
      '<t>',
      '\ufffd\ufffd\ufffdx',
      '</t>',
      '<t v=\ufffd>',
      '</t>',
      '</r>',
    ]);
  });

  it('matches end tags by their bytes, non-ASCII names too', () => {
    expect(events(utf8('<bảng><ô>1</ô></bảng>'))).toEqual(['<bảng>', '<ô>', '1', '</ô>', '</bảng>']);
    expect(() => events(utf8('<bảng><ô>1</o></bảng>'))).toThrow('an end tag </o> that closes nothing open');
  });

  it('refuses a part cut short inside a tag or a name, without reading past its end', () => {
    for (const cut of ['<r><c', '<r><c r="A1', '<r><c r', '<r></r', '<r><!-- x', '<r><![CDATA[x', '<r><?pi'])
      expect(() => events(utf8(cut))).toThrow();
  });

  it('gives each text its own words when thousands of texts repeat and share the decoded-text table', () => {
    // More distinct texts than the table has slots, each repeated far apart, some with entities and
    // accents, some identical in length and first bytes: every one must come back as written.
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    const words = ['Phòng Nội vụ', 'Quý I/2024', 'a &amp; b', 'Đơn vị', 'x', '&#7879;', 'Sở Tư pháp'];
    const texts: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const base = words[rand(words.length)];
      texts.push(rand(3) === 0 ? base : `${base} ${rand(9000)}`);
    }
    const xml = `<r>${texts.map((t) => `<t>${t}</t>`).join('')}</r>`;
    const decode = (t: string) => t.replace('&amp;', '&').replace('&#7879;', 'ệ');
    const got = events(utf8(xml)).filter((e) => !e.startsWith('<'));
    expect(got).toEqual(texts.map(decode));
  });
});
