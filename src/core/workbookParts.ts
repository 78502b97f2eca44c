/**
 * Splits a workbook's sheets into the plan's sheets and the units' report sheets, so a template
 * or an imported unit workbook is never read as a (broken) plan table, and the add-in's own sheets
 * are never checked as if the user had typed them.
 */
import type { Grid } from './grid';
import { type Submission, readSubmissions } from './consolidate';
import { isImportedAppendix, isOwnSheet } from './report/sheetNames';

export interface WorkbookParts {
  planGrids: Grid[];
  submissions: Submission[];
}

export function splitWorkbook(grids: readonly Grid[], file: string | null = null): WorkbookParts {
  const submissions = readSubmissions(grids, file);
  const unitSheets = new Set(submissions.map((s) => s.sheet));
  const planGrids = grids.filter(
    (g) => !unitSheets.has(g.sheet) && (!isOwnSheet(g.sheet) || isImportedAppendix(g.sheet)),
  );
  return { planGrids, submissions };
}
