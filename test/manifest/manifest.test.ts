/**
 * The manifest, checked offline: Microsoft's validator needs a network (`npm run validate`), so
 * each rule that matters is asserted here, and `office-addin-manifest info` must parse the file.
 */
import { execFileSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { parseStringPromise } from 'xml2js';

const ROOT = join(__dirname, '../..');
const MANIFEST = join(ROOT, 'manifest.xml');
const xml = readFileSync(MANIFEST, 'utf8');

type Node = Record<string, unknown> & { $?: Record<string, string> };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let doc: any;
beforeAll(async () => {
  doc = await parseStringPromise(xml);
});

/** Every element with the given name, anywhere (namespace prefix ignored). */
function all(node: unknown, name: string, out: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((n) => all(n, name, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$') continue;
      if (k.replace(/^.*:/, '') === name) (Array.isArray(v) ? v : [v]).forEach((n) => out.push(n as Node));
      all(v, name, out);
    }
  }
  return out;
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

  it('is an Excel task-pane add-in with a GUID id and ReadWriteDocument', () => {
    const app = doc.OfficeApp;
    expect(app.$['xsi:type']).toBe('TaskPaneApp');
    expect(app.Id[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(app.Permissions[0]).toBe('ReadWriteDocument');
    expect(app.Hosts[0].Host[0].$.Name).toBe('Workbook');
  });

  it('asks for the ExcelApi set the pane needs at minimum (newer ones are checked at run time)', () => {
    const sets = all(doc, 'Set').map((s) => s.$ as Record<string, string>);
    expect(sets).toContainEqual({ Name: 'ExcelApi', MinVersion: '1.7' });
  });

  it('puts a button on the Home tab that opens the task pane', () => {
    const tabs = all(doc, 'OfficeTab').map((t) => t.$?.id);
    expect(tabs).toEqual(['TabHome']);
    const actions = all(doc, 'Action').map((a) => a.$?.['xsi:type']);
    expect(actions).toEqual(['ShowTaskpane']);
  });

  it('uses https for every URL', () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]*)"/g)].map((m) => m[1]);
    urls.push(...all(doc, 'AppDomain').map((d) => String(d)));
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
    for (const size of SIZES) expect(render(size).equals(readFileSync(join(ROOT, 'assets', `icon-${size}.png`)))).toBe(true);
  });

  it('has a Vietnamese override for every user-visible string, within Office length limits', () => {
    const app = doc.OfficeApp;
    for (const el of [app.DisplayName[0], app.Description[0]]) {
      const vi = (el.Override as Node[]).find((o) => o.$?.Locale === 'vi-VN');
      expect(vi?.$?.Value).toBeTruthy();
    }
    expect(app.DisplayName[0].$.DefaultValue.length).toBeLessThanOrEqual(125);
    expect(app.Description[0].$.DefaultValue.length).toBeLessThanOrEqual(250);
    const short = all(doc, 'ShortStrings').flatMap((s) => all(s, 'String'));
    const long = all(doc, 'LongStrings').flatMap((s) => all(s, 'String'));
    expect(short.length).toBeGreaterThan(0);
    expect(long.length).toBeGreaterThan(0);
    for (const [list, max] of [[short, 125], [long, 250]] as const) {
      for (const s of list) {
        const values = [s.$?.DefaultValue, ...all(s, 'Override').map((o) => o.$?.Value)];
        expect(all(s, 'Override').map((o) => o.$?.Locale)).toContain('vi-VN');
        for (const v of values) expect((v ?? '').length).toBeLessThanOrEqual(max);
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
