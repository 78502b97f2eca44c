/**
 * The published JSON contract: docs/json/*.schema.json are what zod's toJSONSchema makes of core's
 * schemas (UPDATE_SCHEMAS=1 rewrites them), and what every command prints with --json parses
 * against those schemas, strictly (no field the contract does not name), on real inputs: the
 * sample, every variant workbook, a Word plan, an unreadable file, submissions of several periods
 * and a unit that sent two copies.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { z } from 'zod';
import { checkOutputSchema } from '../../src/core/contract/checkOutput';
import { consolidateOutputSchema } from '../../src/core/contract/consolidateOutput';
import { SCHEMA_VERSION } from '../../src/core/contract/version';
import { consolidateJson, runCli } from '../helpers/cli';
import { fillTemplate } from '../consolidate/helpers/fill';

const ROOT = join(__dirname, '../..');
const SAMPLE = join(ROOT, 'assets/ke-hoach-cchc-2024.xlsx');
const VARIANTS = join(ROOT, 'test/fixtures/variants');
const DOCX = join(ROOT, 'test/fixtures/docx/ke-hoach-libreoffice.docx');
const SUBMISSIONS = join(ROOT, 'test/fixtures/submissions');

const DOCUMENTS = [
  { file: 'check.schema.json', schema: checkOutputSchema },
  { file: 'consolidate.schema.json', schema: consolidateOutputSchema },
];

function strictParse(schema: z.ZodType, text: string): void {
  const r = schema.safeParse(JSON.parse(text));
  // The issues name the path that broke the contract: the test's message is the fix to make.
  expect(r.success ? [] : r.error.issues.slice(0, 5)).toEqual([]);
}

describe('docs/json', () => {
  test.each(DOCUMENTS)('$file is generated from the schema in core', ({ file, schema }) => {
    const generated = `${JSON.stringify(z.toJSONSchema(schema), null, 2)}\n`;
    const path = join(ROOT, 'docs/json', file);
    if (process.env.UPDATE_SCHEMAS) writeFileSync(path, generated);
    expect(readFileSync(path, 'utf8')).toBe(generated);
  });
});

describe('cchc check --json follows docs/json/check.schema.json', () => {
  test('the sample, every variant, a Word plan and an unreadable file, with timings', async () => {
    const variants = readdirSync(VARIANTS)
      .filter((f) => f.endsWith('.xlsx'))
      .map((f) => join(VARIANTS, f));
    const r = await runCli([
      'check',
      SAMPLE,
      ...variants,
      DOCX,
      join(ROOT, 'no-such-file.xlsx'),
      '--json',
      '--timings',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.out) as { schemaVersion: number; workbooks: unknown[] };
    expect(doc.schemaVersion).toBe(SCHEMA_VERSION);
    expect(doc.workbooks).toHaveLength(variants.length + 3);
    strictParse(checkOutputSchema, r.out);
  });

  test('a field the contract does not name is a failure (the check above can fail)', async () => {
    const r = await runCli(['check', SAMPLE, '--json']);
    const doc = JSON.parse(r.out) as { workbooks: Record<string, unknown>[] };
    doc.workbooks[0].extra = 1;
    expect(checkOutputSchema.safeParse(doc).success).toBe(false);
    delete doc.workbooks[0].extra;
    expect(checkOutputSchema.safeParse(doc).success).toBe(true);
  });
});

describe('cchc consolidate --json follows docs/json/consolidate.schema.json', () => {
  test('messy submissions with a unit list and an unreadable file', async () => {
    const r = await runCli([
      'consolidate',
      '--plan',
      SAMPLE,
      '--as-of',
      '2024-09-30',
      '--units',
      join(SUBMISSIONS, 'units.txt'),
      '--json',
      '--timings',
      join(SUBMISSIONS, 'messy-two-units.xlsx'),
      join(ROOT, 'missing.xlsx'),
    ]);
    expect(consolidateJson(r.out).schemaVersion).toBe(SCHEMA_VERSION);
    expect(consolidateJson(r.out).unreadable).toHaveLength(1);
    strictParse(consolidateOutputSchema, r.out);
  });

  test('several periods (a series) and a unit that sent two copies (a resubmission), latest preferred', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-contract-'));
    const files: string[] = [];
    const write = async (name: string, unit: string, period: string, done: number) => {
      const out = join(dir, name);
      const t = await runCli(['template', '--plan', SAMPLE, '--unit', unit, '--period', period, '--out', out]);
      expect(t.code).toBe(0);
      await fillTemplate(out, { counts: { '1': [done, 10], '2': [3, 4] }, statuses: { '1.1': 'Hoàn thành' } });
      files.push(out);
    };
    await write('p1-q1.xlsx', 'UBND Phường 1', 'Quý I/2024', 4);
    await write('p2-q1.xlsx', 'UBND Phường 2', 'Quý I/2024', 5);
    await write('p1-h1.xlsx', 'UBND Phường 1', '6 tháng đầu năm 2024', 6);
    await write('p2-h1.xlsx', 'UBND Phường 2', '6 tháng đầu năm 2024', 7);
    copyFileSync(files[3], join(dir, 'p2-h1-lan-2.xlsx'));
    await fillTemplate(join(dir, 'p2-h1-lan-2.xlsx'), { counts: { '1': [8, 10] } });
    files.push(join(dir, 'p2-h1-lan-2.xlsx'));
    const r = await runCli([
      'consolidate',
      '--plan',
      SAMPLE,
      '--period',
      '6 tháng đầu năm 2024',
      '--prefer-latest',
      '--json',
      ...files,
    ]);
    const doc = JSON.parse(r.out) as { series: unknown; resubmissions: unknown[]; period: { key: string } };
    expect(doc.period.key).toBe('2024-h1');
    expect(doc.series).not.toBeNull();
    expect(doc.resubmissions).toHaveLength(1);
    strictParse(consolidateOutputSchema, r.out);
  });
});
