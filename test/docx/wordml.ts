/**
 * Writes .docx files the way Word writes them, for the tests: WordprocessingML by hand, so each
 * table has exactly the merges Word would give it (`w:gridSpan` across, `w:vMerge` restart /
 * continue down), runs split where Word splits them (proofing marks, bookmarks, rsids), list items
 * numbered through numbering.xml, tracked changes as `w:ins` / `w:del`, page and section breaks.
 */
import { strToU8, zipSync } from 'fflate';

export interface Run {
  text: string;
  italic?: boolean;
  bold?: boolean;
  /** Tracked change around the run. */
  change?: 'ins' | 'del';
}

export interface Para {
  kind: 'p';
  runs: Run[];
  /** A numbered or bulleted list item: numId 1 is a `-` bullet list, 2 a `%1.%2.` multilevel list. */
  list?: { numId: number; ilvl: number };
  pageBreakBefore?: boolean;
  center?: boolean;
  /** Ends a section (`w:sectPr` in the paragraph's properties); `landscape` for the next one. */
  sectionEnd?: 'portrait' | 'landscape';
}

export interface Cell {
  paras: (Para | Table)[];
  span?: number;
  vMerge?: 'restart' | 'continue';
}

export interface Table {
  kind: 'table';
  widths: number[];
  rows: Cell[][];
  /** Rows marked to repeat as the header on each page (`w:tblHeader`). */
  headerRows?: number;
}

export type Block = Para | Table;

export const p = (text: string, extra: Partial<Para> = {}): Para => ({
  kind: 'p',
  runs: text ? [{ text }] : [],
  ...extra,
});

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

let rsid = 0x00a1b2c3;
const nextRsid = () => (rsid++).toString(16).toUpperCase().padStart(8, '0');

function runXml(r: Run, id: { n: number }): string {
  const rPr = `<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>${r.bold ? '<w:b/>' : ''}${r.italic ? '<w:i/>' : ''}<w:sz w:val="26"/></w:rPr>`;
  // Word splits long runs at proofing boundaries: do the same at the first space.
  const parts =
    r.text.length > 12 && r.text.indexOf(' ', 4) > 0
      ? [r.text.slice(0, r.text.indexOf(' ', 4)), r.text.slice(r.text.indexOf(' ', 4))]
      : [r.text];
  const tag = r.change === 'del' ? 'w:delText' : 'w:t';
  const runs = parts
    .map(
      (t, i) =>
        `${i > 0 ? '<w:proofErr w:type="spellStart"/>' : ''}<w:r w:rsidRPr="${nextRsid()}">${rPr}<${tag} xml:space="preserve">${esc(t)}</${tag}></w:r>${i > 0 ? '<w:proofErr w:type="spellEnd"/>' : ''}`,
    )
    .join('');
  if (!r.change) return runs;
  const tagName = r.change === 'ins' ? 'w:ins' : 'w:del';
  return `<${tagName} w:id="${id.n++}" w:author="Phòng Nội vụ" w:date="2023-12-20T09:00:00Z">${runs}</${tagName}>`;
}

function sectPr(orientation: 'portrait' | 'landscape'): string {
  const [w, h] = orientation === 'landscape' ? [16838, 11906] : [11906, 16838];
  return `<w:sectPr><w:pgSz w:w="${w}" w:h="${h}"${orientation === 'landscape' ? ' w:orient="landscape"' : ''}/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>`;
}

function paraXml(para: Para, id: { n: number }): string {
  const pPr = [
    para.pageBreakBefore ? '<w:pageBreakBefore/>' : '',
    para.list ? `<w:numPr><w:ilvl w:val="${para.list.ilvl}"/><w:numId w:val="${para.list.numId}"/></w:numPr>` : '',
    para.center ? '<w:jc w:val="center"/>' : '',
    para.sectionEnd ? sectPr(para.sectionEnd) : '',
  ].join('');
  const bookmark =
    id.n % 3 === 0 ? `<w:bookmarkStart w:id="${id.n}" w:name="_Toc${id.n}"/><w:bookmarkEnd w:id="${id.n++}"/>` : '';
  return `<w:p w:rsidR="${nextRsid()}" w:rsidRDefault="${nextRsid()}">${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${bookmark}${para.runs.map((r) => runXml(r, id)).join('')}</w:p>`;
}

function tableXml(t: Table, id: { n: number }): string {
  const grid = t.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  const rows = t.rows
    .map((cells, ri) => {
      let col = 0;
      const tcs = cells
        .map((c) => {
          const span = c.span ?? 1;
          const width = t.widths.slice(col, col + span).reduce((a, b) => a + b, 0);
          col += span;
          const tcPr = `<w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${c.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : c.vMerge === 'continue' ? '<w:vMerge/>' : ''}<w:vAlign w:val="center"/></w:tcPr>`;
          // Word writes at least one paragraph in every cell, an empty one in a merged-over cell.
          const content = c.paras.length
            ? c.paras.map((x) => (x.kind === 'p' ? paraXml(x, id) : tableXml(x, id) + paraXml(p(''), id))).join('')
            : paraXml(p(''), id);
          return `<w:tc>${tcPr}${content}</w:tc>`;
        })
        .join('');
      const trPr = ri < (t.headerRows ?? 0) ? '<w:trPr><w:tblHeader/></w:trPr>' : '';
      return `<w:tr w:rsidR="${nextRsid()}" w:rsidTr="${nextRsid()}">${trPr}${tcs}</w:tr>`;
    })
    .join('');
  const borders =
    '<w:tblBorders>' +
    ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
      .map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`)
      .join('') +
    '</w:tblBorders>';
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>${borders}<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`;
}

const NS =
  'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" mc:Ignorable="w14"';

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="26"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>`;

/** The package's parts, as Word names them; `documentXml` may be given as is. */
export function docxPackage(blocks: Block[], opts: { documentXml?: string } = {}): Uint8Array {
  const id = { n: 1 };
  const body = blocks.map((b) => (b.kind === 'p' ? paraXml(b, id) : tableXml(b, id))).join('');
  const documentXml =
    opts.documentXml ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document ${NS}><w:body>${body}${sectPr('landscape')}</w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(documentXml),
    'word/_rels/document.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>',
    ),
    'word/numbering.xml': strToU8(NUMBERING),
    'word/styles.xml': strToU8(STYLES),
  });
}
