/**
 * No command may destroy a user's file: an output that is an input is refused (even with --force,
 * however the input is named), an existing file is refused without --force, and what is written
 * arrives whole through a temporary file that never stays behind.
 */
import {
  copyFileSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'fs';
import { tmpdir } from 'os';
import { join, relative } from 'path';
import { runCli } from '../helpers/cli';

const SAMPLE = join(__dirname, '../../assets/ke-hoach-cchc-2024.xlsx');
const SUBMISSION = join(__dirname, '../fixtures/submissions/messy-two-units.xlsx');

function freshDir(): { dir: string; plan: string; planBytes: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-out-'));
  const plan = join(dir, 'ke-hoach.xlsx');
  copyFileSync(SAMPLE, plan);
  return { dir, plan, planBytes: readFileSync(plan) };
}

const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('an output path that is an input', () => {
  test('check --report onto the plan itself is refused, the plan untouched, even with --force', async () => {
    const { dir, plan, planBytes } = freshDir();
    for (const force of [[], ['--force']]) {
      const r = await runCli(['check', plan, '--report', plan, ...force]);
      expect(r.code).toBe(2);
      expect(r.err.split('\n')).toHaveLength(1);
      expect(r.err).toContain('tệp đầu vào');
      expect(r.out).toBe('');
      expect(readFileSync(plan).equals(planBytes)).toBe(true);
    }
    expect(leftovers(dir)).toEqual([]);
  });

  test('a symlink, a hard link and a relative spelling of the input are the input too', async () => {
    const { dir, plan, planBytes } = freshDir();
    symlinkSync(plan, join(dir, 'link.xlsx'));
    linkSync(plan, join(dir, 'hard.xlsx'));
    for (const out of [
      join(dir, 'link.xlsx'),
      join(dir, 'hard.xlsx'),
      relative(process.cwd(), plan),
      join(dir, '.', 'ke-hoach.xlsx'),
    ]) {
      const r = await runCli(['check', plan, '--report', out, '--force', '--lang', 'en']);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(
        /^Will not write --report .*: it is the input file .*ke-hoach\.xlsx, which would be lost\. Choose another file name\.$/,
      );
      expect(readFileSync(plan).equals(planBytes)).toBe(true);
    }
  });

  test('an input reached through a symlink is protected when the output names the real file', async () => {
    const { dir, plan, planBytes } = freshDir();
    const link = join(dir, 'link.xlsx');
    symlinkSync(plan, link);
    const r = await runCli(['check', link, '--report', plan, '--force']);
    expect(r.code).toBe(2);
    expect(readFileSync(plan).equals(planBytes)).toBe(true);
  });

  test('consolidate --out onto a submission or the plan, and template --out onto the plan, are refused', async () => {
    const { dir, plan, planBytes } = freshDir();
    const sub = join(dir, 'phuong-1.xlsx');
    copyFileSync(SUBMISSION, sub);
    const subBytes = readFileSync(sub);
    const runs = [
      ['consolidate', '--plan', plan, '--out', sub, '--force', sub],
      ['consolidate', '--plan', plan, '--out', plan, '--force', sub],
      ['template', '--plan', plan, '--unit', 'UBND Phường 1', '--out', plan, '--force'],
    ];
    for (const args of runs) {
      const r = await runCli(args);
      expect(r.code).toBe(2);
      expect(r.err).toContain('tệp đầu vào');
    }
    expect(readFileSync(plan).equals(planBytes)).toBe(true);
    expect(readFileSync(sub).equals(subBytes)).toBe(true);
  });

  test('consolidate --out onto the --units list is refused', async () => {
    const { dir, plan } = freshDir();
    const units = join(dir, 'units.txt');
    writeFileSync(units, 'UBND Phường 1\n');
    const r = await runCli(['consolidate', '--plan', plan, '--units', units, '--out', units, '--force', SUBMISSION]);
    expect(r.code).toBe(2);
    expect(readFileSync(units, 'utf8')).toBe('UBND Phường 1\n');
  });
});

describe('the later outputs keep the rule: --docx and convert --out', () => {
  test('consolidate --docx onto the plan, and --docx naming the same file as --out, are refused', async () => {
    const { dir, plan, planBytes } = freshDir();
    const onPlan = await runCli(['consolidate', '--plan', plan, '--docx', plan, '--force', SUBMISSION]);
    expect(onPlan.code).toBe(2);
    expect(onPlan.err).toContain('tệp đầu vào');
    const both = join(dir, 'bao-cao');
    const twice = await runCli([
      'consolidate',
      '--plan',
      plan,
      '--out',
      both,
      '--docx',
      both,
      SUBMISSION,
      '--lang',
      'en',
    ]);
    expect(twice.code).toBe(2);
    expect(twice.err).toBe(`--out and --docx both name ${both}: give each output its own file name.`);
    expect(readFileSync(plan).equals(planBytes)).toBe(true);
    expect(readdirSync(dir)).toEqual(['ke-hoach.xlsx']);
  });

  test('convert --out onto its input is refused even with --force; an existing --out needs --force', async () => {
    const { dir, plan, planBytes } = freshDir();
    const self = await runCli(['convert', plan, '--out', plan, '--force']);
    expect(self.code).toBe(2);
    expect(self.err).toContain('tệp đầu vào');
    const existing = join(dir, 'ban-unicode.xlsx');
    writeFileSync(existing, 'kept');
    const refused = await runCli(['convert', plan, '--out', existing]);
    expect(refused.code).toBe(2);
    expect(readFileSync(existing, 'utf8')).toBe('kept');
    expect(readFileSync(plan).equals(planBytes)).toBe(true);
  });
});

describe('an output path that exists', () => {
  test('is refused without --force and replaced whole with it, leaving no temporary file', async () => {
    const { dir, plan } = freshDir();
    const report = join(dir, 'bao-cao.xlsx');
    writeFileSync(report, 'an earlier report the user keeps');
    const refused = await runCli(['check', plan, '--report', report]);
    expect(refused.code).toBe(2);
    expect(refused.err).toBe(
      `Không ghi --report ${report}: tệp này đã có. Hãy chọn tên khác, hoặc thêm --force để thay tệp cũ.`,
    );
    expect(readFileSync(report, 'utf8')).toBe('an earlier report the user keeps');

    const forced = await runCli(['check', plan, '--report', report, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(report).subarray(0, 2).toString()).toBe('PK');
    expect(leftovers(dir)).toEqual([]);
  });

  test('a dangling symlink is a taken name too', async () => {
    const { dir, plan } = freshDir();
    const report = join(dir, 'dangling.xlsx');
    symlinkSync(join(dir, 'nowhere.xlsx'), report);
    const r = await runCli(['check', plan, '--report', report]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('đã có');
  });

  test('a folder is never an output', async () => {
    const { dir, plan } = freshDir();
    const folder = join(dir, 'reports');
    mkdirSync(folder);
    const r = await runCli([
      'template',
      '--plan',
      plan,
      '--unit',
      'UBND Phường 1',
      '--out',
      folder,
      '--force',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('it is a folder');
  });
});

describe('writing a new file', () => {
  test('writes the output and nothing else beside it', async () => {
    const { dir, plan } = freshDir();
    const out = join(dir, 'phuong-1.xlsx');
    const r = await runCli(['template', '--plan', plan, '--unit', 'UBND Phường 1', '--out', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(dir).sort()).toEqual(['ke-hoach.xlsx', 'phuong-1.xlsx']);
  });

  test('a folder that does not exist gives one line and leaves nothing behind', async () => {
    const { dir, plan } = freshDir();
    const r = await runCli(['check', plan, '--report', join(dir, 'missing', 'r.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err.split('\n').filter((l) => l.includes('Không ghi được'))).toHaveLength(1);
    expect(readdirSync(dir)).toEqual(['ke-hoach.xlsx']);
  });
});

describe('writeOutputFile, the last step every command takes', () => {
  const io = () => {
    const err: string[] = [];
    return { err, io: { out: () => undefined, err: (t: string) => err.push(t) } };
  };

  test('a name taken after the outputs were vetted is still not overwritten without --force', async () => {
    const { writeOutputFile } = await import('../../src/cli/safeOutput');
    const dir = mkdtempSync(join(tmpdir(), 'cchc-out-'));
    const path = join(dir, 'r.xlsx');
    writeFileSync(path, 'appeared meanwhile');
    const { err, io: cli } = io();
    expect(await writeOutputFile({ option: '--out', path }, () => new Uint8Array([1, 2, 3]), false, 'en', cli)).toBe(
      false,
    );
    expect(readFileSync(path, 'utf8')).toBe('appeared meanwhile');
    expect(err).toEqual([
      `Will not write --out ${path}: the file exists. Choose another name, or add --force to replace it.`,
    ]);
    expect(leftovers(dir)).toEqual([]);
  });

  test('a failure while producing the bytes leaves the old file as it was', async () => {
    const { writeOutputFile } = await import('../../src/cli/safeOutput');
    const dir = mkdtempSync(join(tmpdir(), 'cchc-out-'));
    const path = join(dir, 'r.xlsx');
    writeFileSync(path, 'old');
    const { err, io: cli } = io();
    const produce = () => Promise.reject(new Error('disk full'));
    expect(await writeOutputFile({ option: '--out', path }, produce, true, 'en', cli)).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(err[0]).toContain('disk full');
    expect(readdirSync(dir)).toEqual(['r.xlsx']);
  });
});
