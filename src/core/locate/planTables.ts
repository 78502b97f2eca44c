/**
 * The plan's tables, found by their header bands in any sheet: a table with a timeframe column is a
 * task table (Appendix 2); one without is a target table (Appendix 1). Both may sit on one sheet;
 * either may be missing. A table runs from its header to its closing `Tổng cộng` line, a footer,
 * the next table's title or header, or the sheet's end; empty rows inside it do not end it, and the
 * header repeated inside it (pages pasted back) is still the same table.
 */
import type { Grid } from '../grid';
import { ENDS_TABLE, classifyRow, rowFacts, type RowFacts, type RowKind } from '../read/rowRules';
import { foldKey, isBlank } from '../text/normalize';
import { bandAt, findHeaderBands, readBandAt, type HeaderBand } from './headerBands';
import type { ColumnOverride } from './overrides';
import { SheetView } from './sheetView';
import type { PlanRole } from './vocabulary';

export type { PlanRole } from './vocabulary';

export interface LocatedTable {
  kind: 'targets' | 'tasks';
  view: SheetView;
  header: HeaderBand;
  /** Physical column of each role found (after any override by the user). */
  columns: Map<PlanRole, number>;
  /** The columns the table spans (every role's column, and the header's). */
  firstCol: number;
  lastCol: number;
  /** Last physical row that may hold this table's data (its closing line included). */
  lastRow: number;
  /** Rows of the header repeated inside the table, skipped when reading. */
  repeatedHeaderRows: Set<number>;
  /** What ended the table. */
  endedBy: 'total' | 'footer' | 'next-title' | 'next-table' | 'sheet-end';
  /** Roles whose column the user set. */
  overridden: PlanRole[];
  /** The body rows' facts as the end of the table was sought, in order: the reader uses them again. */
  scanned: RowFacts[];
}

/** How far above a header its titles may reach when the table before it has no closing line. */
const MAX_TITLE_ROWS = 8;

function sameColumns(a: ReadonlyMap<PlanRole, number>, b: ReadonlyMap<PlanRole, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [role, col] of a) if (b.get(role) !== col) return false;
  return true;
}

function spanOf(view: SheetView, columns: ReadonlyMap<PlanRole, number>): { firstCol: number; lastCol: number } {
  const cols = [...columns.values()];
  return { firstCol: Math.min(view.firstCol, ...cols), lastCol: Math.max(...cols) };
}

/** The first row of the titles standing above a header: rows of one text at most, blank rows between. */
function titleBlockStart(view: SheetView, headerRow: number, floor: number): number {
  let start = headerRow;
  for (let row = headerRow - 1, seen = 0; row > floor && seen < MAX_TITLE_ROWS; row--) {
    let filled = 0;
    for (let col = view.firstCol; col <= view.lastCol && filled < 2; col++) {
      if (view.isCovered(row, col)) continue;
      if (!isBlank(view.raw(row, col))) filled++;
    }
    if (filled === 0) continue;
    if (filled > 1) break;
    seen++;
    start = row;
  }
  return start;
}

function applyOverride(
  view: SheetView,
  band: HeaderBand,
  o: ColumnOverride | undefined,
): { columns: Map<PlanRole, number>; overridden: PlanRole[] } {
  const columns = new Map(band.columns);
  const overridden: PlanRole[] = [];
  if (!o) return { columns, overridden };
  for (const [role, col] of Object.entries(o.roles) as [PlanRole, number | null][]) {
    for (const [r, c] of columns) if (c === col && r !== role) columns.delete(r);
    if (col === null) columns.delete(role);
    else columns.set(role, col);
    overridden.push(role);
  }
  return { columns, overridden };
}

function sheetMatches(o: ColumnOverride, sheet: string): boolean {
  return o.sheet === sheet || foldKey(o.sheet) === foldKey(sheet);
}

/** The bands of one sheet: those found, with a header row the user named put in place of any found near it. */
function bandsOf(view: SheetView, overrides: readonly ColumnOverride[]): HeaderBand[] {
  let bands = findHeaderBands(view);
  for (const o of overrides) {
    if (o.headerRow === undefined || !sheetMatches(o, view.sheet)) continue;
    const forced = readBandAt(view, o.headerRow, o.headerRows);
    bands = bands.filter((b) => b.firstDataRow <= forced.headerRow || b.headerRow >= forced.firstDataRow);
    bands.push(forced);
  }
  return bands.sort((a, b) => a.headerRow - b.headerRow);
}

function overrideFor(
  view: SheetView,
  band: HeaderBand,
  index: number,
  overrides: readonly ColumnOverride[],
): ColumnOverride | undefined {
  const mine = overrides.filter((o) => sheetMatches(o, view.sheet));
  return (
    mine.find((o) => o.headerRow === band.headerRow) ??
    (index === 0 ? mine.find((o) => o.headerRow === undefined) : undefined)
  );
}

export function locatePlanTables(grids: readonly Grid[], overrides: readonly ColumnOverride[] = []): LocatedTable[] {
  const tables: LocatedTable[] = [];
  for (const grid of grids) {
    if (grid.values.length === 0) continue;
    const view = SheetView.of(grid);
    const bands = bandsOf(view, overrides);
    let open: LocatedTable | null = null;
    let scanFrom = 0;
    let index = 0;
    for (let i = 0; i <= bands.length; i++) {
      const band = bands[i];
      // Read the open table's rows up to this band: did it end before it?
      if (open) {
        const limit = band ? band.headerRow - 1 : view.lastRow;
        let ended: RowKind | null = null;
        let row = scanFrom;
        for (; row <= limit; row++) {
          if (open.repeatedHeaderRows.has(row)) continue;
          const facts = rowFacts(view, row, open);
          open.scanned.push(facts);
          const kind = classifyRow(facts);
          if (ENDS_TABLE.has(kind)) {
            ended = kind;
            break;
          }
        }
        if (ended) {
          open.lastRow = ended === 'total' ? row : row - 1;
          open.endedBy = ended as LocatedTable['endedBy'];
          open = null;
        } else if (band && sameColumns(band.columns, open.header.columns)) {
          // The header again inside the table: skipped, the table goes on.
          for (let r = band.headerRow; r < band.firstDataRow; r++) open.repeatedHeaderRows.add(r);
          scanFrom = band.firstDataRow;
          continue;
        } else {
          open.lastRow = band ? titleBlockStart(view, band.headerRow, open.header.firstDataRow) - 1 : view.lastRow;
          open.endedBy = band ? 'next-table' : 'sheet-end';
          open = null;
        }
      }
      if (!band) break;
      const { columns, overridden } = applyOverride(view, band, overrideFor(view, band, index++, overrides));
      const span = spanOf(view, columns);
      const table: LocatedTable = {
        kind: columns.has('timeframe') ? 'tasks' : 'targets',
        view,
        header: band,
        columns,
        ...span,
        lastRow: view.lastRow,
        repeatedHeaderRows: new Set(),
        scanned: [],
        endedBy: 'sheet-end',
        overridden,
      };
      tables.push(table);
      open = table;
      scanFrom = band.firstDataRow;
    }
  }
  return tables;
}

export { bandAt };
