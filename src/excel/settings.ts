/**
 * The user's column choices for this workbook, kept in `workbook.settings` (Excel.SettingCollection,
 * ExcelApi 1.4: key-value pairs stored in the file, per add-in; never in the user's cells):
 * https://learn.microsoft.com/javascript/api/excel/excel.settingcollection. The value is the JSON
 * form `cchc check --columns FILE.json` reads, as a string, so any Excel stores it as it is.
 * One sync to read or write; two to clear a setting that exists.
 *
 * Not run in Excel on this machine: decided from the docs and @types/office-js.
 */
import { overridesJson, parseColumnJson, type ColumnOverride } from '../core/locate/overrides';

export const COLUMNS_SETTING = 'cchc.columns';

export async function readColumnSettings(context: Excel.RequestContext): Promise<ColumnOverride[]> {
  const item = context.workbook.settings.getItemOrNullObject(COLUMNS_SETTING);
  item.load('value');
  await context.sync();
  if (item.isNullObject || typeof item.value !== 'string') return [];
  try {
    const parsed = parseColumnJson(JSON.parse(item.value));
    // A setting another version wrote and this one cannot read is ignored, not fatal.
    return parsed.ok ? parsed.overrides : [];
  } catch {
    return [];
  }
}

export async function writeColumnSettings(
  context: Excel.RequestContext,
  overrides: readonly ColumnOverride[],
): Promise<void> {
  if (overrides.length > 0) {
    context.workbook.settings.add(COLUMNS_SETTING, JSON.stringify(overridesJson(overrides)));
    await context.sync();
    return;
  }
  // Clearing: a setting that is not there has nothing to delete (a null object is only tested).
  const item = context.workbook.settings.getItemOrNullObject(COLUMNS_SETTING);
  item.load('key');
  await context.sync();
  if (item.isNullObject) return;
  item.delete();
  await context.sync();
}
