/**
 * The exceljs host's writer: SheetLayout[] (src/core/report/layout.ts) → .xlsx bytes. Runs in Node
 * and in the browser, so no fs here.
 *
 * Safety: a layout string is written as a shared string whatever it starts with (`=`, `+`, `-`,
 * `@`, tab, CR); only `formula` makes a formula. Text Excel would refuse to open (over 32,767
 * characters, XML-illegal control characters, lone surrogates) is repaired rather than written,
 * because Excel's answer to such a file is a "we found a problem" dialog and dropped content.
 */
import ExcelJS from 'exceljs';
import type { CellValue, MergeArea } from '../core/grid';
import { columnLetter } from '../core/grid';
import type { Lang } from '../core/i18n/lang';
import type { LayoutCell, SheetLayout, Tone, Validation } from '../core/report/layout';
import { isLayoutCell } from '../core/report/layout';
import { printSetupOf, type PrintSetup } from '../core/report/printSetup';
import { addCharts } from './writeCharts';

export interface WriteOptions {
  /** Language of the messages shown when a typed value breaks a validation. */
  lang?: Lang;
}

/** Excel's limit on the characters in one cell. */
export const MAX_CELL_TEXT = 32767;

// Excel's own "Good / Bad / Neutral" cell styles for met / not met / warning, so the colours read
// the way Excel users already know them; info blue and n/a grey in the same light-fill family.
interface ToneStyle {
  font?: Partial<ExcelJS.Font>;
  fill?: ExcelJS.Fill;
}

const solid = (argb: string): ExcelJS.Fill => ({
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb },
  bgColor: { argb },
});

export const TONE_STYLES: Record<Tone, ToneStyle> = {
  title: { font: { bold: true, size: 14 } },
  header: { font: { bold: true }, fill: solid('FFD9E1F2') },
  met: { font: { color: { argb: 'FF006100' } }, fill: solid('FFC6EFCE') },
  notMet: { font: { color: { argb: 'FF9C0006' } }, fill: solid('FFFFC7CE') },
  notApplicable: { font: { color: { argb: 'FF595959' } }, fill: solid('FFEDEDED') },
  error: { font: { color: { argb: 'FF9C0006' } }, fill: solid('FFFFC7CE') },
  warning: { font: { color: { argb: 'FF7F4F00' } }, fill: solid('FFFFEB9C') },
  info: { font: { color: { argb: 'FF1F4E79' } }, fill: solid('FFDDEBF7') },
  muted: { font: { color: { argb: 'FF808080' } } },
};

// XML 1.0 forbids these code points; a lone surrogate cannot be encoded as UTF-8 at all.
/* eslint-disable no-control-regex -- matching those control characters is the point */
const XML_ILLEGAL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

/**
 * Text as Excel can hold it: illegal characters shown as U+FFFD, cut at Excel's cell limit. CR
 * becomes LF because every XML reader would turn it into LF anyway (exceljs cannot write the
 * `_x000D_` escape Excel uses), so what we write is exactly what is read back.
 */
export function safeText(s: string): string {
  let out = s.replace(/\r\n?/g, '\n').replace(XML_ILLEGAL, '\uFFFD');
  if (out.length > MAX_CELL_TEXT) {
    out = out.slice(0, MAX_CELL_TEXT - 1);
    // Never leave half a surrogate pair at the cut.
    if (/[\uD800-\uDBFF]$/.test(out)) out = out.slice(0, -1);
    out += '…';
  }
  return out;
}

function plainValue(v: CellValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === 'string') return safeText(v);
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return v;
}

function fontOf(cell: LayoutCell): Partial<ExcelJS.Font> | undefined {
  const tone = cell.tone ? TONE_STYLES[cell.tone].font : undefined;
  if (!tone && !cell.bold && !cell.italic) return undefined;
  return { ...tone, ...(cell.bold ? { bold: true } : {}), ...(cell.italic ? { italic: true } : {}) };
}

