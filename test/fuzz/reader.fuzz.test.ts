/**
 * Mutation fuzzing of the reader, through `cchc check --json`: mutants of real workbooks at byte
 * and XML level (./mutate.ts), each of which must give a reading or a refusal — never a crash
 * (any error but a WorkbookReadError), never a stack trace, never invalid JSON, exit code 0, 1 or
 * 2, and on 2 exactly one line naming the file. The seed is fixed, so a failure names the mutant
 * to replay. `npm run fuzz -- --count N --seed S` runs longer campaigns through this same file.
 *
 * Hangs: every parser the reader uses is linear in the part's size, and each mutant is a small
 * workbook; a mutant that hung would stall its batch past Jest's timeout and fail it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { isWorkbookReadError } from '../../src/xlsx/readErrors';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { runCli } from '../helpers/cli';
import { mutant, rng } from './mutate';

const ROOT = join(__dirname, '..', '..');
const COUNT = Number(process.env.FUZZ_COUNT ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const BATCH = 50;

const SEEDS = [
  join(ROOT, 'assets', 'ke-hoach-cchc-2024.xlsx'),
  join(ROOT, 'test', 'fixtures', 'variants', 'one-sheet.xlsx'),
  join(ROOT, 'test', 'fixtures', 'variants', 'libreoffice-roundtrip.xlsx'),
  join(ROOT, 'test', 'fixtures', 'submissions', 'messy-two-units.xlsx'),
].map((p) => new Uint8Array(readFileSync(p)));

const dir = mkdtempSync(join(tmpdir(), 'cchc-fuzz-'));

async function tryOne(i: number): Promise<string | null> {
  const r = rng(SEED + i);
  const { bytes, how } = mutant(r, SEEDS[i % SEEDS.length]);
  const where = `mutant ${i} (seed ${SEED + i}, ${how})`;
  try {
    await readWorkbook(bytes);
  } catch (err) {
    if (!isWorkbookReadError(err))
      return `${where}: the reader threw ${(err as Error)?.name}: ${(err as Error)?.message}`;
  }
  const file = join(dir, `m${i}.xlsx`);
  writeFileSync(file, bytes);
  const run = await runCli(['check', '--json', file]);
  if (![0, 1, 2].includes(run.code)) return `${where}: exit code ${run.code}`;
  try {
    const json = JSON.parse(run.out) as { workbooks: unknown[] };
    if (json.workbooks.length !== 1) return `${where}: ${json.workbooks.length} workbooks in the JSON`;
  } catch {
    return `${where}: stdout is no JSON: ${run.out.slice(0, 200)}`;
  }
  if (/\n\s+at |Error:/.test(run.err))
    return `${where}: a stack trace or raw error on stderr: ${run.err.slice(0, 300)}`;
  if (run.code === 2 && (run.err.split('\n').length !== 1 || !run.err.includes(file)))
    return `${where}: not one line naming the file: ${run.err.slice(0, 300)}`;
  if (run.code !== 2 && run.err !== '') return `${where}: stderr on a readable file: ${run.err.slice(0, 300)}`;
  return null;
}

const batches = Array.from(
  { length: Math.ceil(COUNT / BATCH) },
  (_, b) => [b * BATCH, Math.min(COUNT, (b + 1) * BATCH)] as const,
);

describe(`reader fuzz: ${COUNT} mutants from seed ${SEED}`, () => {
  it.each(batches)(
    'mutants %d to %d',
    async (from, to) => {
      const failures: string[] = [];
      for (let i = from; i < to; i++) {
        const f = await tryOne(i);
        if (f) failures.push(f);
      }
      expect(failures).toEqual([]);
    },
    120_000,
  );
});
