/** `cchc check` shows each table's header rows and column roles, and `--columns` corrects them. */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkJson, consolidateJson, readingOf, runCli } from '../helpers/cli';

const SEED = join(__dirname, '../../assets/ke-hoach-cchc-2024.xlsx');

test("the text report names each role's column; --json carries the mapping", async () => {
  const text = await runCli(['check', SEED]);
  expect(text.out).toContain('Cơ quan chủ trì: cột E ("Cơ quan chủ trì")');
  expect(text.out).toContain('Thời hạn: cột G ("Thời gian thực hiện")');
  const json = await runCli(['check', SEED, '--json']);
  const tables = readingOf(checkJson(json.out)).tables;
  expect(tables.map((t: { sheet: string; headerRow: number }) => [t.sheet, t.headerRow])).toEqual([
    ['Phụ lục 1', 4],
    ['Phụ lục 2', 4],
  ]);
  expect(tables[1].columns).toContainEqual({
    role: 'timeframe',
    column: 'G',
    header: 'Thời gian thực hiện',
    overridden: false,
  });
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

describe('a reading corrected with --columns is the same in every command that reads the plan', () => {
  const SUBMISSION = join(__dirname, '../fixtures/submissions/messy-two-units.xlsx');
  const MOVED = 'Phụ lục 2!lead=F';

  test('consolidate reads the plan as check does, with and without --columns', async () => {
    const leads = async (args: string[]) => {
      const checked = readingOf(checkJson((await runCli(['check', SEED, '--json', ...args])).out));
      const consolidated = consolidateJson(
        (await runCli(['consolidate', '--plan', SEED, SUBMISSION, '--json', '--as-of', '2024-12-31', ...args])).out,
      );
      return {
        check: checked.tasks.map((t) => [t.code, t.lead]),
        consolidate: consolidated.tasks.map((t) => [t.code, t.lead]),
      };
    };
    const plain = await leads([]);
    const moved = await leads(['--columns', MOVED]);
    expect(plain.consolidate).toEqual(plain.check);
    expect(moved.consolidate).toEqual(moved.check);
    // The correction took effect: the first task's lead is now column F's text.
    expect(moved.check[0][1]).not.toEqual(plain.check[0][1]);
  });

  test('template and consolidate refuse a bad --columns in one line, before reading anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-cols-'));
    for (const args of [
      [
        'template',
        '--plan',
        SEED,
        '--unit',
        'UBND Phường 1',
        '--out',
        join(dir, 'mau.xlsx'),
        '--columns',
        'Phụ lục 2!lead=7',
      ],
      ['consolidate', '--plan', SEED, SUBMISSION, '--columns', 'Phụ lục 2!lead=7'],
    ]) {
      const bad = await runCli(args);
      expect(bad.code).toBe(2);
      expect(bad.err.split('\n')).toHaveLength(1);
      expect(bad.err).toContain('Phụ lục 2!lead=7');
    }
  });

  test('the mapping file is an input: never overwritten, even with --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-cols-'));
    const file = join(dir, 'mapping.json');
    const mapping = JSON.stringify({ 'Phụ lục 2': { lead: 'F' } });
    writeFileSync(file, mapping);
    const run = await runCli([
      'template',
      '--plan',
      SEED,
      '--unit',
      'UBND Phường 1',
      '--out',
      file,
      '--columns',
      file,
      '--force',
    ]);
    expect(run.code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe(mapping);
  });
});
