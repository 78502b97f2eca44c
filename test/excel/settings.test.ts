/**
 * The user's column choices in workbook.settings, on a fake that behaves as Microsoft documents
 * Excel.SettingCollection (https://learn.microsoft.com/javascript/api/excel/excel.settingcollection):
 * `add(key, value)` sets or adds; `getItemOrNullObject(key)` gives an object whose `isNullObject` is
 * true when the key is absent; properties are readable only after `load` + `context.sync()`;
 * `Setting.delete()` removes the setting. Round trips are counted; no cell is touched.
 */
import { COLUMNS_SETTING, readColumnSettings, writeColumnSettings } from '../../src/excel/settings';
import { parseColumnSpec } from '../../src/core/locate/overrides';

function fakeContext() {
  const store = new Map<string, unknown>();
  let syncs = 0;
  const pending: (() => void)[] = [];
  const item = (key: string) => {
    let loaded = false;
    const self = {
      get isNullObject() {
        if (!loaded) throw new Error('isNullObject read before load + sync');
        return !store.has(key);
      },
      get value() {
        if (!loaded) throw new Error('value read before load + sync');
        return store.get(key);
      },
      key,
      load: () => void pending.push(() => (loaded = true)),
      delete: () => void pending.push(() => void store.delete(key)),
    };
    return self;
  };
  const context = {
    workbook: {
      settings: {
        add: (key: string, value: unknown) => void pending.push(() => void store.set(key, value)),
        getItemOrNullObject: item,
      },
    },
    sync: async () => {
      syncs++;
      pending.splice(0).forEach((f) => f());
    },
  };
  return { context: context as unknown as Excel.RequestContext, store, syncs: () => syncs };
}

test('a choice written is read back the same, in one round trip each; clearing removes the setting', async () => {
  const f = fakeContext();
  expect(await readColumnSettings(f.context)).toEqual([]);
  const spec = parseColumnSpec('Phụ lục 2!deadline=H,lead=E');
  if (!spec.ok) throw new Error(spec.error);
  const before = f.syncs();
  await writeColumnSettings(f.context, spec.overrides);
  expect(f.syncs() - before).toBe(1);
  expect(typeof f.store.get(COLUMNS_SETTING)).toBe('string');
  const again = f.syncs();
  expect(await readColumnSettings(f.context)).toEqual(spec.overrides);
  expect(f.syncs() - again).toBe(1);
  await writeColumnSettings(f.context, []);
  expect(f.store.has(COLUMNS_SETTING)).toBe(false);
});

test('a setting this version cannot read is ignored, not fatal', async () => {
  const f = fakeContext();
  f.store.set(COLUMNS_SETTING, '{not json');
  expect(await readColumnSettings(f.context)).toEqual([]);
  f.store.set(COLUMNS_SETTING, JSON.stringify({ S: { deadline: 'nowhere' } }));
  expect(await readColumnSettings(f.context)).toEqual([]);
});
