/**
 * How the pane enters Excel: one `Excel.run` per task, with `delayForCellEdit` so a user typing in
 * a cell makes the batch wait until they leave the cell instead of failing it (Excel.RunOptions,
 * https://learn.microsoft.com/javascript/api/excel/excel.runoptions). Excels that ignore the
 * option still answer InvalidOperationInCellEditMode; that, and every other failure, reaches the
 * pane as an ExcelHostError. Cancelling is not a failure and passes through as it is.
 */
import { isCancelled } from '../host/task';
import { toExcelHostError } from './errors';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** `Excel.run`'s overload that takes options first (the one the host uses). */
export type ExcelRunWithOptions = <T>(
  options: Excel.RunOptions,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

export const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

export function createExcelRun(run: ExcelRunWithOptions): ExcelRun {
  return async (batch) => {
    try {
      return await run(RUN_OPTIONS, batch);
    } catch (err) {
      if (isCancelled(err)) throw err;
      throw toExcelHostError(err);
    }
  };
}
