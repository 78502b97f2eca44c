/**
 * SpreadsheetML written with a namespace prefix (`<x:worksheet>`, as the .NET Open XML SDK and the
 * web portals built on it write it) is rewritten without the prefix: exceljs matches bare element
 * names and would otherwise fail or, worse, see empty sheets.
 */

const MAIN_NAMESPACES = ['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main'];

/** The root element comes first, within the first few hundred bytes of a part. */
const HEAD_CHARS = 64 * 1024;

/** The prefix the part's root element uses for the SpreadsheetML namespace, if it uses one. */
function mainPrefix(xml: string): string | null {
  const root = /<([A-Za-z_][\w.-]*):(workbook|worksheet|sst|styleSheet)\b[^>]*>/.exec(xml.slice(0, HEAD_CHARS));
  if (!root) return null;
  const prefix = root[1];
  const ns = new RegExp(`xmlns:${prefix.replace(/[.-]/g, '\\$&')}\\s*=\\s*["']([^"']*)["']`).exec(root[0]);
  return ns && MAIN_NAMESPACES.includes(ns[1]) ? prefix : null;
}

/** The part with its SpreadsheetML elements moved to the default namespace; as it was when unprefixed. */
export function unprefixed(xml: string): string {
  const prefix = mainPrefix(xml);
  if (prefix === null) return xml;
  const p = prefix.replace(/[.-]/g, '\\$&');
  return xml.replace(new RegExp(`<(/?)${p}:`, 'g'), '<$1').replace(new RegExp(`xmlns:${p}(\\s*=)`), 'xmlns$1');
}
