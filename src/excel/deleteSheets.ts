/**
 * Deletes sheets this add-in created, after a failure or a cancel (a half-written report or a
 * half-done import is worse than none). `worksheets.getItemOrNullObject` takes a name or an id
 * (its JSDoc), so callers pass whichever they hold; a sheet never added is simply not there.
 * A failure here is returned, to be attached to the error being thrown, never hidden.
 */
export async function deleteSheets(context: Excel.RequestContext, namesOrIds: readonly string[]): Promise<unknown> {
  if (namesOrIds.length === 0) return null;
  try {
    const found = namesOrIds.map((key) => context.workbook.worksheets.getItemOrNullObject(key));
    await context.sync();
    found.forEach((ws) => {
      if (!ws.isNullObject) ws.delete();
    });
    await context.sync();
    return null;
  } catch (cleanupError) {
    return cleanupError;
  }
}
