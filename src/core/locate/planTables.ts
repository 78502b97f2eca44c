/**
 * The plan's two tables, found by their headers in any sheet: a table with a timeframe column is a
 * task table (Appendix 2); one without is a target table (Appendix 1). Both may sit on one sheet.
 */
import type { CellValue, Grid } from '../grid';
import { classifyLine } from '../read/rowKinds';
import { isBlank } from '../text/normalize';
import { findHeaders, type ColumnRole, type HeaderMatch } from './headers';
import { SheetView } from './sheetView';

export type PlanRole = 'stt' | 'text' | 'area' | 'products' | 'lead' | 'coordinators' | 'timeframe' | 'budget' | 'note';

/** Header wordings seen in real plans, as folded keys (no diacritics, lower case). */
export const PLAN_ROLES: readonly ColumnRole[] = [
  { role: 'stt', patterns: ['stt', 'tt', 'so tt', 'so thu tu', 'ma', 'ma so'] },
  {
    role: 'text',
    patterns: ['nhiem vu', 'nhiem vu cu the', 'ten nhiem vu', 'noi dung nhiem vu', 'muc tieu', 'chi tieu', 'muc tieu chi tieu', 'noi dung', 'noi dung cong viec', 'cong viec'],
  },
  { role: 'area', patterns: ['noi dung cchc', 'linh vuc', 'linh vuc cchc', 'noi dung cai cach hanh chinh', 'nhom nhiem vu'] },
  { role: 'products', patterns: ['san pham', 'san pham dau ra', 'ket qua', 'hinh thuc san pham', 'san pham ket qua'] },
  { role: 'lead', patterns: ['co quan chu tri', 'chu tri', 'don vi chu tri', 'co quan don vi chu tri', 'don vi thuc hien', 'co quan thuc hien chu tri'] },
  { role: 'coordinators', patterns: ['co quan phoi hop', 'phoi hop', 'don vi phoi hop', 'co quan don vi phoi hop'] },
  { role: 'timeframe', patterns: ['thoi gian thuc hien', 'thoi gian', 'thoi han', 'thoi gian hoan thanh', 'thoi han hoan thanh', 'tien do', 'tien do thuc hien'] },
  { role: 'budget', patterns: ['kinh phi', 'du tru kinh phi', 'du tru kinh phi thuc hien', 'du toan kinh phi', 'kinh phi thuc hien', 'du toan'] },
  { role: 'note', patterns: ['ghi chu'] },
];

export interface LocatedTable {
  kind: 'targets' | 'tasks';
  view: SheetView;
  header: HeaderMatch;
  /** Physical column of each role found. */
  columns: Map<PlanRole, number>;
  /** Last physical row that may hold this table's data (the row before the next table's titles). */
  lastRow: number;
}

/**
 * Where a table's rows end: its closing line or the next appendix's title, else the sheet's end.
 * Cheap on purpose (only one-value rows are read), as it runs over every row of a big table.
 */
function tableEnd(view: SheetView, h: HeaderMatch): number {
  const cols = [...h.columns.values()];
  const first = Math.min(...cols);
  const last = Math.max(...cols);
  for (let row = h.firstDataRow; row <= view.lastRow; row++) {
    let only: CellValue = null;
    let count = 0;
    for (let col = first; col <= last && count < 2; col++) {
      const m = view.mergeAt(row, col);
      if (m && m.startRow === row && m.startCol !== col) continue;
      const v = view.value(row, col);
      if (isBlank(v)) continue;
      count++;
      only = v;
    }
    if (count !== 1) continue;
    const kind = classifyLine(only);
    if (kind !== null) return row;
  }
  return view.lastRow;
}

export function locatePlanTables(grids: readonly Grid[]): LocatedTable[] {
  const tables: LocatedTable[] = [];
  for (const grid of grids) {
    if (grid.values.length === 0) continue;
    const view = new SheetView(grid);
    const headers = findHeaders(view, PLAN_ROLES, { minRoles: 3, requireAll: ['text'], endOf: (h) => tableEnd(view, h) }).filter(
      (h) => h.columns.has('lead') || h.columns.has('timeframe') || h.columns.has('stt') || h.columns.has('coordinators'),
    );
    headers.forEach((header, i) => {
      const next = headers[i + 1];
      tables.push({
        kind: header.columns.has('timeframe') ? 'tasks' : 'targets',
        view,
        header,
        columns: header.columns as Map<PlanRole, number>,
        lastRow: next ? next.headerRow - 1 : view.lastRow,
      });
    });
  }
  return tables;
}