function writeCell(target: ExcelJS.Cell, v: LayoutCell | CellValue): void {
  if (!isLayoutCell(v)) {
    target.value = plainValue(v);
    return;
  }
  if (v.formula !== undefined) {
    const result = plainValue(v.value);
    // A leading '=' would be written into <f> and make Excel refuse the file.
    const formula = v.formula.replace(/^=+/, '');
    target.value =
      result === null
        ? { formula, date1904: false }
        : { formula, result: result as ExcelJS.CellFormulaValue['result'], date1904: false };
  } else {
    target.value = plainValue(v.value);
  }
  if (v.numFmt) target.numFmt = v.numFmt;
  const font = fontOf(v);
  if (font) target.font = font;
  const fill = v.tone ? TONE_STYLES[v.tone].fill : undefined;
  if (fill) target.fill = fill;
  if (v.wrap) target.alignment = { wrapText: true, vertical: 'top' };
}

function rangeRef(a: MergeArea): string {
  const tl = `${columnLetter(a.startCol)}${a.startRow}`;
  const br = `${columnLetter(a.endCol)}${a.endRow}`;
  return tl === br ? tl : `${tl}:${br}`;
}

function absoluteRef(sheet: string, a: MergeArea): string {
  return `'${sheet.replace(/'/g, "''")}'!$${columnLetter(a.startCol)}$${a.startRow}:$${columnLetter(a.endCol)}$${a.endRow}`;
}

function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 6 }).format(n);
}

function numberMessage(
  v: Extract<Validation, { kind: 'wholeNumber' | 'decimal' }>,
  lang: Lang,
): { title: string; error: string } {
  const whole = v.kind === 'wholeNumber';
  const min = formatNumber(v.min, lang);
  const max = v.max !== undefined ? formatNumber(v.max, lang) : undefined;
  if (lang === 'vi') {
    const what = whole ? 'một số nguyên' : 'một số';
    return {
      title: 'Giá trị không hợp lệ',
      error: max !== undefined ? `Hãy nhập ${what} từ ${min} đến ${max}.` : `Hãy nhập ${what} không nhỏ hơn ${min}.`,
    };
  }
  const what = whole ? 'a whole number' : 'a number';
  return {
    title: 'Invalid value',
    error: max !== undefined ? `Enter ${what} from ${min} to ${max}.` : `Enter ${what} of at least ${min}.`,
  };
}

/** Excel's limit on an inline list (`"a,b,c"`) is 255 characters, and it cannot hold a comma. */
function inlineList(values: readonly string[]): string | null {
  if (values.some((v) => v.includes(',') || v.includes('"'))) return null;
  const joined = values.join(',');
  return joined.length <= 255 ? `"${joined}"` : null;
}

const LIST_SHEET = 'Danh sách';

class ListSheet {
  private ws: ExcelJS.Worksheet | null = null;
  private col = 0;
  constructor(
    private readonly wb: ExcelJS.Workbook,
    private readonly taken: Set<string>,
  ) {}

  /** Writes the values into a column of a hidden sheet and returns an absolute reference to them. */
  add(values: readonly string[]): string {
    if (!this.ws) {
      let name = LIST_SHEET;
      for (let i = 2; this.taken.has(name.toLowerCase()); i++) name = `${LIST_SHEET} ${i}`;
      this.taken.add(name.toLowerCase());
      this.ws = this.wb.addWorksheet(name, { state: 'hidden' });
    }
    this.col++;
    values.forEach((v, i) => {
      this.ws!.getCell(i + 1, this.col).value = safeText(v);
    });
    const n = Math.max(values.length, 1);
    return absoluteRef(this.ws.name, { startRow: 1, startCol: this.col, endRow: n, endCol: this.col });
  }
}

/**
 * exceljs keeps a range-keyed validation list on each worksheet but leaves it out of its typings;
 * the per-cell `cell.dataValidation` would cost one entry per cell of a whole-column dropdown.
 */
interface RangeValidations {
  add(address: string, validation: ExcelJS.DataValidation): void;
}

function validationsOf(ws: ExcelJS.Worksheet): RangeValidations {
  const dv = (ws as unknown as { dataValidations?: RangeValidations }).dataValidations;
  if (!dv || typeof dv.add !== 'function') throw new Error('this exceljs version has no worksheet.dataValidations');
  return dv;
}

