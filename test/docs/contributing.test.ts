/**
 * CONTRIBUTING.md stays true: every file or folder of the repository it names exists, every
 * `npm run` script it names is in package.json, and every identifier it names in a file is there.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';

const ROOT = join(__dirname, '../..');
const TEXT = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
const SCRIPTS = Object.keys(
  (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts,
);

test('every path it names exists', () => {
  const paths = [...TEXT.matchAll(/(?<![\w./-])((?:src|test|scripts|docs|assets)\/[\w./-]*[\w/])/g)].map((m) => m[1]);
  expect(paths.length).toBeGreaterThan(30);
  expect(paths.filter((p) => !existsSync(join(ROOT, p)))).toEqual([]);
});

test('every npm script it names exists', () => {
  const named = [...TEXT.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]);
  expect(named.length).toBeGreaterThan(5);
  expect(named.filter((s) => !SCRIPTS.includes(s))).toEqual([]);
});

test('the names it gives for each step are in the files it names', () => {
  const named: [string, string][] = [
    ['src/core/checks/codes.ts', 'CheckParams'],
    ['src/core/checks/codes.ts', 'CHECK_CODES'],
    ['src/core/checks/context.ts', 'export function finding'],
    ['src/core/checks/index.ts', 'CHECKS'],
    ['src/core/findings/registry.ts', 'MESSAGES'],
    ['scripts/codeTables.ts', 'CHECK_WHEN'],
    ['scripts/codeTables.ts', 'CONSOLIDATION_WHEN'],
    ['src/core/consolidate/codes.ts', 'ConsolidationParams'],
    ['src/core/consolidate/codes.ts', 'CONSOLIDATION_CODES'],
    ['src/core/locate/vocabulary.ts', 'PLAN_VOCABULARY'],
    ['src/core/consolidate/columns.ts', 'INDICATOR_ROLES'],
    ['src/core/consolidate/columns.ts', 'TASK_ROLES'],
    ['src/cli/messages.ts', 'CLI_WORDS'],
    ['src/taskpane/i18n/strings.ts', 'interface Strings'],
  ];
  expect(named.filter(([file, name]) => !readFileSync(join(ROOT, file), 'utf8').includes(name))).toEqual([]);
});

test('the README links to it', () => {
  expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('](CONTRIBUTING.md)');
});
