/**
 * The command line reads through Node's zlib (src/xlsx/nodeInflate.ts), the pane and the browser
 * through fflate: both must give the same Grids, refuse the same bombs, and name damage alike.
 */
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { deflateRawSync } from 'zlib';
import JSZip from 'jszip';
import { nodeInflateRaw } from '../../src/xlsx/nodeInflate';
import { WorkbookReadError } from '../../src/xlsx/readErrors';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { CONTENT_TYPES, rawWorkbook, zipClaimingSize, zipOf } from './helpers/badFiles';

const ROOT = join(__dirname, '..', '..');
const fixtures = [
  join(ROOT, 'assets', 'ke-hoach-cchc-2024.xlsx'),
  ...readdirSync(join(ROOT, 'test', 'fixtures', 'variants')).map((f) => join(ROOT, 'test', 'fixtures', 'variants', f)),
  join(ROOT, 'test', 'fixtures', 'submissions', 'messy-two-units.xlsx'),
];

describe('reading with Node zlib gives what reading with fflate gives', () => {
  it.each(fixtures.map((f) => [f.slice(ROOT.length + 1), f]))('%s', async (_name, path) => {
    const bytes = new Uint8Array(readFileSync(path));
    const native = await readWorkbook(bytes, { inflateRaw: nodeInflateRaw });
    expect(native.length).toBeGreaterThan(0);
    expect(native).toEqual(await readWorkbook(bytes));
  });

  it('no DEFLATE data at all unpacks to nothing, as fflate has it', () => {
    expect(nodeInflateRaw(new Uint8Array(0), 10)).toEqual(new Uint8Array(0));
  });
});

describe('Node zlib keeps the unpacked budget', () => {
  it('stops a part that unpacks to more than its zip declares (a lying zip bomb)', async () => {
    const workbook = await rawWorkbook([{ name: 'Bom', xml: `<sheetData/><!--${'A'.repeat(3_000_000)}-->` }]);
    const files: Record<string, string> = {};
    const zip = await JSZip.loadAsync(workbook);
    for (const f of Object.values(zip.files)) if (!f.dir) files[f.name] = await f.async('string');
    const bytes = await zipClaimingSize(files, 10, 'xl/worksheets/sheet1.xml');
    await expect(
      readWorkbook(bytes, { inflateRaw: nodeInflateRaw, limits: { maxUncompressedBytes: 1_000_000 } }),
    ).rejects.toMatchObject({
      reason: 'unpacked-too-large',
      detail: { limit: 1_000_000 },
    });
    await expect(readWorkbook(bytes, { inflateRaw: nodeInflateRaw })).resolves.toHaveLength(1);
  });

  it('refuses damaged DEFLATE data as a cut-short part, naming it', async () => {
    const bytes = await zipOf({
      '[Content_Types].xml': CONTENT_TYPES,
      'xl/workbook.xml': `<workbook>${'<x/>'.repeat(2000)}</workbook>`,
    });
    // Cut the compressed workbook part short by overwriting its last bytes with a bad block type.
    const damaged = bytes.slice();
    const at = findLocal(damaged, 'xl/workbook.xml');
    damaged[at] = 0xff;
    damaged[at + 1] = 0xff;
    const err = await readWorkbook(damaged, { inflateRaw: nodeInflateRaw }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookReadError);
    expect(err).toMatchObject({ reason: 'truncated' });
    expect((err as Error).message).toContain('xl/workbook.xml');
  });
});

/** The first byte of a part's compressed data, found through its local header. */
function findLocal(b: Uint8Array, name: string): number {
  const needle = new TextEncoder().encode(name);
  for (let i = 0; i + 30 < b.length; i++) {
    if (b[i] !== 0x50 || b[i + 1] !== 0x4b || b[i + 2] !== 0x03 || b[i + 3] !== 0x04) continue;
    const nameLen = b[i + 26] | (b[i + 27] << 8);
    const extraLen = b[i + 28] | (b[i + 29] << 8);
    if (nameLen === needle.length && needle.every((c, k) => b[i + 30 + k] === c)) return i + 30 + nameLen + extraLen;
  }
  throw new Error(`no local header for ${name}`);
}

describe('the declared size sizes the buffer only', () => {
  const text = new TextEncoder().encode('<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(20_000));
  const data = new Uint8Array(deflateRawSync(text));

  it.each([
    ['none', undefined],
    ['exact', text.length],
    ['too small (a lie)', 10],
    ['too large (a lie)', 50 * text.length],
  ])('%s: the same bytes', (_k, hint) => {
    expect(Buffer.from(nodeInflateRaw(data, 10_000_000, hint)!).equals(Buffer.from(text))).toBe(true);
  });

  it('a declared size does not lift the budget', () => {
    expect(nodeInflateRaw(data, 1000, text.length)).toBeNull();
  });
});
