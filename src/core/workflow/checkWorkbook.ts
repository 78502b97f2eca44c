/**
 * The Check workflow on one workbook, the same in the pane and in `cchc check`: the plan's sheets
 * read and checked. Unit report sheets and the add-in's own sheets are not plan tables; a Word
 * document's findings name the table, row and column as Word numbers them.
 */
import { readPlan, type PlanReading } from '../readPlan';
import type { Grid } from '../grid';
import type { ColumnOverride } from '../locate/overrides';
import { placeInWordTables } from '../findings/wordPlace';
import { splitWorkbook } from '../workbookParts';

export interface WorkbookOptions {
  /** The workbook's file name, when the host knows it (names the source of its unit sheets). */
  file?: string | null;
  /** Forces the plan year; otherwise the year most titles and timeframes name. */
  planYear?: number;
  /** The user's corrections: a role's column, or a table's header row, per sheet. */
  columns?: readonly ColumnOverride[];
}

/** Never fails: a workbook with no plan gives a reading with no tables, and findings that say so. */
export function checkWorkbook(grids: readonly Grid[], options: WorkbookOptions = {}): PlanReading {
  const reading = readPlan(splitWorkbook(grids, options.file ?? null).planGrids, {
    planYear: options.planYear,
    columns: options.columns ?? [],
  });
  return { ...reading, findings: placeInWordTables(reading.findings, grids) };
}
