/** `cchc check` shows each table's header rows and column roles, and `--columns` corrects them. */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkJson, readingOf, runCli } from '../helpers/cli';

const SEED = join(__dirname, '../../assets/ke-hoach-cchc-2024.xlsx');

test('the text report names each role\'s column; --json carries the mapping', async () => {
  const text = await runCli(['check', SEED]);
  expect(text.out).toContain('Cơ quan chủ trì: cột E ("Cơ quan chủ trì")');
  expect(text.out).toContain('Thời hạn: cột G ("Thời gian thực hiện")');
  const json = await runCli(['check', SEED, '--json']);
  const tables = readingOf(checkJson(json.out)).tables;
  expect(tables.map((t: { sheet: string; headerRow: number }) => [t.sheet, t.headerRow])).toEqual([['Phụ lục 1', 4], ['Phụ lục 2', 4]]);
  expect(tables[1].columns).toContainEqual({ role: 'timeframe', column: 'G', header: 'Thời gian thực hiện', overridden: false });
});

test('--columns moves a role (the spec form and a JSON file), and a bad spec is one line with exit 2', async () => {
  const moved = await runCli(['check', SEED, '--json', '--columns', 'Phụ lục 2!deadline=D']);
  const wb = readingOf(checkJson(moved.out));
  expect(wb.tables[1].columns).toContainEqual({ role: 'timeframe', column: 'D', header: 'Sản phẩm', overridden: true });
  expect(wb.findings.some((f: { code: string }) => f.code === 'unparsed-deadline')).toBe(true);
  const dir = mkdtempSync(join(tmpdir(), 'cchc-cols-'));
  const file = join(dir, 'mapping.json');
  writeFileSync(file, JSON.stringify({ 'Phụ lục 2': { deadline: 'D' } }));
  const fromFile = readingOf(checkJson((await runCli(['check', SEED, '--json', '--columns', file])).out));
  expect(fromFile.tables[1].columns).toEqual(wb.tables[1].columns);
  const bad = await runCli(['check', SEED, '--columns', 'Phụ lục 2!deadline=7']);
  expect(bad.code).toBe(2);
  expect(bad.err.split('\n')).toHaveLength(1);
  expect(bad.err).toContain('Phụ lục 2!deadline=7');
});
