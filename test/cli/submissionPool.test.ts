/**
 * The compiled `cchc consolidate` reads many submission files in worker threads; the result must be
 * exactly what reading them one by one gives (order, figures, findings, unreadable files).
 */
import { execFileSync, spawnSync } from 'child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { consolidateJson, runCli } from '../helpers/cli';
import { fillTemplate } from '../consolidate/helpers/fill';

const ROOT = join(__dirname, '../..');
const PLAN = join(ROOT, 'assets/ke-hoach-cchc-2024.xlsx');

test('worker threads and the in-process reader give the same consolidation', async () => {
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.cli.json')],
    { stdio: 'pipe' },
  );
  const dir = mkdtempSync(join(tmpdir(), 'cchc-pool-'));
  const files: string[] = [];
  for (let u = 1; u <= 10; u++) {
    const file = join(dir, `p${u}.xlsx`);
    expect((await runCli(['template', '--plan', PLAN, '--unit', `UBND Phường ${u}`, '--out', file])).code).toBe(0);
    await fillTemplate(file, {
      counts: { '3': [u, 10], '4a': [u * 2, 25] },
      statuses: { '1.1': u % 2 ? 'Hoàn thành' : 'Đang thực hiện' },
    });
    files.push(file);
  }
  // Twenty files, read by the pool (its threshold lowered for the test): the same ten units again
  // under other names are duplicates, found across workers.
  const copies: string[] = [];
  for (let i = 0; copies.length + files.length < 20; i++) {
    const copy = join(dir, `ban-sao-${i}.xlsx`);
    copyFileSync(files[i % files.length], copy);
    copies.push(copy);
  }
  files.push(...copies);
  const broken = join(dir, 'hong.xlsx');
  writeFileSync(broken, 'không phải bảng tính');
  files.splice(4, 0, broken);

  const args = ['consolidate', '--plan', PLAN, '--as-of', '2024-12-31', '--json', ...files];
  const seq = await runCli(args); // ts-jest: no compiled worker, so files are read one by one
  const pooled = spawnSync(process.execPath, [join(ROOT, 'bin/cchc.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, CCHC_POOL_FROM_FILES: '8' },
  });
  expect(pooled.status).toBe(seq.code);
  expect(pooled.stderr.trim()).toBe(seq.err.trim());
  const a = consolidateJson(seq.out);
  const b = consolidateJson(pooled.stdout);
  expect(b.submissions).toEqual(a.submissions);
  expect(b.indicators).toEqual(a.indicators);
  expect(b.tasks).toEqual(a.tasks);
  expect(b.findings).toEqual(a.findings);
  expect(b.unreadable.map((u: { file: string }) => u.file)).toEqual([broken]);
  // Every unit submitted more than once: each copy is left out of the aggregate until resolved.
  expect(a.indicators.find((i: { id: string }) => i.id === '3')).toEqual(
    expect.objectContaining({ rate: null, met: null, units: [] }),
  );
  expect(a.findings.filter((f: { code: string }) => f.code === 'duplicate-submission').length).toBeGreaterThanOrEqual(
    10,
  );
});
