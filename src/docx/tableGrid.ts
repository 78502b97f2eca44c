/**
 * One Word table as Grid rows and merged areas, under the Grid contract: a merged area's value
 * sits in its top-left cell only. Horizontal merges come from `w:gridSpan` (and the legacy
 * `w:hMerge`), vertical ones from `w:vMerge`: a `restart` cell opens a merge that each `continue`
 * cell below it, in the same grid column, extends. The text of a continuing cell is not shown by
 * Word, so it is not read.
 */
import type { CellValue, MergeArea } from '../core/grid';
import type { WordRow } from './wordBody';

export interface TableRows {
  /** values[r][c], 0-based within the table. */
  values: CellValue[][];
  /** Merged areas, 0-based within the table (rows and columns). */
  merges: MergeArea[];
  width: number;
}

export function tableRows(rows: readonly WordRow[]): TableRows {
  // Legacy horizontal merges: a continuing cell widens the cell before it.
  const laidOut = rows.map((r) => {
    const cells: { text: string; span: number; vMerge: string }[] = [];
    for (const c of r.cells) {
      const prev = cells[cells.length - 1];
      if (c.hMergeContinue && prev) prev.span += c.span;
      else cells.push({ text: c.text, span: c.span, vMerge: c.vMerge });
    }
    return { before: r.before, cells };
  });
  let width = 0;
  for (const r of laidOut) {
    let w = r.before;
    for (const c of r.cells) w += c.span;
    if (w > width) width = w;
  }
  const values: CellValue[][] = [];
  const areas: MergeArea[] = [];
  // The vertical merge open in each grid column, if any.
  const open = new Array<MergeArea | undefined>(width).fill(undefined);
  laidOut.forEach((r, ri) => {
    const row = new Array<CellValue>(width).fill(null);
    const touched = new Array<boolean>(width).fill(false);
    let col = r.before;
    for (const c of r.cells) {
      const active = open[col];
      if (c.vMerge === 'continue' && active) {
        active.endRow = ri;
        for (let k = active.startCol; k <= active.endCol; k++) touched[k] = true;
      } else {
        const area: MergeArea = { startRow: ri, startCol: col, endRow: ri, endCol: col + c.span - 1 };
        for (let k = col; k < col + c.span; k++) {
          open[k] = undefined;
          touched[k] = true;
        }
        if (c.vMerge === 'restart') open[col] = area;
        if (c.span > 1 || c.vMerge === 'restart') areas.push(area);
        row[col] = c.text.trim() ? c.text : null;
      }
      col += c.span;
    }
    // A column this row does not reach (a short row, `w:gridBefore`) ends the merge above it.
    for (let k = 0; k < width; k++) if (!touched[k]) open[k] = undefined;
    values.push(row);
  });
  const merges = areas.filter((a) => a.endRow > a.startRow || a.endCol > a.startCol);
  return { values, merges, width };
}
