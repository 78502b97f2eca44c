/**
 * A written sheet's print setup through Office.js' PageLayout (ExcelApi 1.9,
 * https://learn.microsoft.com/javascript/api/excel/excel.pagelayout): A4, orientation, one page
 * wide and as many tall as needed (PageLayoutZoomOptions, where 0 pages tall is Excel's
 * "Automatic" as in the file format's fitToHeight="0"), the header rows on every page
 * (setPrintTitleRows takes whole rows, `$1:$3`), and the footer in the default HeaderFooter
 * (https://learn.microsoft.com/javascript/api/excel/excel.headerfooter), whose sections take the
 * same `&P`/`&N` codes as a file. What the sheet should look like comes from core's printSetup.
 */
import type { PrintSetup } from '../core/report/printSetup';

export function queuePrintSetup(ws: Excel.Worksheet, print: PrintSetup): void {
  const page = ws.pageLayout;
  page.paperSize = 'A4';
  page.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.repeatRows > 0) page.setPrintTitleRows(`$1:$${print.repeatRows}`);
  const footer = page.headersFooters.defaultForAllPages;
  footer.leftFooter = print.footer.left;
  footer.rightFooter = print.footer.right;
}
