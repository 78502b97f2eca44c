/**
 * The main document part as a list of body blocks, paragraphs and tables, read in one streaming
 * pass: only what a Grid needs (text, list labels, cell spans and merges, page and section breaks).
 *
 * Tracked changes are read as accepted: insertions and moves-to kept, deletions, moves-from and
 * deleted rows dropped, and the old formatting a change records (`w:*PrChange`) ignored. Field
 * codes are skipped and their shown result kept. Text in drawings and text boxes is not read: it
 * sits outside the flow of the table.
 */
import { WorkbookReadError } from '../xlsx/readErrors';
import { type DocxLimits, tooLarge } from './limits';
import type { Numbering } from './numbering';
import { W_NS, parseXml, type XmlElement } from './xml';

const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

export interface Paragraph {
  kind: 'p';
  text: string;
  /** A page break comes before the text (`w:pageBreakBefore` or a `w:br w:type="page"` inside). */
  breakBefore: boolean;
  /** The paragraph ends a section (its properties hold a `w:sectPr`): the next one starts anew. */
  sectionEnd: boolean;
}

export type VMerge = 'none' | 'restart' | 'continue';

export interface WordCell {
  text: string;
  /** Grid columns the cell spans (`w:gridSpan`). */
  span: number;
  vMerge: VMerge;
  /** Legacy horizontal merge (`w:hMerge`): a continuing cell widens the one before it. */
  hMergeContinue: boolean;
}

export interface WordRow {
  /** Grid columns skipped before the first cell (`w:gridBefore`). */
  before: number;
  cells: WordCell[];
}

export interface WordTable {
  kind: 'table';
  rows: WordRow[];
}

export type Block = Paragraph | WordTable;

/** Word allows 63 columns; a larger span or skip is a damaged or hostile file, clamped here. */
const MAX_SPAN = 64;

/** Elements whose whole content is not text of the document as it reads now. */
const SKIPPED = new Set([
  'del',
  'moveFrom',
  'delText',
  'instrText',
  'drawing',
  'pict',
  'object',
  'fldData',
  'sdtPr',
  'sdtEndPr',
  'rPrChange',
  'pPrChange',
  'tblPrChange',
  'trPrChange',
  'tcPrChange',
  'sectPrChange',
  'tblGridChange',
  'tblPrExChange',
  'numberingChange',
]);

function flag(el: XmlElement): boolean {
  const v = el.attrs.val;
  return v === undefined || !(v === '0' || v === 'false' || v === 'off');
}

function clampInt(v: string | undefined, lo: number, hi: number, fallback: number): number {
  const n = v === undefined ? NaN : Number.parseInt(v, 10);
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : fallback;
}

interface ParaState {
  text: string;
  breakBefore: boolean;
  sectionEnd: boolean;
  numId: string | null;
  ilvl: number;
}

interface CellState {
  cell: WordCell;
  lines: string[];
}

interface RowState {
  row: WordRow;
  deleted: boolean;
}

interface TableState {
  rows: WordRow[];
  row: RowState | null;
  cell: CellState | null;
}

/** A nested table, read as text: one line per row, its cells' text separated by ` | `. */
function tableAsLines(rows: WordRow[]): string[] {
  const lines: string[] = [];
  for (const r of rows) {
    const cells = r.cells.map((c) => c.text.replace(/\n/g, ' ').trim()).filter((t) => t.length > 0);
    if (cells.length > 0) lines.push(cells.join(' | '));
  }
  return lines;
}

