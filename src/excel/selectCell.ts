/** Takes the user to a finding's cell (or row, `5:5`). Selecting moves the cursor only; no cell is changed. */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string | null): Promise<boolean> {
  const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
  await context.sync();
  if (ws.isNullObject) return false;
  ws.activate();
  if (cell) ws.getRange(cell).select();
  await context.sync();
  return true;
}
