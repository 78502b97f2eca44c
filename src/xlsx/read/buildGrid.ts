/**
 * A sheet's cells → a Grid under the contract of src/core/grid.ts: the used range (the box around
 * the cells holding a value), values and number formats aligned with it, covered cells of a merged
 * area blanked as Excel's `Range.values` gives them, the box shrunk to what is left.
 */
import type { CellValue, Grid, MergeArea } from '../../core/grid';
import type { Styles } from './styles';
import { type SheetCells, tooManyCells } from './worksheet';

export function buildGrid(name: string, cells: SheetCells, styles: Styles, maxCells: number): Grid {
  const rows = cells.rows.data;
  const cols = cells.cols.data;
  const styleIdx = cells.styles.data;
  const vals = cells.values;
  const count = vals.length;
  if (count === 0) return { sheet: name, origin: { row: 1, col: 1 }, values: [], numberFormats: [], merges: [] };
  let r1 = Infinity;
  let r2 = -Infinity;
  let c1 = Infinity;
  let c2 = -Infinity;
  for (let i = 0; i < count; i++) {
    const r = rows[i];
    const c = cols[i];
    if (r < r1) r1 = r;
    if (r > r2) r2 = r;
    if (c < c1) c1 = c;
    if (c > c2) c2 = c;
  }
  const height = r2 - r1 + 1;
  const width = c2 - c1 + 1;
  if (height * width > maxCells) throw tooManyCells(name, height * width, 'spans', maxCells);

  const values = new Array<CellValue[]>(height);
  for (let r = 0; r < height; r++) values[r] = new Array<CellValue>(width).fill(null);
  const formats = new Array<(string | null)[]>(height);
  for (let i = 0; i < count; i++) {
    const r = rows[i] - r1;
    const c = cols[i] - c1;
    values[r][c] = vals[i];
    const fmt = styles.of(styleIdx[i]).numFmt;
    const fr = formats[r];
    if (fmt !== null) {
      const row = fr ?? (formats[r] = []);
      while (row.length < c) row.push(null);
      row[c] = fmt;
    } else if (fr && c < fr.length) fr[c] = null; // a later copy of the cell, without a format
  }
  for (let r = 0; r < height; r++) formats[r] ??= [];

  const merges = blankCovered(cells.merges, values, formats, r1, c1, height, width);
  const grid = trim({ sheet: name, origin: { row: r1, col: c1 }, values, numberFormats: formats, merges });
  const fonts = legacyFonts(cells, styles, grid);
  if (fonts) grid.cellFonts = fonts;
  return grid;
}

/**
 * Blanks every covered cell (all but a merged area's top-left) inside the box, and returns the
 * merged areas that reach the box. Coverage is counted with a 2-D difference array (four marks per
 * area, then one prefix-sum pass), so the work is the box plus the number of areas, whatever the
 * areas claim to cover or however they overlap: a cell is covered when more areas cover it than
 * start at it.
 */
function blankCovered(
  quads: number[],
  values: CellValue[][],
  formats: (string | null)[][],
  r1: number,
  c1: number,
  height: number,
  width: number,
): MergeArea[] {
  const out: MergeArea[] = [];
  if (quads.length === 0) return out;
  const w = width + 1;
  const cover = new Int32Array((height + 1) * w);
  const starts = new Int32Array(height * width);
  const r2 = r1 + height - 1;
  const c2 = c1 + width - 1;
  for (let q = 0; q < quads.length; q += 4) {
    const m: MergeArea = { startRow: quads[q], startCol: quads[q + 1], endRow: quads[q + 2], endCol: quads[q + 3] };
    const top = Math.max(m.startRow, r1) - r1;
    const bottom = Math.min(m.endRow, r2) - r1;
    const left = Math.max(m.startCol, c1) - c1;
    const right = Math.min(m.endCol, c2) - c1;
    if (top > bottom || left > right) continue; // nothing of it in the used range
    out.push(m);
    cover[top * w + left]++;
    cover[top * w + right + 1]--;
    cover[(bottom + 1) * w + left]--;
    cover[(bottom + 1) * w + right + 1]++;
    if (m.startRow >= r1 && m.startCol >= c1) starts[(m.startRow - r1) * width + (m.startCol - c1)]++;
  }
  if (out.length === 0) return out;
  // Prefix sums, row by row: cover[r][c] becomes the number of areas covering (r, c).
  for (let r = 0; r < height; r++) {
    const at = r * w;
    const above = at - w;
    const vr = values[r];
    const fr = formats[r];
    for (let c = 0; c < width; c++) {
      let v = cover[at + c];
      if (c > 0) v += cover[at + c - 1];
      if (r > 0) v += cover[above + c] - (c > 0 ? cover[above + c - 1] : 0);
      cover[at + c] = v;
      if (v > starts[r * width + c]) {
        vr[c] = null;
        if (c < fr.length) fr[c] = null;
      }
    }
  }
  return out;
}

/** Blanking covered cells can empty the box's outer rows or columns; the used range shrinks with them. */
function trim(g: Grid): Grid {
  const vals = g.values;
  let top = 0;
  let bottom = vals.length - 1;
  const empty = (row: CellValue[]) => {
    for (const v of row) if (v !== null) return false;
    return true;
  };
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

/** The legacy Vietnamese font of each cell that holds a value and uses one, keyed "row:col" in the grid. */
function legacyFonts(cells: SheetCells, styles: Styles, grid: Grid): Record<string, string> | undefined {
  if (!styles.hasLegacyFonts) return undefined;
  let out: Record<string, string> | undefined;
  const { row: r0, col: c0 } = grid.origin;
  for (let i = 0; i < cells.values.length; i++) {
    const font = styles.of(cells.styles.data[i]).legacyFont;
    if (font === null) continue;
    const r = cells.rows.data[i] - r0;
    const c = cells.cols.data[i] - c0;
    const vr = grid.values[r];
    if (!vr || c < 0 || c >= vr.length || vr[c] === null) continue;
    (out ??= {})[`${r}:${c}`] = font;
  }
  return out;
}
