/**
 * Where a finding is and what it quotes, in words: `'Phụ lục 2'!G16`, `Bảng 2, dòng 5, cột 7`, a
 * cell value shortened to one line. Messages and hosts print these beside a finding's message.
 */
import type { Lang } from '../i18n/lang';
import { addressOf } from './address';
import type { Finding, TablePlace } from './finding';

const TABLE_WORDS: Record<Lang, { table: string; row: string; column: string; title: string; closing: string }> = {
  vi: { table: 'Bảng', row: 'dòng', column: 'cột', title: 'tiêu đề dòng', closing: 'dòng sau bảng' },
  en: { table: 'Table', row: 'row', column: 'column', title: 'title line', closing: 'line after the table' },
};

/** `Bảng 2, dòng 5, cột 7` (`Table 2, row 5, column 7`): a place in a Word table. */
function tablePlace(t: TablePlace, lang: Lang): string {
  const w = TABLE_WORDS[lang];
  const parts = [`${w.table} ${t.table}`];
  if (t.part === 'title') parts.push(`${w.title} ${t.row ?? 1}`);
  else if (t.part === 'closing') parts.push(w.closing);
  else {
    if (t.row !== null) parts.push(`${w.row} ${t.row}`);
    if (t.column !== null) parts.push(`${w.column} ${t.column}`);
  }
  return parts.join(', ');
}

/** `'Phụ lục 2'!G16`, or the sheet alone, or nothing; in a Word table, `Bảng 2, dòng 5, cột 7`. */
export function placeOf(f: Finding, lang: Lang = 'vi'): string {
  if (f.table) return tablePlace(f.table, lang);
  if (!f.sheet) return '';
  const sheet = /^[\p{L}\p{N}_]+$/u.test(f.sheet) ? f.sheet : `'${f.sheet.replace(/'/g, "''")}'`;
  const address = addressOf(f);
  return address ? `${sheet}!${address}` : sheet;
}

/** Quotes a cell value for a message, shortened so a 32,000-char cell stays one readable line. */
export function quote(value: string | null | undefined, max = 120): string {
  if (value === null || value === undefined) return '""';
  const flat = value.replace(/\s+/g, ' ').trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
}
