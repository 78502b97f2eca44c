/**
 * The pane's page may load scripts and connect only to its own origin and office.js' origin, with
 * no remote fonts; and no pane code may bypass React's escaping.
 */
import { readFileSync, readdirSync, statSync } from 'fs';
import { join } from 'path';

const ROOT = join(__dirname, '../..');
const html = readFileSync(join(ROOT, 'src/taskpane/taskpane.html'), 'utf8');
const OFFICE = 'https://appsforoffice.microsoft.com';
/** office.js' CDN under the unified Microsoft 365 domain, documented beside the first. */
const OFFICE_CDN = 'https://officeapis.public.onecdn.static.microsoft';

function csp(): Map<string, string[]> {
  const m = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (!m) throw new Error('no CSP meta');
  return new Map(
    m[1]
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((p) => p[0])
      .map(([name, ...values]) => [name, values]),
  );
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe('Content-Security-Policy of the pane', () => {
  const policy = csp();

  it('defaults to its own origin only', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('allows scripts, connections and frames only from itself and office.js, never inline or eval', () => {
    for (const d of ['script-src', 'connect-src', 'frame-src']) {
      const v = policy.get(d) ?? [];
      expect(v.every((s) => s === "'self'" || s === OFFICE || s === OFFICE_CDN)).toBe(true);
    }
    expect(policy.get('script-src')).toEqual(["'self'", OFFICE, OFFICE_CDN]);
  });

  it('starts workers (the engine) only from its own origin: no blob: or data: workers', () => {
    expect(policy.get('worker-src')).toEqual(["'self'"]);
  });

  it('loads no remote fonts, images or styles', () => {
    expect(policy.get('font-src')).toEqual(["'self'"]);
    for (const d of ['img-src', 'style-src'])
      for (const s of policy.get(d) ?? []) expect(s).not.toMatch(/^https?:|^\*$/);
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });

  it('the page itself references only office.js remotely and has no inline script', () => {
    const remote = [...html.matchAll(/(?:src|href)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(remote).toEqual([`${OFFICE}/lib/1/hosted/office.js`]);
    expect(html).not.toMatch(/<script>(?!<\/script>)|<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('no pane code renders HTML from text', () => {
    const code = [
      ...files(join(ROOT, 'src/taskpane')),
      ...files(join(ROOT, 'src/browser')),
      ...files(join(ROOT, 'src/excel')),
    ].filter((f) => /\.tsx?$/.test(f));
    for (const f of code) {
      const text = readFileSync(f, 'utf8');
      expect({
        f,
        hit: /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|document\.write/.test(text),
      }).toEqual({ f, hit: false });
    }
  });
});
