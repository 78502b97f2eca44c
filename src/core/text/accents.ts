/**
 * Vietnamese letters without their diacritics: `Hoàn thành` → `Hoan thanh`, `Đơn vị` → `don vi`.
 * Tone and vowel marks go (decomposed, then the combining marks dropped), and `đ`/`Đ`, which no
 * decomposition splits, become `d` (lower case, as every caller lower-cases anyway); other letters
 * keep their case. This is the one accent stripper: matching keys (`foldKey`), labels, timeframes,
 * column overrides, the pane's search and report file names all build on it.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const D_STROKE = /[đĐ]/g;

export function stripAccents(s: string): string {
  return s.normalize('NFD').replace(COMBINING_MARKS, '').replace(D_STROKE, 'd');
}
