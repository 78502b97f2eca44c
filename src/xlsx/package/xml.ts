/**
 * Just enough XML for package parts (relationships, the workbook's sheet list, a sheet's head and
 * tail): start tags and their attributes. Cell data is left to exceljs's parser.
 */

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    switch (e) {
      case 'amp': return '&';
      case 'lt': return '<';
      case 'gt': return '>';
      case 'quot': return '"';
      case 'apos': return "'";
      default: {
        const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\uFFFD';
      }
    }
  });
}

/** Attributes of one start tag; namespace prefixes are dropped (`r:id` → `id`). */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag)) !== null) {
    const name = m[1].includes(':') ? m[1].slice(m[1].indexOf(':') + 1) : m[1];
    // Names that differ only by prefix keep the first, except that `r:id` (a relationship) wins.
    if (!(name in out) || m[1].startsWith('r:')) out[name] = decodeXml(m[3] ?? m[4] ?? '');
  }
  return out;
}

export function startTags(xml: string, localName: string): Record<string, string>[] {
  const re = new RegExp(`<(?:[\\w.-]+:)?${localName}\\b[^>]*>`, 'g');
  return (xml.match(re) ?? []).map(attributes);
}
