/**
 * What a workbook host can do. Excel decides it at run time from its requirement sets
 * (src/excel/capabilities.ts); a host not limited by Excel's version has every feature. The pane
 * never assumes a feature: an older Excel still checks and reports, and the pane says what it lacks.
 */
export interface Capabilities {
  /** ExcelApi 1.13: Range.getMergedAreasOrNullObject. Without it covered cells read as empty. */
  mergedAreas: boolean;
  /**
   * ExcelApi 1.13: Workbook.insertWorksheetsFromBase64 (importing units' workbooks), except on
   * iPad, where the API is not supported although the requirement set is (its JSDoc).
   */
  importSheets: boolean;
  /** ExcelApi 1.8: data validation (the in-cell status list in a template). */
  validation: boolean;
  /** ExcelApi 1.9: Worksheet.pageLayout (A4, fit to width, repeated header rows, the footer). */
  printLayout: boolean;
  /**
   * ExcelApi 1.8: ChartAxis.numberFormat, so a chart of rates held as fractions reads `80%` on its
   * value axis rather than `0.8`. Without it the chart is still drawn, its axis as the cells.
   */
  chartAxisFormat: boolean;
}

export type Feature = keyof Capabilities;

/** Every feature on, for hosts (tests, the browser) that are not limited by Excel's version. */
export const FULL_CAPABILITIES: Capabilities = {
  mergedAreas: true,
  importSheets: true,
  validation: true,
  printLayout: true,
  chartAxisFormat: true,
};
