/**
 * Mutants of real workbooks for fuzzing the reader, at two levels:
 * - bytes: the zip itself flipped, cut, spliced (what a damaged download or disk gives);
 * - XML: one part unpacked, changed where a hostile or broken writer would change it (structures
 *   moved, numbers made huge, tags cut, nesting deepened, text entities broken, hostile snippets
 *   inserted at tag boundaries), and packed again — so the mutant passes the zip and reaches the
 *   parsers.
 * Everything is drawn from a seeded generator, so a failing mutant is found again from its seed.
 */
import { unzipSync, zipSync } from 'fflate';

/** mulberry32: small, fast, good enough to pick mutations. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (r: Rand, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)];

/** Snippets a hostile or broken writer puts into a part; each one of the classes the reader must survive. */
const SNIPPETS = [
  '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
  '<mergeCell ref="A1:B2"/><mergeCell ref="A1:C3"/>',
  '<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
  '<cols><col min="1" max="1000000000" width="9"/></cols>',
  '<row r="2000000000"><c r="A2000000000"><v>1</v></c></row>',
  '<row r="100000000"><c><v>1</v></c></row>',
  '<row><c><v>1</v></c><c t="s"><v>99999</v></c><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c></row>',
  '<c r="ZZZZ1"><v>1</v></c>',
  '<c r="A0"><v>1</v></c>',
  `<c r="A1" t="d"${' '.repeat(3000)}><v>2024-12-31</v></c>`,
  '<c r="B1" t="d"><v>not a date</v></c>',
  '<c r="C1"><v>1e400</v></c>',
  '<c r="C1"><v>-</v></c>',
  '<c r="D1" t="inlineStr"><is><r><t>rich </t></r><r><t>text</t></r><rPh><t>ph</t></rPh></is></c>',
  '<c r="E1" t="str"><f>A1</f><v>&amp;&lt;x&gt;_x000D_</v></c>',
  `<c r="F1" t="inlineStr"><is><t>${'Dài '.repeat(2000)}</t></is></c>`,
  '<definedNames><definedName name="x">\'Phụ lục 1\'!$A$1:$XFD$1048576</definedName></definedNames>',
  '<![CDATA[<row>]]>',
  '<!-- <row r="1"> -->',
  '<?pi data?>',
  '&bogus;',
  '&#xFFFFFFF;',
  '<!DOCTYPE x [<!ENTITY a "b">]>',
  '<x:row xmlns:x="urn:x"/>',
  `<a ${'b'.repeat(5000)}="1"/>`,
  `<sheet name="${'Tên rất dài '.repeat(5)}" sheetId="9" r:id="rId1"/>`,
  `<Relationship Id="rId9" Type="${'x'.repeat(5000)}" Target="worksheets/sheet1.xml"/>`,
];

function mutateXml(r: Rand, xml: string): string {
  const n = xml.length;
  const at = int(r, n + 1);
  // A tag boundary near `at`: where structure, not text, is changed.
  const boundary = (() => {
    const i = xml.indexOf('<', at);
    return i === -1 ? n : i;
  })();
  switch (int(r, 9)) {
    case 0: // cut
      return xml.slice(0, at);
    case 1: {
      // delete a range
      const len = 1 + int(r, 200);
      return xml.slice(0, at) + xml.slice(at + len);
    }
    case 2: {
      // duplicate a range (repeated rows, cells, merges)
      const len = 1 + int(r, 2000);
      return xml.slice(0, at) + xml.slice(at, at + len).repeat(1 + int(r, 5)) + xml.slice(at);
    }
    case 3: // a hostile snippet at a tag boundary
      return xml.slice(0, boundary) + pick(r, SNIPPETS) + xml.slice(boundary);
    case 4: {
      // a number made huge, negative or fractional
      const m = /\d+/g;
      m.lastIndex = at;
      const hit = m.exec(xml);
      if (!hit) return xml;
      return (
        xml.slice(0, hit.index) +
        pick(r, ['2000000000', '1048577', '16385', '-1', '0', '1.5', '99999999999999999999', 'NaN']) +
        xml.slice(hit.index + hit[0].length)
      );
    }
    case 5: {
      // deep nesting
      const depth = pick(r, [50, 200, 5000]);
      return xml.slice(0, boundary) + '<x>'.repeat(depth) + '</x>'.repeat(depth) + xml.slice(boundary);
    }
    case 6: {
      // a tag moved elsewhere (mergeCells before sheetData, rows out of order)
      const s = xml.indexOf('<', at);
      const e = s === -1 ? -1 : xml.indexOf('>', s);
      if (e === -1) return xml;
      const tag = xml.slice(s, e + 1);
      const rest = xml.slice(0, s) + xml.slice(e + 1);
      const to = int(r, rest.length + 1);
      return rest.slice(0, to) + tag + rest.slice(to);
    }
    case 7: // a character XML forbids, or a stray '<' or '&'
      return xml.slice(0, at) + pick(r, ['<', '&', '>', '"', '\u0000', '\uFFFF', '\uD800']) + xml.slice(at);
    default: {
      // an attribute padded with whitespace (scanners that backtrack choke here)
      const s = xml.indexOf(' ', boundary);
      if (s === -1) return xml;
      return xml.slice(0, s) + ' '.repeat(pick(r, [1000, 100_000])) + xml.slice(s);
    }
  }
}

function mutateBytes(r: Rand, bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes);
  switch (int(r, 4)) {
    case 0: // flip bytes
      for (let k = 1 + int(r, 20); k > 0; k--) out[int(r, out.length)] ^= 1 + int(r, 255);
      return out;
    case 1: // cut
      return out.slice(0, int(r, out.length));
    case 2: {
      // splice a copy of one range over another
      const len = 1 + int(r, 512);
      const from = int(r, out.length);
      out.set(
        bytes.subarray(from, from + len).subarray(0, out.length - int(r, out.length)),
        int(r, Math.max(1, out.length - len)),
      );
      return out;
    }
    default: {
      // zero a range (a sector lost)
      const from = int(r, out.length);
      out.fill(0, from, from + 1 + int(r, 4096));
      return out;
    }
  }
}

/** One mutant of `seed` (an .xlsx), drawn from `r`; returns the bytes and what was done. */
export function mutant(r: Rand, seed: Uint8Array): { bytes: Uint8Array; how: string } {
  if (r() < 0.3) return { bytes: mutateBytes(r, seed), how: 'bytes' };
  const files = unzipSync(seed);
  const names = Object.keys(files).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
  // Sheets and shared strings most often: that is where the cells are.
  const sheets = names.filter((n) => /sheet|sharedStrings/.test(n));
  const name = r() < 0.7 && sheets.length ? pick(r, sheets) : pick(r, names);
  let xml = new TextDecoder().decode(files[name]);
  for (let k = 1 + int(r, 3); k > 0; k--) xml = mutateXml(r, xml);
  files[name] = new TextEncoder().encode(xml);
  return { bytes: zipSync(files, { level: 1 }), how: `xml:${name}` };
}
