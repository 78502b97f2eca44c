/**
 * The intranet build (CCHC_OFFICE_JS=local) in Chromium with no route to the internet at all:
 * office.js comes from the pane's own server, the real library answers Office.onReady outside
 * Office, the pane opens in its outside-Excel mode, and nothing is requested from elsewhere.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { BrowserContext } from 'playwright-core';
import { buildPane, launchChromium } from './harness';
import {
  type CspViolation,
  OFFICE_TELEMETRY_HOST,
  isRefusedTelemetryFrame,
  isRefusedTelemetryFrameMessage,
} from './officeTelemetry';
import { type Served, serve } from './staticServer';

let dist: string;
let server: Served;
let context: BrowserContext;
const work = mkdtempSync(join(tmpdir(), 'cchc-officejs-'));

beforeAll(async () => {
  dist = buildPane({ CCHC_OFFICE_JS: 'local' }).dist;
  server = await serve(dist);
  context = await launchChromium(join(work, 'profile'), { officeFromCdn: false });
}, 600_000);

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (dist && !process.env.CCHC_E2E_DIST) rmSync(dist, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

test('the build carries office.js and its page names no CDN', () => {
  expect(existsSync(join(dist, 'office/office.js'))).toBe(true);
  const page = readFileSync(join(dist, 'taskpane.html'), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  expect(page).toMatch(/src="?office\/office\.js"?/);
  expect(page).not.toMatch(/appsforoffice|onecdn/);
});

test('the pane starts on the real office.js from its own server, outside Excel, with nothing fetched elsewhere', async () => {
  const page = await context.newPage();
  const elsewhere: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(server.url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
      elsewhere.push(r.url());
  });
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __csp?: CspViolation[] };
      (w.__csp ??= []).push({ directive: e.effectiveDirective, blockedURI: e.blockedURI });
    });
  });
  await page.goto(`${server.url}taskpane.html`);
  await page.getByTestId('outside-excel').waitFor({ timeout: 60_000 });
  expect(await page.getByTestId('outside-excel').textContent()).toContain('Đang mở ngoài Excel');
  // office.js tries its telemetry frame three seconds after it starts, later than the pane is up:
  // wait until the page has refused it, so the checks below see what office.js did by then.
  await page.waitForFunction(
    (host) => ((window as unknown as { __csp?: CspViolation[] }).__csp ?? []).some((v) => v.blockedURI.includes(host)),
    OFFICE_TELEMETRY_HOST,
    { timeout: 30_000 },
  );
  const csp = await page.evaluate(() => (window as unknown as { __csp?: CspViolation[] }).__csp ?? []);
  expect(server.requests).toContain('/office/office.js');
  expect(elsewhere).toEqual([]);
  // The one refusal accepted (officeTelemetry.ts): the telemetry frame, which frame-src keeps out.
  expect(csp.filter((v) => !isRefusedTelemetryFrame(v))).toEqual([]);
  expect(
    problems.filter((p) => /Content Security Policy|Refused to/i.test(p) && !isRefusedTelemetryFrameMessage(p)),
  ).toEqual([]);
  await page.close();
});
