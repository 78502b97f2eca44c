/**
 * Names of downloaded reports: the source workbook's (or unit's) name plus what the file holds,
 * folded to ASCII so every browser, mail gateway and file share keeps the name intact.
 */
function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
}

export function reportFileName(source: string | null, suffix: string): string {
  const base = slug((source ?? '').replace(/\.xlsx$/i, '')) || 'workbook';
  return `${base}-${slug(suffix)}.xlsx`;
}
