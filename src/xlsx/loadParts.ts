/**
 * Hands exceljs the parts this host has unpacked and prepared, exactly as exceljs's own `XLSX#load`
 * treats the parts it unzips itself: the same parsers in the same order, then the same reconcile.
 * So the package is unzipped once and never packed again; that was most of the reading's cost
 * beyond exceljs's own on a small unit submission.
 *
 * exceljs has no public entry for parts, so this calls what its `load` calls (exceljs 4.4,
 * lib/xlsx/xlsx.js; the version is pinned by the lock file). test/xlsx/loadParts.test.ts compares
 * the result with exceljs's own load on real workbooks, so an upgrade that changes them fails there.
 * The browser build of exceljs exposes no such internals: webpack swaps in loadParts.browser.ts.
 */
import ExcelJS from 'exceljs';
import SharedStringsXform from 'exceljs/lib/xlsx/xform/strings/shared-strings-xform';
import StylesXform from 'exceljs/lib/xlsx/xform/style/styles-xform';
import { entryName, partRole } from './package/exceljsParts';
import type { PackageParts } from './package/parts';

type Stream = Iterable<string>;

/** The methods of exceljs's XLSX reader that its `load` uses. */
interface XlsxReader {
  parseRels(stream: Stream): Promise<unknown>;
  parseWorkbook(stream: Stream): Promise<{ sheets: unknown; definedNames: unknown; views: unknown; properties: unknown; calcProperties: unknown }>;
  _processWorksheetEntry(stream: Stream, model: Model, sheetNo: string, options: undefined, path: string): Promise<void>;
  reconcile(model: Model, options: undefined): void;
}

type Model = Record<string, unknown>;

/** The parts exceljs hands, with the number or name from their path, to one method each. */
const ENTRY_METHODS = {
  worksheetRels: '_processWorksheetRelsEntry',
  drawing: '_processDrawingEntry',
  comments: '_processCommentEntry',
  table: '_processTableEntry',
  drawingRels: '_processDrawingRelsEntry',
  vmlDrawing: '_processVmlDrawingEntry',
} as const;

type EntryReader = Record<(typeof ENTRY_METHODS)[keyof typeof ENTRY_METHODS], (stream: Stream, model: Model, id: string) => Promise<void>>;

/** exceljs feeds its XML parser 16K characters at a time; a whole 20 MB sheet at once would hold all its events at once. */
const CHUNK = 16 * 1024;

function* chunks(xml: string): Generator<string> {
  for (let i = 0; i < xml.length; i += CHUNK) yield xml.substring(i, i + CHUNK);
}

/** The parts exceljs reads (see partRole), in zip order; only those are unpacked. */
export async function loadParts(parts: PackageParts): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const xlsx = wb.xlsx as unknown as XlsxReader & EntryReader;
  const model: Model = {
    worksheets: [],
    worksheetHash: {},
    worksheetRels: [],
    themes: {},
    media: [],
    mediaIndex: {},
    drawings: {},
    drawingRels: {},
    comments: {},
    tables: {},
    vmlDrawings: {},
  };
  for (const name of parts.names()) {
    const role = partRole(name);
    if (!role) continue;
    const xml = await parts.text(name);
    if (xml === null) continue;
    const stream = chunks(xml);
    switch (role.kind) {
      case 'globalRels':
        model.globalRels = await xlsx.parseRels(stream);
        break;
      case 'workbook': {
        const workbook = await xlsx.parseWorkbook(stream);
        model.sheets = workbook.sheets;
        model.definedNames = workbook.definedNames;
        model.views = workbook.views;
        model.properties = workbook.properties;
        model.calcProperties = workbook.calcProperties;
        break;
      }
      case 'workbookRels':
        model.workbookRels = await xlsx.parseRels(stream);
        break;
      case 'sharedStrings': {
        const sharedStrings = new SharedStringsXform();
        model.sharedStrings = sharedStrings;
        await sharedStrings.parseStream(stream);
        break;
      }
      case 'styles': {
        const styles = new StylesXform();
        model.styles = styles;
        await styles.parseStream(stream);
        break;
      }
      case 'worksheet':
        await xlsx._processWorksheetEntry(stream, model, role.sheetNo, undefined, entryName(name));
        break;
      default:
        await xlsx[ENTRY_METHODS[role.kind]](stream, model, 'id' in role ? role.id : role.sheetNo);
    }
  }
  xlsx.reconcile(model, undefined);
  (wb as unknown as { model: Model }).model = model;
  return wb;
}
