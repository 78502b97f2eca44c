/**
 * "Nhập vào sổ tính": the plan's two appendix tables, read from a Word document, laid out as new
 * sheets with their title rows and merged cells, the way the seed workbook keeps them. Both
 * writers take these layouts (Office.js in the add-in, exceljs for the downloaded .xlsx outside
 * Excel), and the checker then reads the sheets like any plan sheet: their names carry the mark
 * `isImportedAppendix` looks for, which keeps them out of the add-in's own sheets.
 */
import type { PlanReading } from '../readPlan';
import type { Grid } from '../grid';
import type { Lang } from '../i18n/lang';
import type { LayoutValue, SheetLayout } from '../report/layout';
import { cellText } from '../text/normalize';

const NAMES: Record<Lang, Record<'targets' | 'tasks', string>> = {
  vi: { targets: 'Phụ lục 1 (Word)', tasks: 'Phụ lục 2 (Word)' },
  en: { targets: 'Appendix 1 (Word)', tasks: 'Appendix 2 (Word)' },
};

/** Columns are sized to their text, within what still prints: 6 to 60 characters. */
function widths(grid: Grid): number[] {
  const w: number[] = [];
  for (const row of grid.values) {
    row.forEach((v, c) => {
      const longest = cellText(v)
        .split('\n')
        .reduce((m, l) => Math.max(m, l.length), 0);
      w[c] = Math.max(w[c] ?? 6, Math.min(60, longest + 2));
    });
  }
  // A title merged across the table would otherwise widen its first column.
  return w.map((x) => Math.max(6, Math.min(60, x)));
}

function layoutOf(grid: Grid, name: string, headerRow: number): SheetLayout {
  const merged = new Set<string>();
  for (const m of grid.merges) if (m.endCol > m.startCol && m.startRow === m.endRow) merged.add(`${m.startRow}`);
  const rows: LayoutValue[][] = grid.values.map((row, r) =>
    row.map((v) => {
      if (v === null) return null;
      // Long text and lists wrap inside their cell; titles merged across stay on one line.
      const wrap =
        typeof v === 'string' && (v.includes('\n') || v.length > 40) && !merged.has(`${r + grid.origin.row}`);
      return wrap || r + grid.origin.row === headerRow
        ? { value: v, wrap: true, bold: r + grid.origin.row === headerRow }
        : v;
    }),
  );
  const colWidths = widths({
    ...grid,
    values: grid.values.map((row, r) => (merged.has(`${r + grid.origin.row}`) ? [] : row)),
  });
  return { name, rows, columnWidths: colWidths, freezeRows: headerRow - grid.origin.row + 1, merges: grid.merges };
}

/** The located appendix tables as sheet layouts: targets (Phụ lục 1) first, then tasks (Phụ lục 2). */
export function appendixSheets(grids: readonly Grid[], reading: PlanReading, lang: Lang): SheetLayout[] {
  const out: SheetLayout[] = [];
  for (const kind of ['targets', 'tasks'] as const) {
    const table = reading.tables.find((t) => t.kind === kind);
    const grid = table && grids.find((g) => g.sheet === table.sheet);
    if (table && grid) out.push(layoutOf(grid, NAMES[lang][kind], table.headerRow));
  }
  return out;
}
