/**
 * What every end-to-end run needs to drive the built pane: a production build (or the one named by
 * CCHC_E2E_DIST) and Debian's chromium with the flags that work on these machines, meeting the real
 * office.js. The functional suite (pane.e2e.test.ts), the intranet build's test
 * (officeJsLocal.test.ts) and the bench (pane.bench.ts) all start the pane through it.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { type BrowserContext, chromium } from 'playwright-core';

export const ROOT = join(__dirname, '../..');
export const CHROMIUM = '/usr/bin/chromium';
export const OFFICE_ORIGIN = 'https://appsforoffice.microsoft.com';

/** The production URL test builds are made for (a production build requires one). */
export const TEST_ADDIN_URL = 'https://cchc.e2e.test/addin/';

/** Builds the pane for production into a fresh folder; `built` says whether the caller must remove it. */
export function buildPane(env: Record<string, string> = {}): { dist: string; built: boolean } {
  if (process.env.CCHC_E2E_DIST) return { dist: process.env.CCHC_E2E_DIST, built: false };
  const out = mkdtempSync(join(tmpdir(), 'cchc-pane-'));
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/webpack/bin/webpack.js'), '--mode', 'production', '--output-path', out],
    {
      cwd: ROOT,
      env: { ...process.env, CCHC_ADDIN_URL: TEST_ADDIN_URL, ...env },
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) throw new Error(`webpack build failed:\n${r.stdout}\n${r.stderr}`);
  return { dist: out, built: true };
}

/** The @microsoft/office-js package: the same library the CDN serves, pinned by the lock file. */
export const OFFICE_JS_DIST = join(ROOT, 'node_modules/@microsoft/office-js/dist');

/** Where office.js lives on its CDN: requests under it are answered from OFFICE_JS_DIST. */
export const OFFICE_JS_CDN_PATH = `${OFFICE_ORIGIN}/lib/1/hosted/`;

/**
 * Headless chromium. Requests to office.js' CDN are answered from the @microsoft/office-js package,
 * so the pane meets the real library (its Office.onReady outside Office resolves with no host), not
 * a stub of it; this machine has no internet.
 */
export async function launchChromium(
  profile: string,
  options: { officeFromCdn?: boolean } = {},
): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (as .ci/run does).`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 800, height: 1000 },
    locale: 'en-US',
    // Playwright's default, said out loud: the functional suite saves the files the pane downloads.
    acceptDownloads: true,
  });
  // The intranet build serves office.js itself and must reach nothing else: no route is added.
  if (options.officeFromCdn === false) return context;
  await context.route(`${OFFICE_JS_CDN_PATH}**`, (route) => {
    const rel = new URL(route.request().url()).pathname.replace(/^\/lib\/1\/hosted\//, '');
    const file = join(OFFICE_JS_DIST, rel);
    if (rel.includes('..') || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: readFileSync(file) });
  });
  return context;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
