/**
 * Which Office the pane runs in, from `Office.context.platform` (Office.PlatformType: "PC",
 * "OfficeOnline", "Mac", "iOS", "Android", "Universal"). Some limits depend on it: the 5 MB
 * request limit and the import's unsupported content apply to Excel on the web only, and
 * insertWorksheetsFromBase64 is not available on iPad (its JSDoc: "only supported for Office on
 * Windows, Mac, and the web").
 */
export type OfficePlatform = 'web' | 'windows' | 'mac' | 'ipad' | 'other';

export function toOfficePlatform(platform: unknown): OfficePlatform {
  switch (String(platform)) {
    case 'OfficeOnline':
      return 'web';
    case 'PC':
      return 'windows';
    case 'Mac':
      return 'mac';
    case 'iOS':
      return 'ipad';
    default:
      return 'other';
  }
}

/** The platform Office reports, or null outside Office. */
export function currentPlatform(): OfficePlatform | null {
  if (typeof Office === 'undefined' || !Office.context) return null;
  return toOfficePlatform(Office.context.platform);
}
