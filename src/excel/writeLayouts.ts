/**
 * Writes SheetLayouts into new sheets of the open workbook, each named `CCHC - …` and created
 * here, never an existing one: add-in actions cannot be undone with Ctrl+Z, so the user's own
 * cells are never a target. Per block: number formats first (so text stays text), then the whole
 * values array, then looks (runs of styles, merges, widths, freeze, validation, charts).
 */
import { deleteSheets } from './deleteSheets';
import type { Lang } from '../core/i18n/lang';
import { printSetupOf } from '../core/report/printSetup';
import { queuePrintSetup } from './printLayout';
import type { MergeArea } from '../core/grid';
import {
  type ChartSpec,
  type LayoutValue,
  type SheetLayout,
  type Validation,
  isLayoutCell,
} from '../core/report/layout';
import { CELL_BUDGET, MAX_BLOCK_ROWS } from './blocks';
import { type ProgressFn, throwIfCancelled } from '../host/task';
import type { Capabilities } from '../host/capabilities';
import { layoutWidth, styleRuns, toArrays } from './layoutArrays';
import { ownSheetName } from '../core/report/sheetNames';
import { TONES } from './tones';
import { ExcelHostError, isPayloadTooLarge } from './errors';

export interface WriteOptions {
  capabilities: Capabilities;
  signal?: AbortSignal;
  onProgress?: ProgressFn;
  /** Make the first written sheet the active one (what a user expects after "write report"). */
  activate?: boolean;
  /** Language of the page footer's words (`Trang 1/3`); Vietnamese unless the pane says. */
  lang?: Lang;
}

export interface WriteResult {
  /** The names the sheets were created under, in layout order. */
  sheets: string[];
  /** Parts of the layouts this Excel could not render (validation on ExcelApi < 1.8). */
  skipped: string[];
}

/** Estimated request size per block written; well under Excel on the web's 5 MB. */
const WRITE_BYTES = 2 * 1024 * 1024;

/** Excel measures column widths in points; one character of the default font is ~5.7 pt wide. */
const POINTS_PER_CHAR = 5.7;

function area(ws: Excel.Worksheet, a: MergeArea): Excel.Range {
  return ws.getRangeByIndexes(a.startRow - 1, a.startCol - 1, a.endRow - a.startRow + 1, a.endCol - a.startCol + 1);
}

function applyValidation(ws: Excel.Worksheet, v: Validation): void {
  const range = area(ws, v.area);
  range.dataValidation.clear();
  if (v.kind === 'list') {
    range.dataValidation.rule = { list: { inCellDropDown: true, source: v.values.join(',') } };
    return;
  }
  const basic: Excel.BasicDataValidation =
    v.max === undefined
      ? { formula1: v.min, operator: 'GreaterThanOrEqualTo' }
      : { formula1: v.min, formula2: v.max, operator: 'Between' };
  range.dataValidation.rule = v.kind === 'wholeNumber' ? { wholeNumber: basic } : { decimal: basic };
}

/**
 * A clustered bar chart over the layout's cells. The value axis takes the spec's number format
 * (ChartAxis.numberFormat, ExcelApi 1.8) where Excel has it; below that the chart is still drawn and
 * `skipped` names the axis format, as a missing validation is named.
 */
function addChart(ws: Excel.Worksheet, name: string, spec: ChartSpec, options: WriteOptions, skipped: string[]): void {
  if (spec.series.length === 0) return;
  const categories = area(ws, spec.categories);
  const chart = ws.charts.add('BarClustered', area(ws, spec.series[0].values), 'Columns');
  chart.title.text = spec.title;
  const first = chart.series.getItemAt(0);
  first.name = spec.series[0].name;
  first.setXAxisValues(categories);
  for (const s of spec.series.slice(1)) {
    const series = chart.series.add(s.name);
    series.setValues(area(ws, s.values));
    series.setXAxisValues(categories);
  }
  chart.setPosition(ws.getRangeByIndexes(spec.anchor.row - 1, spec.anchor.col - 1, 1, 1));
  if (spec.valueFormat) {
    if (options.capabilities.chartAxisFormat) chart.axes.valueAxis.numberFormat = spec.valueFormat;
    else skipped.push(`${name}: chart axis format`);
  }
}

/** Format commands per round trip: each is small, but 50,000 styled rows in one request would not be. */
const RUNS_PER_SYNC = 2000;

async function applyLooks(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  name: string,
  layout: SheetLayout,
  options: WriteOptions,
  skipped: string[],
): Promise<void> {
  let queued = 0;
  for (const run of styleRuns(layout)) {
    if (++queued % RUNS_PER_SYNC === 0) {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per RUNS_PER_SYNC commands
      await context.sync();
      throwIfCancelled(options.signal);
    }
    const format = ws.getRangeByIndexes(run.row, run.col, run.rows, run.length).format;
    const tone = run.tone ? TONES[run.tone] : null;
    if (run.bold || tone?.bold) format.font.bold = true;
    if (run.italic) format.font.italic = true;
    if (run.wrap) format.wrapText = true;
    if (tone?.fill) format.fill.color = tone.fill;
    if (tone?.font) format.font.color = tone.font;
    if (tone?.size) format.font.size = tone.size;
  }
  for (const m of layout.merges ?? []) area(ws, m).merge(false);
  (layout.columnWidths ?? []).forEach((chars, i) => {
    if (chars > 0) ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = Math.round(chars * POINTS_PER_CHAR);
  });
  if (layout.freezeRows) ws.freezePanes.freezeRows(layout.freezeRows);
  if ((layout.validations ?? []).length > 0) {
    if (options.capabilities.validation) for (const v of layout.validations ?? []) applyValidation(ws, v);
    else skipped.push(`${name}: validation`);
  }
  for (const c of layout.charts ?? []) addChart(ws, name, c, options, skipped);
}