function addValidation(ws: ExcelJS.Worksheet, v: Validation, lang: Lang, lists: ListSheet): void {
  const ref = rangeRef(v.area);
  if (v.kind === 'list') {
    const formula = inlineList(v.values) ?? lists.add(v.values);
    validationsOf(ws).add(ref, {
      type: 'list',
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: lang === 'vi' ? 'Giá trị không hợp lệ' : 'Invalid value',
      error: lang === 'vi' ? 'Hãy chọn một giá trị trong danh sách.' : 'Choose a value from the list.',
    });
    return;
  }
  const { title, error } = numberMessage(v, lang);
  validationsOf(ws).add(ref, {
    type: v.kind === 'wholeNumber' ? 'whole' : 'decimal',
    operator: v.max !== undefined ? 'between' : 'greaterThanOrEqual',
    allowBlank: true,
    formulae: v.max !== undefined ? [v.min, v.max] : [v.min],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: title,
    error,
  });
}

/** Excel's rules for sheet names: at most 31 characters, none of `: \ / ? * [ ]`, not quoted at the ends. */
export function safeSheetName(name: string, taken: Set<string>): string {
  let base = name
    .replace(/[:\\/?*[\]]/g, '_')
    .replace(/^'+|'+$/g, '')
    .trim();
  if (base === '' || base.toLowerCase() === 'history') base = `Sheet${taken.size + 1}`;
  base = base.slice(0, 31);
  let out = base;
  for (let i = 2; taken.has(out.toLowerCase()); i++) {
    const suffix = ` (${i})`;
    out = base.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(out.toLowerCase());
  return out;
}

/** A4, orientation, one page wide, header rows on every page, the footer (see core's printSetup). */
function applyPrintSetup(ws: ExcelJS.Worksheet, print: PrintSetup): void {
  ws.pageSetup.paperSize = 9; // A4 in the OOXML paperSize enumeration (ECMA-376 §18.18.49 ST_PaperSize is by number)
  ws.pageSetup.orientation = print.orientation;
  ws.pageSetup.fitToPage = print.fitToWidth;
  ws.pageSetup.fitToWidth = 1;
  ws.pageSetup.fitToHeight = 0; // 0: as many pages tall as the rows need
  if (print.repeatRows > 0) ws.pageSetup.printTitlesRow = `1:${print.repeatRows}`;
  ws.headerFooter.oddFooter = `&L${print.footer.left}&R${print.footer.right}`;
}

/** Renders the sheets into a new workbook and returns its bytes. */
export async function writeWorkbook(sheets: SheetLayout[], options: WriteOptions = {}): Promise<Uint8Array> {
  const lang: Lang = options.lang ?? 'vi';
  const wb = new ExcelJS.Workbook();
  wb.creator = 'cchc';
  const taken = new Set<string>();
  const names = sheets.map((s) => safeSheetName(s.name, taken));
  const lists = new ListSheet(wb, taken);

  const worksheets = sheets.map((layout, index) => {
    const ws = wb.addWorksheet(names[index]);
    if (layout.freezeRows && layout.freezeRows > 0) {
      ws.views = [{ state: 'frozen', xSplit: 0, ySplit: layout.freezeRows, topLeftCell: `A${layout.freezeRows + 1}` }];
    }
    layout.columnWidths?.forEach((w, i) => {
      if (Number.isFinite(w) && w > 0) ws.getColumn(i + 1).width = Math.min(w, 255);
    });
    applyPrintSetup(ws, printSetupOf(layout, lang));
    layout.rows.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === null) return;
        writeCell(ws.getCell(r + 1, c + 1), v);
      });
    });
    for (const m of layout.merges ?? []) {
      if (m.endRow > m.startRow || m.endCol > m.startCol) ws.mergeCells(m.startRow, m.startCol, m.endRow, m.endCol);
    }
    return ws;
  });
  // After every layout sheet, so that a hidden list sheet comes last in the workbook.
  sheets.forEach((layout, index) => {
    for (const v of layout.validations ?? []) addValidation(worksheets[index], v, lang, lists);
  });

  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  // exceljs cannot write charts: they are added to its zip afterwards.
  return addCharts(
    bytes,
    sheets.map((layout, index) => ({ sheetName: names[index], layout })),
  );
}
