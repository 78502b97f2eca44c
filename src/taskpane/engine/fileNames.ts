/** Names of downloaded reports: the source workbook's name plus what the file holds. */
export function reportFileName(source: string | null, suffix: string): string {
  const base = (source ?? 'workbook').replace(/\.xlsx$/i, '').replace(/[\\/:*?"<>|]+/g, '-');
  const tail = suffix.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();
  return `${base}-${tail}.xlsx`;
}
