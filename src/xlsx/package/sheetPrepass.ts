/**
 * Prepares each worksheet part before exceljs parses it:
 * - its declared and actual sizes are checked against the cell limit;
 * - `<mergeCells>` is read and then removed, because exceljs applies merges with a check against
 *   every earlier merge (quadratic: ~95 s for 26,668 merges). Without it exceljs also stops
 *   copying the master value into covered cells, which the Grid contract forbids anyway;
 * - `<dataValidations>` is removed: exceljs expands each validated range into one entry per cell,
 *   so a dropdown over a whole column (or a whole sheet) would hang the read, and the Grid has no
 *   use for validations;
 * - a namespace prefix is dropped and ISO-dated cells become serials (see below).
 */
import { type MergeArea, parseArea } from '../../core/grid';
import { WorkbookReadError } from '../readErrors';
import { unprefixed } from './namespace';
import type { SheetPart } from './layout';
import type { PackageParts } from './parts';
import { attributes, startTags } from './xml';

/** `<dimension>` comes before `<sheetData>`, within the first few elements of a sheet. */
const HEAD_CHARS = 64 * 1024;
const MS_PER_DAY = 86_400_000;
/** Excel's serial for 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;

export function tooManyCells(sheet: string, actual: number, what: string, limit: number): WorkbookReadError {
  return new WorkbookReadError('too-many-cells', `sheet "${sheet}" ${what} ${actual} cells, over the ${limit}-cell limit`, { limit, actual });
}

/** Counts `<c …>` start tags: a cheap bound on what exceljs will hold. */
function countCells(xml: string): number {
  let n = 0;
  let i = xml.indexOf('<c');
  while (i !== -1) {
    const next = xml.charCodeAt(i + 2);
    // ' ', '>', '/', tab, CR, LF: the `c` element, not `<col`, `<cfRule`, `<cols`.
    if (next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13) n++;
    i = xml.indexOf('<c', i + 2);
  }
  return n;
}

const ISO_DATE_CELL = /<c\b([^>]*?)\s+t="d"([^>]*)>\s*<v>([^<]*)<\/v>/g;

/**
 * Cells typed `t="d"` hold an ISO 8601 date (strict OOXML, some JavaScript writers). exceljs reads
 * them as parseFloat of the text (2024-12-31 → 2024), so they become plain serials here, as Excel
 * itself would store them; text that is no date stays as text.
 */
function isoDatesToSerials(xml: string): string {
  return xml.replace(ISO_DATE_CELL, (_m, before: string, after: string, iso: string) => {
    const text = iso.trim();
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(text);
    // The wall-clock time as written: a serial has no time zone.
    const ms = m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0) : NaN;
    if (!Number.isFinite(ms)) return `<c${before}${after} t="inlineStr"><is><t>${text}</t></is>`;
    return `<c${before}${after}><v>${UNIX_EPOCH_SERIAL + ms / MS_PER_DAY}</v>`;
  });
}

const MERGE_BLOCK = /<(?:[\w.-]+:)?mergeCells\b[^>]*\/>|<(?:[\w.-]+:)?mergeCells\b[\s\S]*?<\/(?:[\w.-]+:)?mergeCells>/g;
const VALIDATION_BLOCK = /<(?:[\w.-]+:)?dataValidations\b[^>]*\/>|<(?:[\w.-]+:)?dataValidations\b[\s\S]*?<\/(?:[\w.-]+:)?dataValidations>/g;

function checkSize(sheet: string, xml: string, maxCells: number): void {
  const dim = /<(?:[\w.-]+:)?dimension\b[^>]*>/.exec(xml.slice(0, HEAD_CHARS));
  if (dim) {
    const area = parseArea(attributes(dim[0]).ref ?? '');
    if (area) {
      const declared = (area.endRow - area.startRow + 1) * (area.endCol - area.startCol + 1);
      if (declared > maxCells) throw tooManyCells(sheet, declared, 'declares', maxCells);
    }
  }
  const cells = countCells(xml);
  if (cells > maxCells) throw tooManyCells(sheet, cells, 'holds', maxCells);
}

/** Takes the merges and validations out of a sheet; only its tail (after the cells) is searched. */
function stripMerges(xml: string): { xml: string; merges: MergeArea[] } {
  // `<mergeCells>` and `<dataValidations>` follow `<sheetData>`.
  let tailStart = xml.lastIndexOf('sheetData');
  if (tailStart !== -1) tailStart = xml.lastIndexOf('<', tailStart);
  if (tailStart < 0) tailStart = 0;
  const tail = xml.slice(tailStart);
  const merges: MergeArea[] = [];
  let found = false;
  const stripped = tail
    .replace(MERGE_BLOCK, (block) => {
      found = true;
      for (const a of startTags(block, 'mergeCell')) {
        const m = parseArea(a.ref ?? '');
        // A one-cell "merge" merges nothing; Excel drops it too.
        if (m && (m.endRow > m.startRow || m.endCol > m.startCol)) merges.push(m);
      }
      return '';
    })
    .replace(VALIDATION_BLOCK, () => {
      found = true;
      return '';
    });
  return { xml: found ? xml.slice(0, tailStart) + stripped : xml, merges };
}

/** Prepares every worksheet in place; returns the merged areas by sheet name. */
export async function prepareSheets(parts: PackageParts, sheets: SheetPart[], maxCells: number): Promise<Map<string, MergeArea[]>> {
  const out = new Map<string, MergeArea[]>();
  for (const s of sheets) {
    let xml = await parts.text(s.path);
    if (xml === null) throw new WorkbookReadError('corrupt', `sheet "${s.name}" is listed but its part ${s.path} is missing`);
    xml = unprefixed(xml);
    if (xml.includes('t="d"')) xml = isoDatesToSerials(xml);
    checkSize(s.name, xml, maxCells);
    const stripped = stripMerges(xml);
    parts.set(s.path, stripped.xml);
    out.set(s.name, stripped.merges);
  }
  return out;
}
