/**
 * The Office developer loop (`npm run start:desktop` / `start:web` / `stop`): office-addin-debugging
 * where Excel can be reached, one clear message (with what works instead) where it cannot.
 */
import { spawnSync } from 'child_process';
import { join } from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { plan } = require('../../scripts/office-dev.js') as {
  plan: (platform: string, args: string[]) => { run?: string[]; say?: string };
};

const SCRIPT = join(__dirname, '../../scripts/office-dev.js');

describe('what the dev loop runs', () => {
  test.each(['win32', 'darwin'])(
    'start:desktop on %s sideloads through office-addin-debugging with our dev server',
    (platform) => {
      expect(plan(platform, ['start', 'desktop'])).toEqual({
        run: ['start', 'manifest.xml', 'desktop', '--dev-server', 'npm run dev-server', '--dev-server-port', '3000'],
      });
    },
  );
  test('start:desktop on Linux says where Excel desktop runs and what to use here', () => {
    const step = plan('linux', ['start', 'desktop']);
    expect(step.run).toBeUndefined();
    expect(step.say).toContain('Windows hoặc macOS');
    expect(step.say).toContain('npm run start:web -- --document');
    expect(step.say).toContain('npm run dev-server');
  });
  test('start:web needs a document URL, and passes it on', () => {
    expect(plan('linux', ['start', 'web']).say).toContain('--document');
    expect(plan('linux', ['start', 'web', '--document', 'https://x.sharepoint.com/a.xlsx']).run).toEqual([
      'start',
      'manifest.xml',
      'web',
      '--dev-server',
      'npm run dev-server',
      '--dev-server-port',
      '3000',
      '--document',
      'https://x.sharepoint.com/a.xlsx',
    ]);
  });
  test('stop unregisters and stops; anything else prints the usage', () => {
    expect(plan('linux', ['stop'])).toEqual({ run: ['stop', 'manifest.xml'] });
    expect(plan('linux', ['go']).say).toMatch(/^usage:/);
  });
});

test('on this machine (no Excel), npm run start:desktop ends at once with the message and exit 1', () => {
  if (process.platform === 'win32' || process.platform === 'darwin') return;
  const r = spawnSync(process.execPath, [SCRIPT, 'start', 'desktop'], { encoding: 'utf8', timeout: 10_000 });
  expect(r.status).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain(`Excel desktop does not run on ${process.platform}`);
});
