/**
 * The production build's configuration, without running webpack: it refuses to build without
 * CCHC_ADDIN_URL (a default would point manifests at a domain someone else could register), and
 * it ships the user guide as the page the manifest's SupportUrl names.
 */
import { readFileSync } from 'fs';
import { join } from 'path';

const ROOT = join(__dirname, '../..');
type Pattern = { from: string; to: string; transform?: (content: Buffer) => string | Buffer };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const configOf = require(join(ROOT, 'webpack.config.js')) as (
  env: unknown,
  argv: { mode: string },
) => { plugins: { patterns?: Pattern[] }[] };

function withUrl<T>(url: string | undefined, fn: () => T): T {
  const saved = process.env.CCHC_ADDIN_URL;
  if (url === undefined) delete process.env.CCHC_ADDIN_URL;
  else process.env.CCHC_ADDIN_URL = url;
  try {
    return fn();
  } finally {
    if (saved === undefined) delete process.env.CCHC_ADDIN_URL;
    else process.env.CCHC_ADDIN_URL = saved;
  }
}

function patterns(): Pattern[] {
  const config = withUrl('https://cchc.build.test/addin/', () => configOf({}, { mode: 'production' }));
  return config.plugins.flatMap((p) => p.patterns ?? []);
}

describe('production build configuration', () => {
  it('fails with a clear message when CCHC_ADDIN_URL is unset', () => {
    expect(() => withUrl(undefined, () => configOf({}, { mode: 'production' }))).toThrow(
      /CCHC_ADDIN_URL is not set.*CCHC_ADDIN_URL=https:\/\//s,
    );
  });

  it('refuses a URL that is not https', () => {
    expect(() => withUrl('http://cchc.build.test/', () => configOf({}, { mode: 'production' }))).toThrow(
      /must be an https URL/,
    );
  });

  it('the development build needs no URL', () => {
    expect(() => withUrl(undefined, () => configOf({}, { mode: 'development' }))).not.toThrow();
  });

  it('rewrites every manifest URL to CCHC_ADDIN_URL and lists no AppDomain', () => {
    const manifest = patterns().find((p) => p.to === 'manifest.xml');
    const out = String(manifest?.transform?.(readFileSync(join(ROOT, 'manifest.xml'))));
    expect(out).not.toContain('localhost');
    expect(out).toContain('<SupportUrl DefaultValue="https://cchc.build.test/addin/huong-dan-su-dung.html"/>');
    expect(out).not.toContain('<AppDomain>');
  });

  it('ships the user guide as an HTML page with its screenshots, markup in the guide not passed through', () => {
    const guide = patterns().find((p) => p.to === 'huong-dan-su-dung.html');
    const html = String(guide?.transform?.(readFileSync(join(ROOT, 'docs/huong-dan-su-dung.md'))));
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<html lang="vi">');
    expect(html).toMatch(/<h1>Hướng dẫn sử dụng/);
    expect(html).toContain('src="screenshots/');
    expect(html).not.toMatch(/<script/i);
    const hostile = String(guide?.transform?.(Buffer.from('# T\n\n<script>alert(1)</script>\n')));
    expect(hostile).not.toContain('<script>');
    expect(patterns().some((p) => p.from === 'docs/screenshots/*.png')).toBe(true);
  });
});
