/**
 * What users expect of a command line: --version, examples in every command's --help, --quiet, and
 * a progress bar on a terminal's stderr that never reaches a pipe, --json or --quiet.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import { createProgress } from '../../src/cli/progress';
import { runCli } from '../helpers/cli';

const SAMPLE = join(__dirname, '../../assets/ke-hoach-cchc-2024.xlsx');
const SUBMISSION = join(__dirname, '../fixtures/submissions/messy-two-units.xlsx');

/** An IO whose stderr is a terminal: what the bar draws is kept apart from the lines printed. */
function terminalIO(columns = 100): { io: CliIO; out: string[]; err: string[]; drawn: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const drawn: string[] = [];
  return {
    io: { out: (t) => out.push(t), err: (t) => err.push(t), progress: { write: (t) => drawn.push(t), columns } },
    out,
    err,
    drawn,
  };
}

test('--version prints the package version', async () => {
  const { version } = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { version: string };
  for (const flag of ['--version', '-V']) {
    const r = await runCli([flag]);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(version);
  }
});

test.each(['check', 'template', 'consolidate', 'convert'])(
  '%s --help ends with examples on the bundled sample',
  async (command) => {
    const r = await runCli([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Ví dụ / Examples:');
    expect(r.out).toMatch(new RegExp(`cchc ${command} `));
    expect(r.out).toContain('--quiet');
  },
);

describe('--quiet', () => {
  test('check prints nothing on success and only the one line on an unreadable file', async () => {
    const ok = await runCli(['check', SAMPLE, '--quiet']);
    expect(ok.code).toBe(0);
    expect(ok.out).toBe('');
    const bad = await runCli(['check', SAMPLE, join(__dirname, 'missing.xlsx'), '--quiet']);
    expect(bad.code).toBe(2);
    expect(bad.out).toBe('');
    expect(bad.err.split('\n')).toHaveLength(1);
  });
  test('consolidate prints no summary text; --json is still printed', async () => {
    const quiet = await runCli(['consolidate', '--plan', SAMPLE, '--as-of', '2024-12-31', '--quiet', SUBMISSION]);
    expect(quiet.out).toBe('');
    const json = await runCli([
      'consolidate',
      '--plan',
      SAMPLE,
      '--as-of',
      '2024-12-31',
      '--quiet',
      '--json',
      SUBMISSION,
    ]);
    expect(() => JSON.parse(json.out) as unknown).not.toThrow();
  });
});

describe('the progress bar', () => {
  afterEach(() => {
    delete process.env.CCHC_PROGRESS_DELAY_MS;
  });

  test('waits a second, redraws in place at most ten times a second, fits the terminal and is wiped', () => {
    let t = 0;
    const { io, drawn } = terminalIO(60);
    const bar = createProgress(io, 'vi', { enabled: true, now: () => t });
    bar.tick(1, 100, 'a.xlsx');
    t = 999;
    bar.tick(2, 100);
    expect(drawn).toEqual([]);
    t = 1000;
    bar.tick(50, 100, 'mot-ten-tep-rat-dai-cua-don-vi.xlsx');
    t = 1050;
    bar.tick(51, 100);
    expect(drawn).toHaveLength(1);
    expect(drawn[0].startsWith('\rĐang xử lý 50/100 tệp [##########..........] 50%')).toBe(true);
    expect(drawn[0].length).toBeLessThanOrEqual(60);
    expect(drawn[0].endsWith('…')).toBe(true);
    t = 1060;
    bar.tick(100, 100);
    expect(drawn).toHaveLength(2);
    bar.end();
    expect(drawn[2]).toMatch(/^\r +\r$/);
  });

  test('is never drawn when stderr is not a terminal or when disabled', () => {
    const piped: CliIO = { out: () => undefined, err: () => undefined };
    const t = 5000;
    createProgress(piped, 'vi', { enabled: true, now: () => t }).tick(1, 2);
    const { io, drawn } = terminalIO();
    const off = createProgress(io, 'en', { enabled: false, now: () => t });
    off.tick(1, 2);
    off.end();
    expect(drawn).toEqual([]);
  });

  test('a real consolidate on a terminal draws it on stderr, and never with --json or --quiet', async () => {
    process.env.CCHC_PROGRESS_DELAY_MS = '0';
    const files = Array.from({ length: 3 }, () => SUBMISSION);
    const shown = terminalIO();
    await main(['consolidate', '--plan', SAMPLE, '--as-of', '2024-12-31', '--lang', 'en', ...files], shown.io);
    expect(shown.drawn.some((d) => d.includes('Processing 3/3 files'))).toBe(true);
    expect(shown.out.join('')).not.toContain('Processing');
    for (const flag of ['--json', '--quiet']) {
      const hidden = terminalIO();
      await main(['consolidate', '--plan', SAMPLE, '--as-of', '2024-12-31', flag, ...files], hidden.io);
      expect(hidden.drawn).toEqual([]);
    }
  });
});