/** Roughly what a cell costs in the request: its text plus JSON quoting, and its number format. */
function cellBytes(v: LayoutValue): number {
  const value = isLayoutCell(v) ? (v.formula ?? v.value) : v;
  return (typeof value === 'string' ? value.length * 2 : 12) + 16;
}

/**
 * Row ranges [from, to) to write per round trip: at most 20,000 rows, CELL_BUDGET cells and
 * WRITE_BYTES of estimated payload, so long texts (findings with quoted cells) stay under 5 MB.
 */
export function writeBlocks(layout: SheetLayout): [number, number][] {
  const width = layoutWidth(layout);
  const maxRows = Math.max(1, Math.min(MAX_BLOCK_ROWS, Math.floor(CELL_BUDGET / width)));
  const blocks: [number, number][] = [];
  let from = 0;
  let bytes = 0;
  layout.rows.forEach((row, r) => {
    const rowBytes = row.reduce<number>((n, v) => n + cellBytes(v), 0) + (width - row.length) * 16;
    if (r > from && (r - from >= maxRows || bytes + rowBytes > WRITE_BYTES)) {
      blocks.push([from, r]);
      from = r;
      bytes = 0;
    }
    bytes += rowBytes;
  });
  if (from < layout.rows.length) blocks.push([from, layout.rows.length]);
  return blocks;
}

/**
 * Writes one layout's values block by block. A block Excel refuses as too large (see
 * isPayloadTooLarge) is halved and retried, the first half first, so a persistent failure
 * surfaces after a few round trips instead of one per row. A refused request was not run at all,
 * so the sheet it was to add may not exist yet: it is looked up again before the retry.
 */
async function writeValues(
  context: Excel.RequestContext,
  name: string,
  layout: SheetLayout,
  options: WriteOptions,
  progress: (rows: number) => void,
): Promise<Excel.Worksheet> {
  const sheets = context.workbook.worksheets;
  let ws = sheets.add(name);
  let confirmed = false;
  const pending = writeBlocks(layout);
  if (pending.length === 0) pending.push([0, 0]);
  while (pending.length > 0) {
    const [from, to] = pending.shift() as [number, number];
    if (to > from) {
      const arrays = toArrays(layout, from, to);
      const range = ws.getRangeByIndexes(from, 0, to - from, arrays.width);
      range.numberFormat = arrays.numberFormats;
      range.values = arrays.values;
    }
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- blocks sized to the request limit
      await context.sync();
    } catch (err) {
      if (!isPayloadTooLarge(err) || to - from <= 1) throw err;
      const mid = from + Math.ceil((to - from) / 2);
      pending.unshift([from, mid], [mid, to]);
      if (!confirmed) {
        const again = sheets.getItemOrNullObject(name);
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- only until the first block lands
        await context.sync();
        ws = again.isNullObject ? sheets.add(name) : again;
      }
      continue;
    }
    confirmed = true;
    throwIfCancelled(options.signal);
    progress(to - from);
  }
  return ws;
}

/**
 * In a round trip of its own, after the sheet is whole: the print setup is what an older Excel
 * (below ExcelApi 1.9) or an odd host may refuse, and that must not cost the user the report. A
 * refusal is named in `skipped`, as a missing validation is.
 */
async function applyPrintSetup(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  name: string,
  layout: SheetLayout,
  options: WriteOptions,
  skipped: string[],
): Promise<void> {
  if (!options.capabilities.printLayout) {
    skipped.push(`${name}: print`);
    return;
  }
  queuePrintSetup(ws, printSetupOf(layout, options.lang ?? 'vi'));
  try {
    await context.sync();
  } catch {
    skipped.push(`${name}: print`);
  }
}

export async function writeLayouts(
  context: Excel.RequestContext,
  layouts: readonly SheetLayout[],
  options: WriteOptions,
): Promise<WriteResult> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  // ExcelApi 1.7 (the pane's minimum). A protected structure refuses new sheets: say so first
  // instead of reading the AccessDenied that would follow (WorkbookProtection.protected,
  // https://learn.microsoft.com/javascript/api/excel/excel.workbookprotection).
  const protection = context.workbook.protection;
  protection.load('protected');
  await context.sync();
  throwIfCancelled(options.signal);
  if (protection.protected)
    throw new ExcelHostError('workbook-protected', null, 'The workbook structure is protected; no sheet can be added.');
  const existing = sheets.items.map((s) => s.name);
  const names: string[] = [];
  const skipped: string[] = [];
  const totalRows = layouts.reduce((n, l) => n + l.rows.length, 0);
  let doneRows = 0;
  try {
    for (const layout of layouts) {
      const name = ownSheetName(layout.name, existing);
      existing.push(name);
      names.push(name);
      const ws = await writeValues(context, name, layout, options, (rows) => {
        doneRows += rows;
        options.onProgress?.({ done: doneRows, total: totalRows });
      });
      await applyLooks(context, ws, name, layout, options, skipped);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- per sheet: a failure names its sheet
      await context.sync();
      throwIfCancelled(options.signal);
      await applyPrintSetup(context, ws, name, layout, options, skipped);
    }
  } catch (err) {
    const cleanupError = await deleteSheets(context, names);
    if (cleanupError && err && typeof err === 'object') Object.assign(err, { cleanupError, leftSheets: names });
    throw err;
  }
  if (options.activate && names.length > 0) {
    sheets.getItem(names[0]).activate();
    await context.sync();
  }
  return { sheets: names, skipped };
}
