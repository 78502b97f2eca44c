/**
 * An independent oracle for the reader's tests: exceljs's public load (the library that wrote and
 * read these workbooks before this project had a reader of its own), reduced to a Grid exactly as
 * the Grid contract says: values as Range.values gives them, covered cells of a merge blanked, the
 * used range shrunk to what is left. Only for tests; the product never reads through exceljs.
 */
import ExcelJS from 'exceljs';
import type { CellValue, Grid, MergeArea } from '../../../src/core/grid';

// ───────────────────────────── cell values ─────────────────────────────

const MS_PER_DAY = 86_400_000;
/** Excel's serial for 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;

/**
 * exceljs turns date-formatted numbers into Dates (shifting 1904 workbooks by 1,462 days); this
 * undoes exactly its conversion, so the serial is the stored one in the 1900 date system. Dates
 * before 1 March 1900 come back as stored too, since the same formula runs both ways.
 */
function dateToSerial(d: Date): number | null {
  const t = d.getTime();
  if (!Number.isFinite(t)) return null;
  const serial = UNIX_EPOCH_SERIAL + t / MS_PER_DAY;
  // exceljs rounded to the millisecond; round back so whole days stay whole.
  return Math.round(serial * MS_PER_DAY) / MS_PER_DAY;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !(v instanceof Date);
}

function richTextOf(v: Record<string, unknown>): string | null {
  if (!Array.isArray(v.richText)) return null;
  let s = '';
  for (const run of v.richText as unknown[]) if (isRecord(run) && typeof run.text === 'string') s += run.text;
  return s;
}

/** One exceljs value → a Grid value, the way Range.values would give it. */
export function toCellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v;
  if (v instanceof Date) return dateToSerial(v);
  if (!isRecord(v)) return null;
  const rich = richTextOf(v);
  if (rich !== null) return rich === '' ? null : rich;
  if (typeof v.error === 'string') return v.error;
  // A formula: its cached result (exceljs leaves it undefined when the file has none).
  if ('formula' in v || 'sharedFormula' in v) return toCellValue(v.result);
  // A hyperlink: its text, which may itself be rich text.
  if ('hyperlink' in v) return toCellValue(v.text);
  if ('text' in v) return toCellValue(v.text);
  return null;
}

// ───────────────────────────── grids ─────────────────────────────

interface RawCell {
  row: number;
  col: number;
  value: CellValue;
  numFmt: string | null;
}

function gridOf(ws: ExcelJS.Worksheet, name: string, merges: MergeArea[], maxCells: number): Grid {
  const cells: RawCell[] = [];
  let r1 = Infinity;
  let r2 = -Infinity;
  let c1 = Infinity;
  let c2 = -Infinity;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = toCellValue(cell.value);
      if (value === null) return;
      const fmt = cell.numFmt;
      cells.push({ row: rowNumber, col: colNumber, value, numFmt: fmt && fmt !== 'General' ? fmt : null });
      if (rowNumber < r1) r1 = rowNumber;
      if (rowNumber > r2) r2 = rowNumber;
      if (colNumber < c1) c1 = colNumber;
      if (colNumber > c2) c2 = colNumber;
    });
  });
  if (cells.length === 0) return { sheet: name, origin: { row: 1, col: 1 }, values: [], numberFormats: [], merges };

  const height = r2 - r1 + 1;
  const width = c2 - c1 + 1;
  if (height * width > maxCells) throw new Error(`sheet ${name} spans ${height * width} cells`);

  const values: CellValue[][] = [];
  for (let r = 0; r < height; r++) values.push(new Array<CellValue>(width).fill(null));
  const formats = new Array<(string | null)[]>(height);
  for (const c of cells) {
    values[c.row - r1][c.col - c1] = c.value;
    if (c.numFmt !== null) {
      const fr = (formats[c.row - r1] ??= []);
      while (fr.length < c.col - c1) fr.push(null);
      fr[c.col - c1] = c.numFmt;
    }
  }

  // Excel keeps only the top-left value of a merged area; clipped to the box, so the work is
  // bounded by the grid whatever the merges claim to cover.
  for (const m of merges) {
    const top = Math.max(m.startRow, r1);
    const bottom = Math.min(m.endRow, r2);
    const left = Math.max(m.startCol, c1);
    const right = Math.min(m.endCol, c2);
    for (let r = top; r <= bottom; r++) {
      const vr = values[r - r1];
      const fr = formats[r - r1];
      for (let c = left; c <= right; c++) {
        if (r === m.startRow && c === m.startCol) continue;
        vr[c - c1] = null;
        if (fr && c - c1 < fr.length) fr[c - c1] = null;
      }
    }
  }

  return trim({ sheet: name, origin: { row: r1, col: c1 }, values, numberFormats: densify(formats, height), merges });
}

function densify(formats: (string | null)[][], height: number): (string | null)[][] {
  const out = new Array<(string | null)[]>(height);
  for (let r = 0; r < height; r++) out[r] = formats[r] ?? [];
  return out;
}

/** Blanking covered cells can empty the box's outer rows or columns; the used range shrinks with them. */
function trim(g: Grid): Grid {
  const vals = g.values;
  let top = 0;
  let bottom = vals.length - 1;
  const empty = (row: CellValue[]) => row.every((v) => v === null);
  while (top <= bottom && empty(vals[top])) top++;
  while (bottom >= top && empty(vals[bottom])) bottom--;
  if (top > bottom) return { ...g, origin: { row: 1, col: 1 }, values: [], numberFormats: [] };
  const width = vals[0].length;
  let left = 0;
  let right = width - 1;
  const colEmpty = (c: number) => {
    for (let r = top; r <= bottom; r++) if (vals[r][c] !== null) return false;
    return true;
  };
  while (left < right && colEmpty(left)) left++;
  while (right > left && colEmpty(right)) right--;
  if (top === 0 && bottom === vals.length - 1 && left === 0 && right === width - 1) return g;
  const fmts = g.numberFormats ?? [];
  return {
    ...g,
    origin: { row: g.origin.row + top, col: g.origin.col + left },
    values: vals.slice(top, bottom + 1).map((row) => row.slice(left, right + 1)),
    numberFormats: fmts.slice(top, bottom + 1).map((row) => row.slice(left, right + 1)),
  };
}

/** Reads merges from exceljs's model (`ws.model.merges`, its public worksheet model). */
function mergesOf(ws: ExcelJS.Worksheet): MergeArea[] {
  const out: MergeArea[] = [];
  for (const ref of (ws.model as unknown as { merges?: string[] }).merges ?? []) {
    const [a, b = a] = ref.split(':');
    const cell = (s: string) => {
      const m = /^([A-Z]+)(\d+)$/.exec(s)!;
      let col = 0;
      for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
      return { row: Number(m[2]), col };
    };
    const s = cell(a);
    const e = cell(b);
    out.push({ startRow: s.row, startCol: s.col, endRow: e.row, endCol: e.col });
  }
  return out;
}

export async function readWithExceljs(bytes: Uint8Array): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => gridOf(ws, ws.name, mergesOf(ws), Infinity));
}
