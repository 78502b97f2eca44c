/**
 * The office.js build option: the CDN by default (what Microsoft requires of published add-ins),
 * or the @microsoft/office-js package served with the pane, for networks closed to the internet.
 */
import { readFileSync } from 'fs';
import { join } from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const source = require('../../scripts/office-js-source.js') as {
  officeJsMode(env: Record<string, string | undefined>): string;
  pageFor(html: string, mode: string): string;
  copyPatterns(mode: string, root: string): { from: string; to: string }[];
  CDN_SCRIPT: string;
  CDN_ORIGINS: string[];
};

const ROOT = join(__dirname, '../..');
const html = readFileSync(join(ROOT, 'src/taskpane/taskpane.html'), 'utf8');
const policyOf = (page: string) => /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(page)![1];

test('the CDN is the default, and the page is built as written', () => {
  expect(source.officeJsMode({})).toBe('cdn');
  expect(source.pageFor(html, 'cdn')).toBe(html);
  expect(source.copyPatterns('cdn', ROOT)).toEqual([]);
});

test('an unknown mode stops the build with what is allowed', () => {
  expect(() => source.officeJsMode({ CCHC_OFFICE_JS: 'intranet' })).toThrow(
    'CCHC_OFFICE_JS must be "cdn" (the default) or "local"',
  );
});

test("local: office/office.js from the package, a CSP of the pane's own origin only", () => {
  const page = source.pageFor(html, 'local');
  expect(page).toContain('<script src="office/office.js"></script>');
  expect(page).not.toContain(source.CDN_SCRIPT);
  const policy = policyOf(page);
  for (const origin of source.CDN_ORIGINS) expect(policy).not.toContain(origin);
  expect(policy).toContain("script-src 'self';");
  expect(policy).toContain("connect-src 'self';");
  expect(policy).toContain("frame-src 'self';");
  // Everything else in the policy is as written.
  expect(policy.replace(/ https:\/\/\S+?(?=[ ;])/g, '')).toBe(policyOf(html).replace(/ https:\/\/\S+?(?=[ ;])/g, ''));
  const [copy] = source.copyPatterns('local', ROOT);
  expect(copy.from).toBe(join(ROOT, 'node_modules/@microsoft/office-js/dist'));
  expect(copy.to).toBe('office');
  expect(readFileSync(join(copy.from, 'office.js'), 'utf8').length).toBeGreaterThan(1000);
});

test('a page that no longer loads office.js from the CDN fails the local build instead of shipping unchanged', () => {
  expect(() => source.pageFor(html.replace(source.CDN_SCRIPT, 'https://example.org/office.js'), 'local')).toThrow(
    'no longer loads',
  );
});
