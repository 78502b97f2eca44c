/** `npm test` stops at once, with one line naming the Debian packages, when a test layer's tool is missing. */
import { spawnSync } from 'child_process';
import { join } from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { missing } = require('../../scripts/test-prerequisites.js') as {
  missing: (env: Record<string, string>, has: (names: string[]) => boolean) => string[];
};

test('names every package whose tool is missing, and none when all are there or the check is skipped', () => {
  expect(missing({}, () => false)).toEqual([
    'chromium',
    'fonts-liberation',
    'libreoffice-calc-nogui',
    'libreoffice-writer-nogui',
    'poppler-utils',
  ]);
  expect(missing({}, () => true)).toEqual([]);
  expect(missing({}, (names) => !names.includes('pdftoppm'))).toEqual(['poppler-utils']);
  expect(missing({ CCHC_SKIP_PREREQUISITES: '1' }, () => false)).toEqual([]);
});

test('with nothing on PATH it exits 1 with one line of what to install', () => {
  const r = spawnSync(process.execPath, [join(__dirname, '../../scripts/test-prerequisites.js')], {
    env: { PATH: '/nonexistent' },
    encoding: 'utf8',
  });
  expect(r.status).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toContain('apt-get install -y --no-install-recommends');
  expect(r.stderr).toContain('poppler-utils');
});
