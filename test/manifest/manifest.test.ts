/**
 * @jest-environment jsdom
 *
 * The manifest, checked offline: Microsoft's validator needs a network (`npm run validate`), so
 * each rule that matters is asserted here, and `office-addin-manifest info` must parse the file.
 */
import { execFileSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';

const ROOT = join(__dirname, '../..');
const MANIFEST = join(ROOT, 'manifest.xml');
const xml = readFileSync(MANIFEST, 'utf8');
// jsdom's DOMParser reads the XML: no extra dependency just for the test.
const doc = new DOMParser().parseFromString(xml, 'application/xml');

/** Every element with this local name, whatever its namespace prefix. */
function all(name: string, root: Element | Document = doc): Element[] {
  return [...root.getElementsByTagName('*')].filter((e) => e.localName === name);
}
function one(name: string, root: Element | Document = doc): Element {
  const [e] = all(name, root);
  if (!e) throw new Error(`no <${name}>`);
  return e;
}
/** Direct children only: OfficeApp's own DisplayName, not a nested one. */
function child(parent: Element, name: string): Element {
  const e = [...parent.children].find((c) => c.localName === name);
  if (!e) throw new Error(`no <${name}> under <${parent.localName}>`);
  return e;
}

describe('manifest.xml', () => {
  it('parses with office-addin-manifest info (offline)', () => {
    const bin = join(ROOT, 'node_modules/.bin/office-addin-manifest');
    const out = execFileSync(bin, ['info', MANIFEST], { encoding: 'utf8', timeout: 60000 });
    expect(out).toContain('Id: 8b67c6d6-132d-4e71-b0ef-913885c7097e');
    expect(out).toContain('Type: TaskPaneApp');
    expect(out).toContain('Permissions: ReadWriteDocument');
    expect(out).toContain('Hosts: Workbook');
  });

  it('is well-formed XML', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  });

  it('is an Excel task-pane add-in with a GUID id and ReadWriteDocument', () => {
    const app = doc.documentElement;
    expect(app.localName).toBe('OfficeApp');
    expect(app.getAttribute('xsi:type')).toBe('TaskPaneApp');
    expect(child(app, 'Id').textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(child(app, 'Permissions').textContent).toBe('ReadWriteDocument');
    expect(child(child(app, 'Hosts'), 'Host').getAttribute('Name')).toBe('Workbook');
  });

  it('asks only for ExcelApi 1.1, so an older Excel shows the add-in and the pane says what it lacks', () => {
    // 1.7 here would hide the add-in in Excel 2016 without a word; the pane checks 1.7 at run time.
    const sets = all('Set').map((e) => ({ Name: e.getAttribute('Name'), MinVersion: e.getAttribute('MinVersion') }));
    expect(sets).toEqual([{ Name: 'ExcelApi', MinVersion: '1.1' }]);
  });

  it('lists no AppDomain for its own origin (it needs none)', () => {
    const source = new URL(one('SourceLocation').getAttribute('DefaultValue') ?? '').origin;
    for (const d of all('AppDomain')) expect(new URL(d.textContent ?? '').origin).not.toBe(source);
  });

  it('SupportUrl and Learn more open the user guide shipped in the build', () => {
    const guide = 'https://localhost:3000/huong-dan-su-dung.html';
    expect(child(doc.documentElement, 'SupportUrl').getAttribute('DefaultValue')).toBe(guide);
    expect(xml).toContain(`<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="${guide}"/>`);
    expect(existsSync(join(ROOT, 'docs/huong-dan-su-dung.md'))).toBe(true);
  });

  it('has no FunctionFile: no button runs a function, every one opens the pane', () => {
    expect(all('FunctionFile')).toHaveLength(0);
    expect(all('Action').every((a) => a.getAttribute('xsi:type') === 'ShowTaskpane')).toBe(true);
  });

  it('describes the add-in to its users, not to developers', () => {
    const app = doc.documentElement;
    const texts = [
      child(app, 'Description').getAttribute('DefaultValue') ?? '',
      ...all('Override', child(app, 'Description')).map((o) => o.getAttribute('Value') ?? ''),
    ];
    for (const t of texts) {
      expect(t.length).toBeGreaterThan(40);
      expect(t).not.toMatch(/dev(elopment)? server|localhost|webpack/i);
    }
  });

  it('puts a button on the Home tab that opens the task pane', () => {
    expect(all('OfficeTab').map((t) => t.getAttribute('id'))).toEqual(['TabHome']);
    expect(all('Action').map((a) => a.getAttribute('xsi:type'))).toEqual(['ShowTaskpane']);
    expect(one('ExtensionPoint').getAttribute('xsi:type')).toBe('PrimaryCommandSurface');
  });

  it('uses https for every URL', () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]*)"/g)].map((m) => m[1]);
    urls.push(...all('AppDomain').map((d) => d.textContent ?? ''));
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
  });

  it('references icons 16/32/64/80 that exist in assets/ as real PNGs of that size', () => {
    for (const size of [16, 32, 64, 80]) {
      expect(xml).toContain(`assets/icon-${size}.png`);
      const file = join(ROOT, 'assets', `icon-${size}.png`);
      expect(existsSync(file)).toBe(true);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(size);
      expect(png.readUInt32BE(20)).toBe(size);
    }
  });

  it('icons are exactly what test/manifest/make-icons.js draws (reproducible)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { render, SIZES } = require('./make-icons.js') as { render: (n: number) => Buffer; SIZES: number[] };
    for (const size of SIZES)
      expect(render(size).equals(readFileSync(join(ROOT, 'assets', `icon-${size}.png`)))).toBe(true);
  });

  it('has a Vietnamese override for every user-visible string, within Office length limits', () => {
    const app = doc.documentElement;
    for (const name of ['DisplayName', 'Description']) {
      const el = child(app, name);
      const vi = all('Override', el).find((o) => o.getAttribute('Locale') === 'vi-VN');
      expect(vi?.getAttribute('Value')).toBeTruthy();
    }
    expect((child(app, 'DisplayName').getAttribute('DefaultValue') ?? '').length).toBeLessThanOrEqual(125);
    expect((child(app, 'Description').getAttribute('DefaultValue') ?? '').length).toBeLessThanOrEqual(250);
    const short = all('String', one('ShortStrings'));
    const long = all('String', one('LongStrings'));
    expect(short.length).toBeGreaterThan(0);
    expect(long.length).toBeGreaterThan(0);
    for (const [list, max] of [
      [short, 125],
      [long, 250],
    ] as const) {
      for (const s of list) {
        const overrides = all('Override', s);
        expect(overrides.map((o) => o.getAttribute('Locale'))).toContain('vi-VN');
        for (const v of [s.getAttribute('DefaultValue'), ...overrides.map((o) => o.getAttribute('Value'))])
          expect((v ?? '').length).toBeLessThanOrEqual(max);
      }
    }
  });

  it('every resid used is defined once', () => {
    const used = new Set([...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]));
    const defined = [...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(defined).size).toBe(defined.length);
    for (const id of used) expect(defined).toContain(id);
  });
});
