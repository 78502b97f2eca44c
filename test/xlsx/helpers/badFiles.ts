/**
 * Builders for files that are not readable workbooks, made in code (not committed binaries) so a
 * reader can see exactly what each one is.
 */
import JSZip from 'jszip';

const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;

/**
 * A minimal OLE compound file (version 3, 512-byte sectors) whose directory lists `streams`, all
 * empty. Enough for anything that tells compound files apart by their stream names, as Office's
 * own sniffing does: `EncryptionInfo` + `EncryptedPackage` is a password-protected .xlsx,
 * `Workbook` a BIFF8 .xls, `WordDocument` a .doc.
 */
export function compoundFile(streams: string[]): Uint8Array {
  const sector = 512;
  const out = new Uint8Array(sector * 3);
  const view = new DataView(out.buffer);
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => (out[i] = b));
  view.setUint16(0x18, 0x003e, true); // minor version
  view.setUint16(0x1a, 0x0003, true); // major version 3
  view.setUint16(0x1c, 0xfffe, true); // little-endian
  view.setUint16(0x1e, 9, true); // 2^9 = 512-byte sectors
  view.setUint16(0x20, 6, true); // 64-byte mini sectors
  view.setUint32(0x2c, 1, true); // one FAT sector
  view.setUint32(0x30, 1, true); // directory starts at sector 1
  view.setUint32(0x38, 4096, true); // mini stream cutoff
  view.setUint32(0x3c, ENDOFCHAIN, true); // no mini FAT
  view.setUint32(0x44, ENDOFCHAIN, true); // no DIFAT sectors
  view.setUint32(0x4c, 0, true); // the FAT is sector 0
  for (let i = 1; i < 109; i++) view.setUint32(0x4c + i * 4, FREESECT, true);

  const fat = sector; // sector 0 starts after the header
  for (let i = 0; i < 128; i++) view.setUint32(fat + i * 4, FREESECT, true);
  view.setUint32(fat, FATSECT, true);
  view.setUint32(fat + 4, ENDOFCHAIN, true);

  const dir = sector * 2;
  const entries = ['Root Entry', ...streams].slice(0, 4);
  entries.forEach((name, i) => {
    const at = dir + i * 128;
    for (let k = 0; k < name.length; k++) view.setUint16(at + k * 2, name.charCodeAt(k), true);
    view.setUint16(at + 0x40, (name.length + 1) * 2, true);
    out[at + 0x42] = i === 0 ? 5 : 2; // root storage / stream
    out[at + 0x43] = 1; // black
    view.setUint32(at + 0x44, FREESECT, true); // left sibling
    view.setUint32(at + 0x48, i > 0 && i + 1 < entries.length ? i + 1 : FREESECT, true); // right sibling
    view.setUint32(at + 0x4c, i === 0 && entries.length > 1 ? 1 : FREESECT, true); // child
    view.setUint32(at + 0x74, ENDOFCHAIN, true); // start sector: empty stream
  });
  return out;
}

export const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/></Types>';

