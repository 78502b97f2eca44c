/**
 * The reader: .xlsx bytes → Grid[] under the Grid contract (src/core/grid.ts), one per worksheet
 * in workbook order (hidden sheets included, chartsheets left out). One code path for every host:
 * the command line, the pane's worker and the browser page (no fs/path here).
 *
 * It parses nothing a Grid does not need: the zip's directory (./read/zip), the workbook part
 * (sheets, date system), the shared strings, the styles (number formats, legacy fonts), and each
 * sheet's cells and merged areas, each part walked once by a strict tokenizer that never
 * backtracks. Every limit (file and unpacked bytes, sheets, cells, row and column numbers, text
 * length, nesting) is enforced while parsing and refused with a WorkbookReadError of its own.
 */
import type { Grid } from '../core/grid';
import { buildGrid } from './read/buildGrid';
import { partXml } from './read/partXml';
import { readSharedStrings } from './read/sharedStrings';
import { readStyles } from './read/styles';
import { readWorkbookPart } from './read/workbookPart';
import { type SheetCells, type SheetContext, readWorksheet } from './read/worksheet';
import { ZipPackage } from './read/zip';
import { type ReadOptions, WorkbookReadError, limitsOf, sniff } from './readErrors';

/** Reads an .xlsx workbook into Grids. Throws WorkbookReadError when the data is no readable workbook. */
export async function readWorkbook(data: ArrayBuffer | Uint8Array, options: ReadOptions = {}): Promise<Grid[]> {
  return readWorkbookSync(data, options);
}

/** The same, synchronously: nothing in reading waits for anything. */
export function readWorkbookSync(data: ArrayBuffer | Uint8Array, options: ReadOptions = {}): Grid[] {
  const limits = limitsOf(options.limits);
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  sniff(bytes, limits);
  const zip = ZipPackage.open(bytes, limits, options.inflateRaw);
  const wb = readWorkbookPart(zip, limits);
  const sharedStrings =
    wb.sharedStrings === null ? [] : readSharedStrings(wb.sharedStrings, partXml(zip, wb.sharedStrings), limits);
  const styles = readStyles(wb.styles ?? 'xl/styles.xml', wb.styles === null ? null : partXml(zip, wb.styles), limits);
  const grids: Grid[] = [];
  for (const s of wb.sheets) {
    const cells = sheetCells(zip, s, {
      sheet: s.name,
      part: s.path,
      sharedStrings,
      styles,
      date1904: wb.date1904,
      limits,
    });
    grids.push(buildGrid(s.name, cells, styles, limits.maxCells));
  }
  return grids;
}

/**
 * A sheet's cells from its part. Apart, so that nothing holds the part's inflated bytes (34 MB
 * for 50,000 rows) once its cells are read: the grid is built, and the next sheet inflated, without them.
 */
function sheetCells(zip: ZipPackage, s: { name: string; path: string }, context: SheetContext): SheetCells {
  const xml = partXml(zip, s.path);
  if (xml === null)
    throw new WorkbookReadError('corrupt', `sheet "${s.name}" is listed but its part ${s.path} is missing`);
  return readWorksheet(xml, context);
}
