/**
 * Charts for the exceljs writer. exceljs cannot write charts, so they are added to the zip it
 * produced: one DrawingML chart part per ChartSpec, a drawing per sheet that anchors them, and the
 * relationships and content types that tie them in. Clustered column charts only — what a progress
 * report needs (rate per unit or per target).
 *
 * The charts reference the sheet's cells and also carry a cache of their values, so they show
 * correctly before any recalculation (LibreOffice and Excel's protected view draw from the cache).
 */
import JSZip from 'jszip';
import type { CellValue, MergeArea } from '../core/grid';
import { columnLetter } from '../core/grid';
import type { ChartSpec, SheetLayout } from '../core/report/layout';
import { cellValueOf } from '../core/report/layout';

const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_DRAWING = `${NS_REL}/drawing`;
const REL_CHART = `${NS_REL}/chart`;
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

/** A readable palette in the Office order (blue, orange, grey, gold, light blue, green). */
const SERIES_COLOURS = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47'];
/** Chart size in cells: wide enough for a dozen categories, tall enough for readable bars. */
const CHART_COLS = 9;
const CHART_ROWS = 18;

export interface SheetCharts {
  /** The sheet's name as written (after safeSheetName). */
  sheetName: string;
  layout: SheetLayout;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function ref(sheet: string, a: MergeArea): string {
  return `'${sheet.replace(/'/g, "''")}'!$${columnLetter(a.startCol)}$${a.startRow}:$${columnLetter(a.endCol)}$${a.endRow}`;
}

/** Layout values in an area, row by row then column by column (a series is one row or one column). */
function valuesIn(layout: SheetLayout, a: MergeArea): CellValue[] {
  const out: CellValue[] = [];
  for (let r = a.startRow; r <= a.endRow; r++) {
    for (let c = a.startCol; c <= a.endCol; c++) {
      const v = layout.rows[r - 1]?.[c - 1];
      out.push(v === undefined ? null : cellValueOf(v));
    }
  }
  return out;
}

function strCache(values: CellValue[]): string {
  const pts = values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${esc(String(v))}</c:v></c:pt>`)).join('');
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: CellValue[], format = 'General'): string {
  const pts = values
    .map((v, i) => (typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : ''))
    .join('');
  return `<c:numCache><c:formatCode>${esc(format)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

export function chartXml(sheet: string, layout: SheetLayout, spec: ChartSpec): string {
  const cats = valuesIn(layout, spec.categories);
  const series = spec.series
    .map((s, i) => {
      const colour = SERIES_COLOURS[i % SERIES_COLOURS.length];
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${esc(ref(sheet, spec.categories))}</c:f>${strCache(cats)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${esc(ref(sheet, s.values))}</c:f>${numCache(valuesIn(layout, s.values), spec.valueFormat)}</c:numRef></c:val>` +
        '</c:ser>'
      );
    })
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_REL}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr><a:r><a:rPr lang="vi-VN" sz="1400" b="1"/><a:t>${esc(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="150"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>` +
    '<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    '<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>' +
    (spec.valueFormat
      ? `<c:numFmt formatCode="${esc(spec.valueFormat)}" sourceLinked="0"/>`
      : '<c:numFmt formatCode="General" sourceLinked="1"/>') +
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>' +
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}

function anchorXml(spec: ChartSpec, index: number, relId: string): string {
  const col = Math.max(0, spec.anchor.col - 1);
  const row = Math.max(0, spec.anchor.row - 1);
  return (
    '<xdr:twoCellAnchor editAs="oneCell">' +
    `<xdr:from><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>${col + CHART_COLS}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row + CHART_ROWS}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${esc(spec.title || `Chart ${index + 1}`)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${NS_REL}" r:id="${relId}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
  );
}

function relsXml(rels: { id: string; type: string; target: string }[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join('') +
    '</Relationships>'
  );
}

async function textOf(zip: JSZip, path: string): Promise<string | null> {
  const f = zip.file(path);
  return f ? f.async('string') : null;
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? m[1] : null;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Sheet name → its part path, from the workbook and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const wb = (await textOf(zip, 'xl/workbook.xml')) ?? '';
  const rels = (await textOf(zip, 'xl/_rels/workbook.xml.rels')) ?? '';
  const targets = new Map<string, string>();
  for (const tag of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, string>();
  for (const tag of wb.match(/<sheet\b[^>]*>/g) ?? []) {
    const name = attr(tag, 'name');
    const id = attr(tag, 'r:id');
    const path = id ? targets.get(id) : undefined;
    if (name !== null && path) out.set(unescapeXml(name), path);
  }
  return out;
}

// Elements that must follow <drawing> in a worksheet (CT_Worksheet's sequence).
const AFTER_DRAWING = [
  '<legacyDrawing',
  '<legacyDrawingHF',
  '<drawingHF',
  '<picture',
  '<oleObjects',
  '<controls',
  '<webPublishItems',
  '<tableParts',
  '<extLst',
  '</worksheet>',
];

function insertDrawing(sheetXml: string, relId: string): string {
  let at = -1;
  for (const tag of AFTER_DRAWING) {
    const i = sheetXml.indexOf(tag);
    if (i !== -1 && (at === -1 || i < at)) at = i;
  }
  if (at === -1) throw new Error('worksheet XML has no closing tag');
  return `${sheetXml.slice(0, at)}<drawing r:id="${relId}"/>${sheetXml.slice(at)}`;
}

/** Adds the charts of each sheet to a workbook exceljs wrote; returns the new bytes. */
export async function addCharts(bytes: Uint8Array, sheets: SheetCharts[]): Promise<Uint8Array> {
  const withCharts = sheets.filter((s) => (s.layout.charts ?? []).length > 0);
  if (withCharts.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const parts = await sheetParts(zip);
  const overrides: string[] = [];
  let chartNo = 0;
  let drawingNo = 0;
  while (zip.file(`xl/drawings/drawing${drawingNo + 1}.xml`)) drawingNo++;
  while (zip.file(`xl/charts/chart${chartNo + 1}.xml`)) chartNo++;

  for (const { sheetName, layout } of withCharts) {
    const sheetPath = parts.get(sheetName);
    if (!sheetPath) throw new Error(`no part for sheet "${sheetName}"`);
    const sheetXml = await textOf(zip, sheetPath);
    if (sheetXml === null) throw new Error(`missing part ${sheetPath}`);
    if (/<drawing\b/.test(sheetXml)) throw new Error(`sheet "${sheetName}" already has a drawing`);

    drawingNo++;
    const drawingPath = `xl/drawings/drawing${drawingNo}.xml`;
    const drawingRels: { id: string; type: string; target: string }[] = [];
    const anchors = (layout.charts ?? []).map((spec, i) => {
      chartNo++;
      const chartPath = `xl/charts/chart${chartNo}.xml`;
      zip.file(chartPath, chartXml(sheetName, layout, spec));
      overrides.push(`<Override PartName="/${chartPath}" ContentType="${CT_CHART}"/>`);
      const relId = `rId${i + 1}`;
      drawingRels.push({ id: relId, type: REL_CHART, target: `../charts/chart${chartNo}.xml` });
      return anchorXml(spec, i, relId);
    });
    zip.file(
      drawingPath,
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
        anchors.join('') +
        '</xdr:wsDr>',
    );
    zip.file(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, relsXml(drawingRels));
    overrides.push(`<Override PartName="/${drawingPath}" ContentType="${CT_DRAWING}"/>`);

    // The sheet's own relationships: keep what exceljs wrote, add the drawing with a fresh id.
    const slash = sheetPath.lastIndexOf('/');
    const sheetRelsPath = `${sheetPath.slice(0, slash)}/_rels/${sheetPath.slice(slash + 1)}.rels`;
    const existing = (await textOf(zip, sheetRelsPath)) ?? '';
    const rels = (existing.match(/<Relationship\b[^>]*>/g) ?? []).map((tag) => ({
      id: attr(tag, 'Id') ?? '',
      type: attr(tag, 'Type') ?? '',
      target: attr(tag, 'Target') ?? '',
    }));
    let n = rels.length + 1;
    while (rels.some((r) => r.id === `rId${n}`)) n++;
    const drawingRelId = `rId${n}`;
    rels.push({ id: drawingRelId, type: REL_DRAWING, target: `../drawings/drawing${drawingNo}.xml` });
    zip.file(sheetRelsPath, relsXml(rels));
    zip.file(sheetPath, insertDrawing(sheetXml, drawingRelId));
  }

  const ct = await textOf(zip, '[Content_Types].xml');
  if (ct === null) throw new Error('missing [Content_Types].xml');
  zip.file('[Content_Types].xml', ct.replace('</Types>', `${overrides.join('')}</Types>`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
