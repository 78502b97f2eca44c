/**
 * Names of downloaded reports: the source workbook's (or unit's) name plus what the file holds,
 * folded to ASCII so every browser, mail gateway and file share keeps the name intact.
 */
import { stripAccents } from '../../core/text/accents';

function slug(s: string): string {
  return stripAccents(s)
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
}

export function reportFileName(source: string | null, suffix: string): string {
  const base = slug((source ?? '').replace(/\.xlsx$/i, '')) || 'workbook';
  return `${base}-${slug(suffix)}.xlsx`;
}
