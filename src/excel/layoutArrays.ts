/**
 * Turns a SheetLayout into what Office.js writes in bulk: a values array, a numberFormat array and
 * runs of equally styled cells. Pure, so the formula-injection rule is tested without Excel.
 */
import type { CellValue } from '../core/grid';
import { type LayoutCell, type LayoutValue, type SheetLayout, type Tone, isLayoutCell } from '../core/report/layout';

/** Excel's Text format: a value written into such a cell stays exactly the text given. */
export const TEXT_FORMAT = '@';
const GENERAL = 'General';

export interface LayoutArrays {
  width: number;
  values: (string | number | boolean)[][];
  numberFormats: string[][];
}

export interface StyleRun {
  /** 0-based. */
  row: number;
  col: number;
  length: number;
  /** Rows covered from `row` down: identical runs on consecutive rows are one rectangle. */
  rows: number;
  bold: boolean;
  italic: boolean;
  wrap: boolean;
  tone: Tone | null;
}

function asCell(v: LayoutValue): LayoutCell {
  return isLayoutCell(v) ? v : { value: v };
}

/**
 * Every string is written under the Text format: Excel then keeps `=SUM(A1)`, `+84…`, `-`, `@x`,
 * `001` and `1/2` as the text they are instead of running or converting them. Only a layout's
 * `formula` becomes a formula.
 */
export function cellForExcel(v: LayoutValue): { value: string | number | boolean; numberFormat: string } {
  const c = asCell(v);
  if (c.formula !== undefined) {
    return { value: `=${c.formula.replace(/^=/, '')}`, numberFormat: c.numFmt ?? GENERAL };
  }
  const value: CellValue = c.value;
  if (value === null) return { value: '', numberFormat: c.numFmt ?? GENERAL };
  if (typeof value === 'string') return { value, numberFormat: TEXT_FORMAT };
  return { value, numberFormat: c.numFmt ?? GENERAL };
}

export function layoutWidth(layout: SheetLayout): number {
  let w = 0;
  for (const row of layout.rows) if (row.length > w) w = row.length;
  for (const m of layout.merges ?? []) if (m.endCol > w) w = m.endCol;
  return Math.max(w, 1);
}

export function toArrays(layout: SheetLayout, fromRow = 0, toRow = layout.rows.length): LayoutArrays {
  const width = layoutWidth(layout);
  const values: (string | number | boolean)[][] = [];
  const numberFormats: string[][] = [];
  for (let r = fromRow; r < toRow; r++) {
    const row = layout.rows[r] ?? [];
    const vals = new Array<string | number | boolean>(width);
    const fmts = new Array<string>(width);
    for (let c = 0; c < width; c++) {
      const cell = cellForExcel(c < row.length ? row[c] : null);
      vals[c] = cell.value;
      fmts[c] = cell.numberFormat;
    }
    values.push(vals);
    numberFormats.push(fmts);
  }
  return { width, values, numberFormats };
}

/**
 * Consecutive cells of a row with the same look become one run, and the same run on consecutive
 * rows grows down into a rectangle: one format call per rectangle. A report's tone or wrap column
 * (one look per row, rows sorted by severity) is then a handful of calls, not one per row, so
 * round trips stay with the 20,000-row blocks as reports grow.
 */
export function styleRuns(layout: SheetLayout): StyleRun[] {
  const runs: StyleRun[] = [];
  /** Runs that reached the previous row, by column, look and length: the ones that may grow. */
  let open = new Map<string, StyleRun>();
  const keyOf = (s: StyleRun) => `${s.col}|${s.length}|${s.bold}|${s.italic}|${s.wrap}|${s.tone}`;
  layout.rows.forEach((row, r) => {
    const rowRuns: StyleRun[] = [];
    let current: StyleRun | null = null;
    row.forEach((v, c) => {
      const cell = asCell(v);
      const bold = cell.bold ?? false;
      const italic = cell.italic ?? false;
      const wrap = cell.wrap ?? false;
      const tone = cell.tone ?? null;
      if (!bold && !italic && !wrap && tone === null) {
        current = null;
        return;
      }
      if (
        current &&
        current.bold === bold &&
        current.italic === italic &&
        current.wrap === wrap &&
        current.tone === tone &&
        current.col + current.length === c
      ) {
        current.length++;
        return;
      }
      current = { row: r, col: c, length: 1, rows: 1, bold, italic, wrap, tone };
      rowRuns.push(current);
    });
    const next = new Map<string, StyleRun>();
    for (const run of rowRuns) {
      const key = keyOf(run);
      const above = open.get(key);
      if (above && above.row + above.rows === r) {
        above.rows++;
        next.set(key, above);
      } else {
        runs.push(run);
        next.set(key, run);
      }
    }
    open = next;
  });
  return runs;
}
