/**
 * The .docx host's reader: a Word document's bytes → one Grid per top-level table, so the engine
 * locates, reads and checks Word appendices exactly as it does a workbook's sheets.
 *
 * A table's Grid carries, above it, the paragraphs that title it (`PHỤ LỤC 2`, `PHÂN CÔNG …`,
 * `(Ban hành kèm theo Kế hoạch số …)`): the non-empty paragraphs since the previous table, page
 * break or section break, at most MAX_TITLE_LINES of them, each line a row merged across the table
 * as a workbook lays out its title rows. Below it, the closing count that follows a table
 * (`Tổng cộng: 07 lĩnh vực, 30 nhiệm vụ./.`) becomes its last row. Runs in Node and the browser.
 */
import type { CellValue, Grid, MergeArea } from '../core/grid';
import { foldKey } from '../core/text/normalize';
import { WorkbookReadError } from '../xlsx/readErrors';
import { type DocxLimits, docxLimitsOf } from './limits';
import { Numbering } from './numbering';
import { openDocx } from './package';
import { tableRows } from './tableGrid';
import { type Block, type Paragraph, readBody } from './wordBody';

/** Titles longer than this are the plan's prose, not an appendix heading. */
export const MAX_TITLE_LINES = 6;

/** The sheet name a Word table's Grid goes by: Word numbers tables in document order. */
export function wordTableSheet(index: number): string {
  return `Bảng ${index}`;
}

export interface ReadDocxOptions {
  limits?: Partial<DocxLimits>;
}

function lines(p: Paragraph): string[] {
  return p.text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

/** The plans' closing count: `Tổng cộng: …`, `Tổng số …`, `Cộng: …`. */
function isClosingLine(text: string): boolean {
  const k = foldKey(text);
  return k.startsWith('tong cong') || k.startsWith('tong so') || k === 'cong' || k.startsWith('cong ');
}

function gridOf(index: number, titles: string[], body: ReturnType<typeof tableRows>, closing: string | null): Grid {
  const width = Math.max(1, body.width);
  const values: CellValue[][] = [];
  const merges: MergeArea[] = [];
  const fullRow = (text: string) => {
    const row = new Array<CellValue>(width).fill(null);
    row[0] = text;
    values.push(row);
    if (width > 1) merges.push({ startRow: values.length, startCol: 1, endRow: values.length, endCol: width });
  };
  for (const t of titles) fullRow(t);
  const firstRow = values.length + 1;
  for (const r of body.values) values.push(r);
  for (const m of body.merges) {
    merges.push({
      startRow: m.startRow + firstRow,
      startCol: m.startCol + 1,
      endRow: m.endRow + firstRow,
      endCol: m.endCol + 1,
    });
  }
  const lastRow = values.length;
  if (closing !== null) fullRow(closing);
  return {
    sheet: wordTableSheet(index),
    origin: { row: 1, col: 1 },
    values,
    merges,
    wordTable: { index, firstRow, lastRow },
  };
}

/** The blocks as Grids: titles gathered before each table, a closing line taken after it. */
export function gridsOfBlocks(blocks: readonly Block[]): Grid[] {
  const grids: Grid[] = [];
  let titles: string[] = [];
  let index = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'p') {
      if (b.breakBefore) titles = [];
      titles.push(...lines(b));
      if (titles.length > MAX_TITLE_LINES) titles = titles.slice(-MAX_TITLE_LINES);
      if (b.sectionEnd) titles = [];
      continue;
    }
    index++;
    let closing: string | null = null;
    // The first non-empty paragraph after the table, on the same page, if it is a closing count.
    for (let j = i + 1; j < blocks.length; j++) {
      const next = blocks[j];
      if (next.kind !== 'p' || next.breakBefore) break;
      const ls = lines(next);
      if (ls.length === 0) continue;
      if (ls.length === 1 && isClosingLine(ls[0])) {
        closing = ls[0];
        i = j;
      }
      break;
    }
    if (b.rows.length > 0) grids.push(gridOf(index, titles, tableRows(b.rows), closing));
    titles = [];
  }
  return grids;
}

export function readDocx(bytes: Uint8Array, options: ReadDocxOptions = {}): Grid[] {
  const limits = docxLimitsOf(options.limits);
  const parts = openDocx(bytes, limits);
  const numbering = Numbering.parse(parts.numbering, limits.maxDepth);
  const blocks = readBody(parts.document, numbering, limits);
  const grids = gridsOfBlocks(blocks);
  if (grids.length === 0) throw new WorkbookReadError('no-table', 'the document holds no table');
  let cells = 0;
  for (const g of grids) cells += g.values.length * (g.values[0]?.length ?? 0);
  if (cells > limits.maxCells)
    throw new WorkbookReadError('document-too-large', `the tables hold ${cells} cells`, {
      limit: limits.maxCells,
      actual: cells,
    });
  return grids;
}
