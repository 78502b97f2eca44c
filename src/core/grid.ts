/**
 * The Grid contract: one sheet as Excel reports it. Both hosts (Office.js and exceljs) must hand
 * core exactly this, so the engine never knows which one read the workbook. A Grid is not changed
 * once core has read it: core remembers what it derives from one (its view with the merges
 * indexed, its legacy-encoding conversion), as one check reads each sheet more than once.
 */
export type CellValue = string | number | boolean | null;

/** A merged area in physical, 1-based sheet coordinates (as Excel shows them). */
export interface MergeArea {
  startRow: number;
  startCol: number;
  endRow: number;
  endCol: number;
}

export interface Grid {
  sheet: string;
  /** Physical 1-based row and column of values[0][0] (the used range's top-left cell). */
  origin: { row: number; col: number };
  /** values[r][c]; a cell covered by a merge (not its top-left) is null, as Range.values gives it. */
  values: CellValue[][];
  /** Number formats aligned with values; may be omitted or ragged (missing = "General"). */
  numberFormats?: (string | null)[][];
  merges: MergeArea[];
  /** Set when the grid is a Word table (see WordTablePlace): findings then name the table, not a sheet. */
  wordTable?: WordTablePlace;
  /**
   * Fonts whose text is not Unicode: for the cells (holding a value) written in a legacy Vietnamese
   * font — TCVN3/ABC (`.VnTime`, `.VnTimeH`, `.VnArial`…) or VNI (`VNI-Times`…) — the font's name,
   * keyed `"row:col"` with 0-based indices into `values` (like values, relative to `origin`).
   * Absent when no cell uses such a font; no other font is listed. A converter reads it to turn
   * such text into Unicode.
   */
  cellFonts?: Record<string, string>;
  /**
   * Set by a host that could not read this sheet's merged areas (Excel refuses them past its
   * limits): `merges` is then empty although the sheet may have some, and the checks say so.
   */
  mergesUnread?: boolean;
}

/**
 * Where a Word table's grid sits in its document: the table's number (1-based, in document order)
 * and the physical rows the table's own rows take; the rows above are the paragraphs that title it,
 * the row below (if any) the closing line after it.
 */
export interface WordTablePlace {
  index: number;
  firstRow: number;
  lastRow: number;
}

/** Column number (1-based) to its letters: 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Column letters to their number (1-based): `A` → 1, `AB` → 28. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** `B3` → { row: 3, col: 2 }, or null when the text is not a cell reference. */
export function parseCell(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  return m ? { row: Number(m[2]), col: columnNumber(m[1]) } : null;
}

/** `B3:D7` (or a single `B3`) → a 1-based area, or null. Both hosts read merged areas with it. */
export function parseArea(ref: string): MergeArea | null {
  const [a, b = a] = ref.split(':');
  const s = parseCell(a);
  const e = parseCell(b);
  if (!s || !e) return null;
  return {
    startRow: Math.min(s.row, e.row),
    startCol: Math.min(s.col, e.col),
    endRow: Math.max(s.row, e.row),
    endCol: Math.max(s.col, e.col),
  };
}

function widest(grid: Grid): number {
  let w = 0;
  for (const row of grid.values) if (row.length > w) w = row.length;
  return w;
}

/** A row's merges up to this many are searched in place; a row with more gets a table by column. */
const FEW_PER_ROW = 8;

/**
 * Answers "which merge covers this cell?". Built once per grid: each row of the used range keeps
 * the merges over it (a task row has one or two), searched from the last, so where merges overlap
 * the last one listed covers the cell; a row with many (a hostile file) gets a table by column.
 * Linear in the covered rows, never more than the covered cells; never scans the merge list per
 * cell. (A map keyed by every covered cell cost 200,000 entries on a plan of 50,000 merged rows.)
 */
export class MergeIndex {
  private readonly byRow: (MergeArea[] | undefined)[];
  private readonly tables: ((MergeArea | undefined)[] | undefined)[];
  private readonly firstRow: number;
  private readonly firstCol: number;
  private readonly lastCol: number;

  constructor(grid: Grid) {
    // Clipped to the used range, so a hostile merge over a whole sheet costs no more than the grid.
    this.firstRow = grid.origin.row;
    this.firstCol = grid.origin.col;
    const lastRow = grid.origin.row + grid.values.length - 1;
    this.lastCol = grid.origin.col + widest(grid) - 1;
    this.byRow = new Array<MergeArea[] | undefined>(grid.values.length).fill(undefined);
    this.tables = [];
    for (const m of grid.merges) {
      const r1 = Math.max(m.startRow, this.firstRow);
      const r2 = Math.min(m.endRow, lastRow);
      if (Math.max(m.startCol, this.firstCol) > Math.min(m.endCol, this.lastCol)) continue;
      for (let r = r1; r <= r2; r++) (this.byRow[r - this.firstRow] ??= []).push(m);
    }
    for (let i = 0; i < this.byRow.length; i++) {
      const list = this.byRow[i];
      if (list === undefined || list.length <= FEW_PER_ROW) continue;
      const table: (MergeArea | undefined)[] = [];
      for (const m of list) {
        const c2 = Math.min(m.endCol, this.lastCol);
        for (let c = Math.max(m.startCol, this.firstCol); c <= c2; c++) table[c - this.firstCol] = m;
      }
      this.tables[i] = table;
    }
  }

  /** The merge covering (row, col), physical coordinates, or undefined. */
  at(row: number, col: number): MergeArea | undefined {
    const i = row - this.firstRow;
    if (i < 0 || i >= this.byRow.length || col < this.firstCol || col > this.lastCol) return undefined;
    const list = this.byRow[i];
    if (list === undefined) return undefined;
    if (list.length > FEW_PER_ROW) return this.tables[i]![col - this.firstCol];
    for (let k = list.length - 1; k >= 0; k--) {
      const m = list[k];
      if (col >= m.startCol && col <= m.endCol) return m;
    }
    return undefined;
  }

  /** True when (row, col) lies inside a merge but is not its top-left cell. */
  isCovered(row: number, col: number): boolean {
    const m = this.at(row, col);
    return m !== undefined && (m.startRow !== row || m.startCol !== col);
  }
}
