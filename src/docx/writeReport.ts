/**
 * Lays the period report's model (core/periodReport) out as a Word document with the `docx`
 * package, in the format of Nghị định 30/2020/NĐ-CP (Phụ lục I): A4, margins top and bottom
 * 20 mm, left 30 mm, right 15 mm; Times New Roman, body 14 pt, tables 13 pt; the heading block
 * as a borderless two-column table; page numbers centred in the header from page 2; `Nơi nhận:`
 * beside the signature block. Runs in Node and the browser (no fs here).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { PeriodReportModel, ReportBlock, ReportTableColumn } from '../core/periodReport/model';

const FONT = 'Times New Roman';
/** Sizes in half-points, as WordprocessingML counts them. */
const BODY = 28;
const TABLE = 26;
/** Tables and the national name: 12 pt, as the decree allows for tables. */
const SMALL = 24;
const NOTE = 22;
/** A4 in twentieths of a point. */
const A4 = { width: 11906, height: 16838 };
/** Millimetres to twips, rounded up: the decree's margins are minimums (docx's own helper rounds down, to 19.99 mm). */
const mm = (n: number) => Math.ceil((n * 1440) / 25.4);
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) };
/** First-line indent of body paragraphs (1.27 cm) and the spacing between them (6 pt). */
const INDENT = mm(12.7);
const AFTER = 120;

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];
const ALIGN: Record<ReportTableColumn['align'], Align> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

interface Line {
  text: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  align?: Align;
  after?: number;
  before?: number;
}

function line(l: Line): Paragraph {
  return new Paragraph({
    alignment: l.align ?? AlignmentType.CENTER,
    spacing: { before: l.before ?? 0, after: l.after ?? 0 },
    children: [new TextRun({ text: l.text, bold: l.bold, italics: l.italic, size: l.size ?? BODY, font: FONT })],
  });
}

/** The short rule under the issuer and under the motto, as the decree draws it. */
function rule(length: number): Paragraph {
  return line({ text: '\u2500'.repeat(length), size: NOTE, after: 60 });
}

function cell(children: Paragraph[], widthPct: number, borders = true): TableCell {
  return new TableCell({
    children,
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    // Data cells centre their text; the heading and signature blocks line up at the top, as the decree lays them out.
    verticalAlign: borders ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    ...(borders
      ? {}
      : {
          borders: {
            top: { style: BorderStyle.NONE },
            bottom: { style: BorderStyle.NONE },
            left: { style: BorderStyle.NONE },
            right: { style: BorderStyle.NONE },
          },
        }),
  });
}

/** A borderless layout table; its row never breaks across pages (the signature must not). */
function plainTable(rows: TableCell[][]): Table {
  return new Table({
    rows: rows.map((children) => new TableRow({ children, cantSplit: true })),
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
    layout: TableLayoutType.FIXED,
  });
}

function headingBlock(m: PeriodReportModel): Table {
  const left = [
    ...(m.issuerParent ? [line({ text: m.issuerParent, size: TABLE })] : []),
    ...m.issuer.map((t) => line({ text: t, bold: true, size: TABLE })),
    rule(6),
    line({ text: m.number, size: TABLE }),
  ];
  const right = [
    line({ text: m.nation, bold: true, size: SMALL }),
    line({ text: m.motto, bold: true, size: BODY }),
    rule(14),
    line({ text: m.placeDate, italic: true, size: BODY }),
  ];
  return plainTable([[cell(left, 38, false), cell(right, 62, false)]]);
}

function dataTable(block: Extract<ReportBlock, { kind: 'table' }>): Table {
  const header = new TableRow({
    tableHeader: true,
    children: block.columns.map((c) => cell([line({ text: c.header, bold: true, size: SMALL })], c.width)),
  });
  const row = (values: string[], bold = false) =>
    new TableRow({
      cantSplit: true,
      children: block.columns.map((c, i) =>
        cell(
          (values[i] ?? '').split('\n').map((t) => line({ text: t, bold, size: SMALL, align: ALIGN[c.align] })),
          c.width,
        ),
      ),
    });
  const rows = [header, ...block.rows.map((r) => row(r)), ...(block.totalRow ? [row(block.totalRow, true)] : [])];
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE }, layout: TableLayoutType.FIXED });
}

function blockOf(b: ReportBlock): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [line({ text: b.text, bold: true, align: AlignmentType.LEFT, before: 120, after: AFTER })];
    case 'subheading':
      return [line({ text: b.text, bold: true, align: AlignmentType.LEFT, after: AFTER })];
    case 'placeholder':
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: INDENT },
          spacing: { after: AFTER },
          children: [new TextRun({ text: b.text, italics: true, size: BODY, font: FONT, highlight: 'yellow' })],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: INDENT },
          spacing: { after: AFTER },
          children: [new TextRun({ text: b.text, italics: b.italic, size: BODY, font: FONT })],
        }),
      ];
    case 'table':
      // A table needs a paragraph after it, or the next table would join it.
      return [dataTable(b), line({ text: '', after: AFTER })];
  }
}

function signatureBlock(m: PeriodReportModel): Table {
  const left = [
    line({ text: m.recipientsLabel, bold: true, italic: true, size: SMALL, align: AlignmentType.LEFT }),
    ...m.recipients.map((t) => line({ text: t, size: NOTE, align: AlignmentType.LEFT })),
  ];
  const [authority, ...rest] = m.signature;
  const name = rest.pop() ?? '';
  const right = [
    line({ text: authority, bold: true }),
    ...rest.slice(0, -1).map((t) => line({ text: t, bold: true })),
    line({ text: rest[rest.length - 1] ?? '', italic: true, size: SMALL, before: 120, after: 1200 }),
    line({ text: name, bold: true }),
  ];
  return plainTable([[cell(left, 45, false), cell(right, 55, false)]]);
}

/** Page numbers centred at the top; the first page of the document has none. */
function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: SMALL, font: FONT })],
      }),
    ],
  });
}

const PAGE = { size: A4, margin: MARGIN };

export function reportDocument(m: PeriodReportModel): Document {
  const main: ISectionOptions = {
    properties: { page: PAGE, titlePage: true },
    headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
    children: [
      headingBlock(m),
      line({ text: m.kind, bold: true, before: 360 }),
      line({ text: m.title, bold: true }),
      rule(10),
      line({ text: '', after: AFTER }),
      ...m.body.flatMap(blockOf),
      line({ text: '', after: AFTER }),
      signatureBlock(m),
    ],
  };
  const sections: ISectionOptions[] = [main];
  if (m.annex) {
    sections.push({
      properties: { page: PAGE },
      headers: { default: pageNumberHeader() },
      children: [
        line({ text: m.annex.label, bold: true }),
        line({ text: m.annex.title, bold: true }),
        line({ text: m.annex.subtitle, italic: true, after: 240 }),
        ...m.annex.body.flatMap(blockOf),
      ],
    });
  }
  return new Document({
    creator: 'cchc',
    title: m.title,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections,
  });
}

/** The report as .docx bytes. */
export async function writeReportDocx(m: PeriodReportModel): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(reportDocument(m)));
}
