/**
 * The title rows above a table (`PHỤ LỤC 2`, `… NĂM 2024`, `(Ban hành kèm theo Kế hoạch số: …)`):
 * read upward from the header over rows that hold one text each, stopping at anything else.
 */
import { columnLetter } from '../grid';
import type { LocatedTable } from '../locate/planTables';
import { citedDocumentKind, citedReference, titleYear } from '../parse/planTitle';
import type { PlanReference } from '../schema';
import { isBlank, readable } from '../text/normalize';

export interface TitleInfo {
  year: number | null;
  yearRow: number | null;
  yearColumn: string | null;
  yearText: string | null;
  reference: PlanReference | null;
  /** The kind of document the title says it is attached to (`KH` for `Kế hoạch số`). */
  citedKind: string | null;
}

const MAX_TITLE_ROWS = 8;

export function readTitles(t: LocatedTable, stopAbove: number): TitleInfo {
  const { view } = t;
  const info: TitleInfo = {
    year: null,
    yearRow: null,
    yearColumn: null,
    yearText: null,
    reference: null,
    citedKind: null,
  };
  const lastCol = Math.max(...t.columns.values(), view.firstCol);
  let seen = 0;
  for (let row = t.header.headerRow - 1; row > stopAbove && row >= view.firstRow && seen < MAX_TITLE_ROWS; row--) {
    const texts: { col: number; text: string }[] = [];
    for (let col = view.firstCol; col <= lastCol; col++) {
      if (view.isCovered(row, col)) continue;
      const v = view.raw(row, col);
      if (!isBlank(v)) texts.push({ col, text: readable(v) });
    }
    if (texts.length === 0) continue;
    if (texts.length > 2) break;
    seen++;
    for (const { col, text } of texts) {
      const ref = citedReference(text);
      if (ref && !info.reference) {
        info.reference = { ...ref, sheet: view.sheet, row, column: columnLetter(col), text };
        info.citedKind = citedDocumentKind(text.split(/s[ốo]\s*:?/iu)[0] ?? text);
        continue;
      }
      const y = titleYear(text);
      if (y !== null && info.year === null) {
        info.year = y;
        info.yearRow = row;
        info.yearColumn = columnLetter(col);
        info.yearText = text;
      }
    }
  }
  return info;
}
