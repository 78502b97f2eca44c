/**
 * What this Excel can do, decided once at run time from its requirement sets. The host never
 * assumes a feature: an older Excel still checks and reports, and the pane says what it lacks.
 */
import type { OfficePlatform } from './platform';
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
}

export type Feature = keyof Capabilities;

/** Minimum the pane needs at all (getUsedRangeOrNullObject, getRangeByIndexes, freezePanes). */
export const MINIMUM_SET = { name: 'ExcelApi', version: '1.7' } as const;

export type SetChecker = (name: string, version: string) => boolean;

/** Office.js' own checker; absent outside Office. */
export function officeSetChecker(): SetChecker | null {
  if (typeof Office === 'undefined' || !Office.context?.requirements) return null;
  return (name, version) => Office.context.requirements.isSetSupported(name, version);
}

export function detectCapabilities(isSupported: SetChecker, platform: OfficePlatform | null = null): Capabilities {
  const has113 = isSupported('ExcelApi', '1.13');
  return { mergedAreas: has113, importSheets: has113 && platform !== 'ipad', validation: isSupported('ExcelApi', '1.8'), printLayout: isSupported('ExcelApi', '1.9') };
}

export function meetsMinimum(isSupported: SetChecker): boolean {
  return isSupported(MINIMUM_SET.name, MINIMUM_SET.version);
}

/** Every feature on, for hosts (tests, the browser) that are not limited by Excel's version. */
export const FULL_CAPABILITIES: Capabilities = { mergedAreas: true, importSheets: true, validation: true, printLayout: true };
