/**
 * One worksheet part → the cells it holds and its merged areas. Only `<sheetData>` (rows, cells,
 * their values) and `<mergeCells>` are read, wherever they stand in the part; columns, validations,
 * conditional formats, drawings and the rest are walked past unread, so what they declare (a
 * column over a billion columns, a validation over a whole sheet) costs nothing.
 *
 * Every cell type is read as Excel's `Range.values` gives it: shared and inline strings (rich runs
 * joined), numbers, booleans, errors as their `#…` text, ISO dates (`t="d"`) as serials, and a
 * formula's cached value (the formula itself is ignored). Limits are enforced while walking: cells
 * holding a value, row and column numbers, the length of a text.
 */
import { type ReadLimits, WorkbookReadError } from '../readErrors';
import type { CellValue } from '../../core/grid';
import { walkPart } from './partXml';
import { checkLength, unescapeOoxml } from './strings';
import type { Styles } from './styles';
import { type Attributes, rawHasEntity, textOf } from './xmlTokenizer';

/** Excel's grid: 1,048,576 rows × 16,384 columns (XFD). */
export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;

const MS_PER_DAY = 86_400_000;
/** Excel's serial for 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
/** Days from 1900-01-00 to 1904-01-01: a 1904 workbook's serials are this much smaller. */
const DAYS_1904 = 1462;