function rootRels(target: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/>` +
    '</Relationships>'
  );
}

export async function zipOf(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

export function wordDocument(): Promise<Uint8Array> {
  return zipOf({
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': rootRels('word/document.xml'),
    'word/document.xml':
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Kế hoạch</w:t></w:r></w:p></w:body></w:document>',
  });
}

export function powerPointDocument(): Promise<Uint8Array> {
  return zipOf({
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': rootRels('ppt/presentation.xml'),
    'ppt/presentation.xml': '<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>',
  });
}

/** A deterministic stream of bytes that is no known format (starts with neither PK nor D0 CF). */
export function randomBytes(n: number, seed = 12345): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  out[0] = 0x13;
  return out;
}

/**
 * A one-sheet workbook written by hand, so that tests control exactly what exceljs would never
 * write itself: values in covered cells, odd dimensions, chartsheets, sheet order.
 */
export interface RawSheet {
  name: string;
  xml: string;
  state?: 'visible' | 'hidden' | 'veryHidden';
}

export function rawWorkbook(
  sheets: RawSheet[],
  opts: { chartsheetAfter?: number; date1904?: boolean; sharedStrings?: string[]; dateStyle?: boolean } = {},
): Promise<Uint8Array> {
  const files: Record<string, string> = {};
  const ct = [
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
    '<Default Extension="xml" ContentType="application/xml"/>',
  ];
  ct.push(
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
  );
  const rels: string[] = [];
  const sheetTags: string[] = [];
  let rid = 1;
  sheets.forEach((s, i) => {
    const n = i + 1;
    files[`xl/worksheets/sheet${n}.xml`] =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      s.xml +
      '</worksheet>';
    ct.push(
      `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    );
    rels.push(
      `<Relationship Id="rId${rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${n}.xml"/>`,
    );
    sheetTags.push(`<sheet name="${s.name}" sheetId="${n}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${rid}"/>`);
    rid++;
    if (opts.chartsheetAfter === i) {
      files['xl/chartsheets/sheet1.xml'] =
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>';
      ct.push(
        '<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/>',
      );
      rels.push(
        `<Relationship Id="rId${rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/>`,
      );
      sheetTags.push(`<sheet name="Biểu đồ" sheetId="${100 + i}" r:id="rId${rid}"/>`);
      rid++;
    }
  });
  if (opts.sharedStrings) {
    files['xl/sharedStrings.xml'] =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      opts.sharedStrings.map((t) => `<si><t xml:space="preserve">${t}</t></si>`).join('') +
      '</sst>';
    ct.push(
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>',
    );
    rels.push(
      `<Relationship Id="rId${rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`,
    );
    rid++;
  }
  if (opts.dateStyle) {
    // Style 1 is the built-in date format 14, as Excel writes a date typed into a cell.
    files['xl/styles.xml'] =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>' +
      '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
      '</styleSheet>';
    ct.push(
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
    );
    rels.push(
      `<Relationship Id="rId${rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`,
    );
    rid++;
  }
  files['[Content_Types].xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${ct.join('')}</Types>`;
  files['_rels/.rels'] = rootRels('xl/workbook.xml');
  files['xl/workbook.xml'] =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<workbookPr${opts.date1904 ? ' date1904="1"' : ''}/><sheets>${sheetTags.join('')}</sheets></workbook>`;
  files['xl/_rels/workbook.xml.rels'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
  return zipOf(files);
}

/**
 * A workbook whose SpreadsheetML elements carry an `x:` prefix, as the .NET Open XML SDK writes
 * them, with absolute relationship targets.
 */
export function prefixedWorkbook(): Promise<Uint8Array> {
  const M = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const P = 'http://schemas.openxmlformats.org/package/2006/relationships';
  return zipOf({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    '_rels/.rels': `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="${P}"><Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml" Id="R1"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="utf-8"?><x:workbook xmlns:r="${R}" xmlns:x="${M}"><x:sheets><x:sheet name="Phụ lục 1" sheetId="1" r:id="R2"/></x:sheets></x:workbook>`,
    'xl/_rels/workbook.xml.rels':
      `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="${P}"><Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml" Id="R2"/>` +
      '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/sharedStrings.xml" Id="R3"/></Relationships>',
    'xl/sharedStrings.xml': `<?xml version="1.0" encoding="utf-8"?><x:sst xmlns:x="${M}"><x:si><x:t>STT</x:t></x:si><x:si><x:t>Nhiệm vụ</x:t></x:si></x:sst>`,
    'xl/worksheets/sheet1.xml':
      `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${M}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c></x:row>` +
      '<x:row r="2"><x:c r="A2"><x:v>1</x:v></x:c><x:c r="B2" t="s"><x:v>1</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="B1:B2"/></x:mergeCells></x:worksheet>',
  });
}

/**
 * A zip whose central directory claims each part unpacks to `claimed` bytes: what a zip bomb looks
 * like to a reader that checks sizes before unpacking (the data itself is tiny).
 */
export async function zipClaimingSize(
  files: Record<string, string>,
  claimed: number,
  only?: string,
): Promise<Uint8Array> {
  const bytes = await zipOf(files);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i + 46 <= bytes.length; i++) {
    // Central directory file header: uncompressed size at offset 24, name length at 28, name at 46.
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const name = new TextDecoder().decode(bytes.subarray(i + 46, i + 46 + view.getUint16(i + 28, true)));
    if (only === undefined || name === only) view.setUint32(i + 24, claimed, true);
  }
  return bytes;
}

/**
 * A readable workbook whose parts are not where Excel puts them (`xl/book.xml`, `xl/sheets/a.xml`,
 * `xl/worksheets/Data.xml`, `xl/strings.xml`): other writers may name parts as they like, and only
 * the relationships say where they are.
 */
export function oddlyNamedWorkbook(): Promise<Uint8Array> {
  const M = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const P = 'http://schemas.openxmlformats.org/package/2006/relationships';
  const rel = (id: string, type: string, target: string, mode = '') =>
    `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"${mode ? ` TargetMode="${mode}"` : ''}/>`;
  return zipOf({
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${P}">${rel('r0', 'officeDocument', 'xl/book.xml')}</Relationships>`,
    'xl/book.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${M}" xmlns:r="${R}"><sheets><sheet name="Phụ lục 1" sheetId="1" r:id="a1"/><sheet name="Phụ lục 2" sheetId="2" r:id="a2"/></sheets></workbook>`,
    'xl/_rels/book.xml.rels':
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${P}">` +
      rel('a1', 'worksheet', 'sheets/a.xml') +
      rel('a2', 'worksheet', '/xl/worksheets/Data.xml') +
      rel('a3', 'sharedStrings', 'strings.xml') +
      '</Relationships>',
    'xl/strings.xml': `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${M}"><si><t>STT</t></si><si><t>Cổng dịch vụ công</t></si></sst>`,
    'xl/sheets/a.xml':
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${M}" xmlns:r="${R}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row></sheetData>` +
      '<hyperlinks><hyperlink ref="B1" r:id="h1"/></hyperlinks></worksheet>',
    'xl/sheets/_rels/a.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${P}">${rel('h1', 'hyperlink', 'https://dichvucong.gov.vn', 'External')}</Relationships>`,
    'xl/worksheets/Data.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${M}"><sheetData><row r="2"><c r="B2"><v>42</v></c></row></sheetData></worksheet>`,
  });
}