export function readBody(xml: string, numbering: Numbering, limits: DocxLimits): Block[] {
  const blocks: Block[] = [];
  const tables: TableState[] = [];
  let para: ParaState | null = null;
  let skipDepth = 0;
  let inRun = 0;
  let inText = false;
  let inPPr = 0;
  let inTrPr = false;
  let inTcPr = false;
  let cells = 0;
  let sawBody = false;

  const addLine = (text: string) => {
    const t = tables[tables.length - 1];
    if (t?.cell) t.cell.lines.push(text);
  };

  const open = (el: XmlElement) => {
    if (skipDepth > 0) {
      skipDepth++;
      return;
    }
    if (el.uri === MC_NS) {
      if (el.local === 'Fallback') skipDepth = 1;
      return;
    }
    if (!W_NS.has(el.uri)) return;
    const table = tables[tables.length - 1];
    if (SKIPPED.has(el.local)) {
      // A deleted row is marked by a `w:del` in its properties.
      if (el.local === 'del' && inTrPr && table?.row) table.row.deleted = true;
      skipDepth = 1;
      return;
    }
    switch (el.local) {
      case 'body':
        sawBody = true;
        break;
      case 'p':
        para = { text: '', breakBefore: false, sectionEnd: false, numId: null, ilvl: 0 };
        break;
      case 'pPr':
        inPPr++;
        break;
      case 'pageBreakBefore':
        if (para && inPPr > 0 && flag(el)) para.breakBefore = true;
        break;
      case 'numId':
        if (para && inPPr > 0 && el.attrs.val !== undefined) para.numId = el.attrs.val;
        break;
      case 'ilvl':
        if (para && inPPr > 0) para.ilvl = clampInt(el.attrs.val, 0, 8, 0);
        break;
      case 'sectPr':
        if (para && inPPr > 0) para.sectionEnd = true;
        break;
      case 'r':
        inRun++;
        break;
      case 't':
        inText = inRun > 0;
        break;
      case 'tab':
        if (para && inRun > 0) para.text += '\t';
        break;
      case 'cr':
        if (para && inRun > 0) para.text += '\n';
        break;
      case 'noBreakHyphen':
        if (para && inRun > 0) para.text += '-';
        break;
      case 'br':
        if (!para || inRun === 0) break;
        if (el.attrs.type === 'page' && tables.length === 0) {
          // What came before the break ends the previous page; only what follows can title a table.
          para.text = '';
          para.breakBefore = true;
        } else para.text += '\n';
        break;
      case 'tbl':
        tables.push({ rows: [], row: null, cell: null });
        break;
      case 'tr':
        if (table) table.row = { row: { before: 0, cells: [] }, deleted: false };
        break;
      case 'trPr':
        inTrPr = true;
        break;
      case 'gridBefore':
        if (inTrPr && table?.row) table.row.row.before = clampInt(el.attrs.val, 0, MAX_SPAN, 0);
        break;
      case 'tc':
        if (table?.row) {
          if (++cells > limits.maxCells) throw tooLarge('table cells', limits.maxCells, cells);
          table.cell = { cell: { text: '', span: 1, vMerge: 'none', hMergeContinue: false }, lines: [] };
        }
        break;
      case 'tcPr':
        inTcPr = true;
        break;
      case 'gridSpan':
        if (inTcPr && table?.cell) table.cell.cell.span = clampInt(el.attrs.val, 1, MAX_SPAN, 1);
        break;
      case 'vMerge':
        if (inTcPr && table?.cell) table.cell.cell.vMerge = el.attrs.val === 'restart' ? 'restart' : 'continue';
        break;
      case 'hMerge':
        if (inTcPr && table?.cell) table.cell.cell.hMergeContinue = el.attrs.val !== 'restart';
        break;
    }
  };

  const close = (el: XmlElement) => {
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    if (!W_NS.has(el.uri)) return;
    const table = tables[tables.length - 1];
    switch (el.local) {
      case 'pPr':
        inPPr--;
        break;
      case 'r':
        inRun--;
        break;
      case 't':
        inText = false;
        break;
      case 'trPr':
        inTrPr = false;
        break;
      case 'tcPr':
        inTcPr = false;
        break;
      case 'p': {
        if (!para) break;
        const label = para.numId !== null ? numbering.next(para.numId, para.ilvl) : '';
        const text = label && para.text.trim() ? `${label} ${para.text.trimStart()}` : para.text;
        if (tables.length > 0) {
          for (const line of text.split('\n')) if (line.trim()) addLine(line);
        } else {
          blocks.push({ kind: 'p', text, breakBefore: para.breakBefore, sectionEnd: para.sectionEnd });
        }
        para = null;
        break;
      }
      case 'tc':
        if (table?.row && table.cell) {
          table.cell.cell.text = table.cell.lines.join('\n');
          table.row.row.cells.push(table.cell.cell);
        }
        if (table) table.cell = null;
        break;
      case 'tr':
        if (table?.row && !table.row.deleted) table.rows.push(table.row.row);
        if (table) table.row = null;
        break;
      case 'tbl': {
        const done = tables.pop();
        if (!done) break;
        if (tables.length === 0) blocks.push({ kind: 'table', rows: done.rows });
        else for (const line of tableAsLines(done.rows)) addLine(line);
        break;
      }
    }
  };

  parseXml(
    xml,
    {
      open,
      close,
      text: (s) => {
        if (inText && skipDepth === 0 && para) para.text += s;
      },
    },
    limits.maxDepth,
  );
  if (!sawBody) throw new WorkbookReadError('not-a-document', 'the main document part has no body');
  return blocks;
}
