/**
 * What this Excel can do (the host contract's Capabilities), decided once at run time from its
 * requirement sets.
 */
import type { Capabilities } from '../host/capabilities';
import type { OfficePlatform } from './platform';

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
  const has18 = isSupported('ExcelApi', '1.8');
  return {
    mergedAreas: has113,
    importSheets: has113 && platform !== 'ipad',
    validation: has18,
    printLayout: isSupported('ExcelApi', '1.9'),
    chartAxisFormat: has18,
  };
}

export function meetsMinimum(isSupported: SetChecker): boolean {
  return isSupported(MINIMUM_SET.name, MINIMUM_SET.version);
}
