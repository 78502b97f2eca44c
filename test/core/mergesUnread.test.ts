/**
 * A plan sheet whose merged areas the host could not read says so (one warning, at the table's
 * header), because the findings under a merged value stand on an incomplete reading there.
 */
import { readPlan } from '../../src/core/readPlan';
import { renderMessage } from '../../src/core/findings/render';
import { readWorkbookFile } from '../../src/xlsx/readFile';
import { join } from 'path';

const SAMPLE = join(__dirname, '../../assets/ke-hoach-cchc-2024.xlsx');

test('fires once per plan sheet whose merges are unread, quiet on the others and on non-plan sheets', async () => {
  const grids = await readWorkbookFile(SAMPLE);
  const quiet = readPlan(grids, {});
  expect(quiet.findings.filter((f) => f.code === 'merges-unread')).toEqual([]);

  const [first, ...rest] = grids;
  const other = {
    sheet: 'Ghi chú',
    origin: { row: 1, col: 1 },
    values: [['không phải bảng']],
    merges: [],
    mergesUnread: true,
  };
  const reading = readPlan([{ ...first, merges: [], mergesUnread: true }, ...rest, other], {});
  const fired = reading.findings.filter((f) => f.code === 'merges-unread');
  expect(fired).toHaveLength(1);
  expect(fired[0]).toMatchObject({ severity: 'warning', sheet: first.sheet });
  expect(fired[0].row).toBe(reading.tables.find((t) => t.sheet === first.sheet)!.headerRow);
  expect(renderMessage(fired[0], 'vi')).toContain(`trang tính ${first.sheet}`);
  expect(renderMessage(fired[0], 'en')).toContain('too many merged areas');
});
