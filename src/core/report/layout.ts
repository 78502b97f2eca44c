/**
 * A sheet the tool writes, laid out by core as plain 2-D data with formats, so the exceljs host
 * (files) and the Office.js host (the open workbook) render exactly the same report.
 *
 * Coordinates: rows[0] is sheet row 1, rows[r][0] is column A. A string value is always text —
 * hosts must never turn it into a formula, whatever it starts with (`=`, `+`, `-`, `@`); only
 * `formula` makes a formula.
 */
import type { CellValue, MergeArea } from '../grid';

/** What a cell means, so each host picks its own colours for it. */
export type Tone = 'title' | 'header' | 'met' | 'notMet' | 'notApplicable' | 'error' | 'warning' | 'info' | 'muted';

export interface LayoutCell {
  value: CellValue;
  /** A1-style formula without the leading `=`, e.g. `IF(E5>0,D5/E5,"")`; `value` is its cached result. */
  formula?: string;
  /** Excel number format, e.g. `0.0%`, `#,##0`, `dd/mm/yyyy`. */
  numFmt?: string;
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  tone?: Tone;
}

export type LayoutValue = CellValue | LayoutCell;

export type Validation =
  | { kind: 'list'; area: MergeArea; values: readonly string[] }
  | { kind: 'wholeNumber'; area: MergeArea; min: number; max?: number }
  | { kind: 'decimal'; area: MergeArea; min: number; max?: number };

/** A clustered bar/column chart of series over categories held in the sheet (1-based areas). */
export interface ChartSpec {
  title: string;
  categories: MergeArea;
  series: { name: string; values: MergeArea }[];
  /** Where the chart sits: top-left cell (1-based). */
  anchor: { row: number; col: number };
  /** Number format of the value axis (`0%` for rates held as fractions); default as the cells. */
  valueFormat?: string;
}

export interface SheetLayout {
  name: string;
  rows: LayoutValue[][];
  /** Widths in characters, per column from A. */
  columnWidths?: number[];
  /** Rows frozen at the top (titles + header). */
  freezeRows?: number;
  merges?: MergeArea[];
  validations?: Validation[];
  charts?: ChartSpec[];
}

export function isLayoutCell(v: LayoutValue): v is LayoutCell {
  return v !== null && typeof v === 'object';
}

export function cellValueOf(v: LayoutValue): CellValue {
  return isLayoutCell(v) ? v.value : v;
}