/** A growable column of 32-bit integers: a few million cells cost 4 bytes each, no object. */
export class IntColumn {
  data = new Int32Array(1024);
  length = 0;

  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

/** The cells of one sheet, in parallel columns (a few million cells cost no object each). */
export interface SheetCells {
  rows: IntColumn;
  cols: IntColumn;
  values: CellValue[];
  styles: IntColumn;
  /** Merged areas as [startRow, startCol, endRow, endCol] quadruples, one-cell ones left out. */
  merges: number[];
}

export function tooManyCells(sheet: string, actual: number, what: string, limit: number): WorkbookReadError {
  return new WorkbookReadError(
    'too-many-cells',
    `sheet "${sheet}" ${what} ${actual} cells, over the ${limit}-cell limit`,
    { limit, actual },
  );
}

function outOfRange(sheet: string, what: string): WorkbookReadError {
  return new WorkbookReadError(
    'cell-out-of-range',
    `sheet "${sheet}" has ${what}, beyond Excel's ${MAX_ROW} rows × ${MAX_COL} columns`,
    { limit: MAX_ROW },
  );
}

/** An attribute's value as bytes, to parse a number or reference from without making a string. */
interface ValueBytes {
  bytes: Uint8Array;
  start: number;
  end: number;
}

const encoder = new TextEncoder();

/**
 * The value of attribute `name` as bytes: its own bytes in the part, or, when it holds an entity
 * (`r="A&#49;"`, legal XML though no writer does it), its decoded text encoded again. Null when absent.
 */
function valueBytes(a: Attributes, name: string): ValueBytes | null {
  const raw = a.raw(name);
  if (raw === null || !rawHasEntity(raw)) return raw;
  const bytes = encoder.encode(a.get(name));
  return { bytes, start: 0, end: bytes.length };
}

/** The start of a value, as text for a message. */
function shown(v: ValueBytes): string {
  return textOf(v.bytes, v.start, Math.min(v.end, v.start + 20));
}

// A parsed reference, handed back through these two (no object per cell).
let refRow = 0;
let refCol = 0;

/**
 * `AB12` (or `$AB$12`) in bytes [from, to) → refRow/refCol; false when it is no reference. Numbers
 * too large for Excel still parse (capped, so they stay exact), so the caller can say which limit
 * they cross.
 */
function parseRef(b: Uint8Array, from: number, to: number): boolean {
  let i = from;
  if (b[i] === 36 && i < to) i++;
  let col = 0;
  const colStart = i;
  while (i < to) {
    const c = b[i] | 32; // lower case
    if (c < 97 || c > 122) break;
    if (col <= MAX_COL) col = col * 26 + (c - 96);
    i++;
  }
  if (i === colStart) return false;
  if (b[i] === 36 && i < to) i++;
  let row = 0;
  const rowStart = i;
  while (i < to) {
    const d = b[i] - 48;
    if (d < 0 || d > 9) break;
    if (row <= MAX_ROW) row = row * 10 + d;
    i++;
  }
  if (i === rowStart || i !== to || row === 0) return false;
  refRow = row;
  refCol = col;
  return true;
}

/** A row's `r`: a positive whole number (capped past Excel's last row), or -1 when it is none. */
function parseRowNumber(v: ValueBytes): number {
  if (v.end === v.start) return -1;
  let n = 0;
  for (let i = v.start; i < v.end; i++) {
    const d = v.bytes[i] - 48;
    if (d < 0 || d > 9) return -1;
    if (n <= MAX_ROW) n = n * 10 + d;
  }
  return n === 0 ? -1 : n;
}

/** A style index as `parseInt(s, 10) || 0` reads it; straight from the bytes when they are all digits. */
function styleIndex(v: ValueBytes | null): number {
  if (v === null) return 0;
  let n = 0;
  for (let i = v.start; i < v.end; i++) {
    const d = v.bytes[i] - 48;
    if (d < 0 || d > 9 || n > 1e9) return parseInt(textOf(v.bytes, v.start, v.end), 10) || 0;
    n = n * 10 + d;
  }
  return n;
}

/** Where the `:` of a range `A1:B2` stands, or -1. */
function colonIn(v: ValueBytes): number {
  for (let i = v.start; i < v.end; i++) if (v.bytes[i] === 58) return i;
  return -1;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * `t="d"` cells hold an ISO 8601 date (strict OOXML, some JavaScript writers): the serial Excel
 * would store for it, the wall-clock time as written (a serial has no time zone); null when the
 * text is no date. The pattern is anchored and has no nested repetition, and the text is short.
 */
function isoToSerial(text: string): number | null {
  if (text.length > 40) return null;
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const ms = Date.UTC(
    +m[1],
    +m[2] - 1,
    +m[3],
    +(m[4] ?? 0),
    +(m[5] ?? 0),
    +(m[6] ?? 0),
    m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0,
  );
  return Number.isFinite(ms) ? UNIX_EPOCH_SERIAL + ms / MS_PER_DAY : null;
}

/**
 * A date-formatted number as a serial of the 1900 date system, to the millisecond (as Excel's own
 * date cells resolve): a 1904 workbook's serials are moved to the 1900 system, so core sees one.
 */
function dateSerial(v: number, date1904: boolean): number | null {
  const ms = Math.round((v - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1904 : 0)) * MS_PER_DAY);
  if (!Number.isFinite(ms)) return null;
  return Math.round((UNIX_EPOCH_SERIAL + ms / MS_PER_DAY) * MS_PER_DAY) / MS_PER_DAY;
}

// Where the walk is. A state per open element, kept on a stack.
const TOP = 0;
const SHEET = 1;
const SHEET_DATA = 2;
const ROW = 3;
const CELL = 4;
const VALUE = 5;
const INLINE = 6;
const RUN = 7;
const TEXT = 8;
const MERGES = 9;
const SKIP = 10;

export interface SheetContext {
  sheet: string;
  part: string;
  sharedStrings: string[];
  styles: Styles;
  date1904: boolean;
  limits: ReadLimits;
}

export function readWorksheet(xml: Uint8Array, ctx: SheetContext): SheetCells {
  const { sheet, sharedStrings, styles, date1904, limits } = ctx;
  const out: SheetCells = {
    rows: new IntColumn(),
    cols: new IntColumn(),
    values: [],
    styles: new IntColumn(),
    merges: [],
  };
  const maxChars = limits.maxStringChars;
  const states: number[] = [TOP];
  let row = 0; // the current row's number
  let col = 0; // the last cell's column in this row
  // The open cell.
  let cRow = 0;
  let cCol = 0;
  let cType = '';
  let cStyle = 0;
  let cText = '';
  let cHasValue = false;
  let cInline = '';

  const addValue = (value: CellValue) => {
    if (value === null) return;
    if (out.values.length >= limits.maxCells)
      throw tooManyCells(sheet, out.values.length + 1, 'holds at least', limits.maxCells);
    out.rows.push(cRow);
    out.cols.push(cCol);
    out.values.push(value);
    out.styles.push(cStyle);
  };

  const where = () => `cell ${sheet}!R${cRow}C${cCol}`;

  const finishCell = () => {
    const st = styles.of(cStyle);
    if (cType === 'inlineStr') {
      const t = checkLength(unescapeOoxml(cInline), where, maxChars);
      return addValue(t === '' ? null : t);
    }
    if (!cHasValue) return;
    const raw = cText;
    switch (cType) {
      case 's': {
        const s = sharedStrings[parseInt(raw, 10)];
        return addValue(s === undefined || s === '' ? null : s);
      }
      case 'str':
        return addValue(raw === '' ? null : checkLength(unescapeOoxml(raw), where, maxChars));
      case 'b':
        return addValue(raw === '' ? null : parseInt(raw, 10) !== 0);
      case 'e':
        return addValue(raw === '' ? null : raw.slice(0, 64));
      case 'd': {
        const text = raw.trim();
        const serial = isoToSerial(text);
        if (serial === null) return addValue(text === '' ? null : checkLength(text, where, maxChars));
        return addValue(st.isDate ? dateSerial(serial, false) : serial);
      }
      default: {
        const v = parseFloat(raw);
        if (!Number.isFinite(v)) return;
        return addValue(st.isDate ? dateSerial(v, date1904) : v);
      }
    }
  };

  const sink = {
    wantText: false,
    open(tag: string, a: Attributes) {
      const state = states[states.length - 1];
      let next = SKIP;
      switch (state) {
        case TOP:
          next = SHEET;
          break;
        case SHEET:
          if (tag === 'sheetData') next = SHEET_DATA;
          else if (tag === 'mergeCells') next = MERGES;
          break;
        case SHEET_DATA:
          if (tag === 'row') {
            next = ROW;
            const r = valueBytes(a, 'r');
            if (r === null) row++;
            else {
              const n = parseRowNumber(r);
              if (n === -1) throw new WorkbookReadError('corrupt', `sheet "${sheet}" has a row numbered "${shown(r)}"`);
              row = n;
            }
            if (row > MAX_ROW) throw outOfRange(sheet, `a row numbered ${r ? shown(r) : row}`.slice(0, 60));
            col = 0;
          }
          break;
        case ROW:
          if (tag === 'c') {
            next = CELL;
            const r = valueBytes(a, 'r');
            if (r === null) {
              cRow = row;
              cCol = col + 1;
            } else {
              if (!parseRef(r.bytes, r.start, r.end))
                throw new WorkbookReadError(
                  'corrupt',
                  `sheet "${sheet}" has a cell at "${shown(r)}", which is no cell reference`,
                );
              cRow = refRow;
              cCol = refCol;
            }
            if (cRow > MAX_ROW || cCol > MAX_COL) throw outOfRange(sheet, `a cell at ${r ? shown(r) : ''}`);
            col = cCol;
            cType = a.getWord('t') ?? '';
            cStyle = styleIndex(valueBytes(a, 's'));
            cText = '';
            cInline = '';
            cHasValue = false;
          }
          break;
        case CELL:
          if (tag === 'v') {
            next = VALUE;
            cHasValue = true;
            sink.wantText = true;
          } else if (tag === 'is') next = INLINE;
          break;
        case INLINE:
          if (tag === 't') next = TEXT;
          else if (tag === 'r') next = RUN;
          break;
        case RUN:
          if (tag === 't') next = TEXT;
          break;
        case MERGES:
          if (tag === 'mergeCell') {
            const ref = valueBytes(a, 'ref');
            const colon = ref === null ? -1 : colonIn(ref);
            if (ref !== null && colon !== -1 && parseRef(ref.bytes, ref.start, colon)) {
              const r1 = refRow;
              const c1 = refCol;
              if (
                parseRef(ref.bytes, colon + 1, ref.end) &&
                r1 <= MAX_ROW &&
                refRow <= MAX_ROW &&
                c1 <= MAX_COL &&
                refCol <= MAX_COL
              ) {
                const top = Math.min(r1, refRow);
                const left = Math.min(c1, refCol);
                const bottom = Math.max(r1, refRow);
                const right = Math.max(c1, refCol);
                // A one-cell "merge" merges nothing; Excel drops it too.
                if (bottom > top || right > left) {
                  // A valid sheet has fewer merged areas than cells; more can only be a hostile file.
                  if (out.merges.length >= limits.maxCells * 4)
                    throw tooManyCells(
                      sheet,
                      out.merges.length / 4 + 1,
                      'has merged areas over at least',
                      limits.maxCells,
                    );
                  out.merges.push(top, left, bottom, right);
                }
              }
            }
          }
          break;
        default:
          break;
      }
      if (next === TEXT) sink.wantText = true;
      states.push(next);
    },
    close() {
      const state = states.pop();
      if (state === VALUE || state === TEXT) sink.wantText = false;
      else if (state === CELL) finishCell();
    },
    text(t: string) {
      const state = states[states.length - 1];
      if (state === VALUE) {
        cText += t;
        if (cText.length > maxChars * 8) checkLength(cText, where, maxChars);
      } else if (state === TEXT) {
        cInline += t;
        if (cInline.length > maxChars * 8) checkLength(cInline, where, maxChars);
      }
    },
  };
  walkPart(ctx.part, xml, sink, limits);
  return out;
}
