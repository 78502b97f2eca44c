/**
 * loadParts drives exceljs's own parsers from parts this host unpacked (exceljs has no public entry
 * for that). These tests hold it to exceljs's public load: given the same parts, the Node loader,
 * the browser loader (which packs them for exceljs's public load) and exceljs loading the packed
 * file itself must build the same workbook model. An exceljs upgrade that changes its load fails here.
 */
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { loadParts } from '../../src/xlsx/loadParts';
import { loadParts as loadPartsInBrowser } from '../../src/xlsx/loadParts.browser';
import { partRole } from '../../src/xlsx/package/exceljsParts';
import { PackageParts } from '../../src/xlsx/package/parts';
import { limitsOf } from '../../src/xlsx/readErrors';
import { CONTENT_TYPES, zipClaimingSize } from './helpers/badFiles';

const ROOT = join(__dirname, '..', '..');
const VARIANTS = join(ROOT, 'test', 'fixtures', 'variants');

async function partsOf(bytes: Uint8Array): Promise<[string, string][]> {
  const zip = await JSZip.loadAsync(bytes);
  const out: [string, string][] = [];
  for (const f of Object.values(zip.files)) if (!f.dir) out.push([f.name, await f.async('string')]);
  return out;
}

const opened = (bytes: Uint8Array, limits = {}) => PackageParts.open(bytes, limitsOf(limits));

/** A workbook with what the skipped and the rarely seen parts carry: an image, a note, a hyperlink, a table, merges. */
async function richWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sở Nội vụ';
  const ws = wb.addWorksheet('Phụ lục');
  ws.getCell('A1').value = 'Nhiệm vụ';
  ws.getCell('B1').value = { text: 'Cổng dịch vụ công', hyperlink: 'https://dichvucong.gov.vn' };
  ws.getCell('C1').note = 'Ghi chú của người kiểm tra';
  ws.getCell('D2').value = new Date(Date.UTC(2024, 11, 31));
  ws.getCell('D2').numFmt = 'dd/mm/yyyy';
  ws.mergeCells('A3:C4');
  ws.getCell('A3').value = 'Gộp';
  ws.addTable({ name: 'Bang1', ref: 'A10', columns: [{ name: 'Mã' }, { name: 'Tỷ lệ' }], rows: [['1.1', 0.875], ['1.2', 1]] });
  const png = readFileSync(join(ROOT, 'assets', 'icon-16.png'));
  const image = wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
  ws.addImage(image, 'F2:G4');
  wb.addWorksheet('Trống');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const cases: [string, () => Promise<Uint8Array>][] = [
  ['the bundled plan', async () => new Uint8Array(readFileSync(join(ROOT, 'assets', 'ke-hoach-cchc-2024.xlsx')))],
  ...readdirSync(VARIANTS).map((f): [string, () => Promise<Uint8Array>] => [f, async () => new Uint8Array(readFileSync(join(VARIANTS, f)))]),
  ['messy unit submissions', async () => new Uint8Array(readFileSync(join(ROOT, 'test', 'fixtures', 'submissions', 'messy-two-units.xlsx')))],
  ['an image, a note, a hyperlink, a table and merges', richWorkbook],
];

describe('loadParts builds the model exceljs builds itself', () => {
  it.each(cases)('%s', async (_name, make) => {
    const bytes = await make();
    const read = (await partsOf(bytes)).filter(([name]) => partRole(name) !== null);
    // exceljs's own load of the same parts, packed as a file.
    const zip = new JSZip();
    for (const [name, xml] of read) zip.file(name, xml);
    const own = new ExcelJS.Workbook();
    await own.xlsx.load((await zip.generateAsync({ type: 'nodebuffer' })) as unknown as ExcelJS.Buffer);

    const node = await loadParts(await opened(bytes));
    const browser = await loadPartsInBrowser(await opened(bytes));
    const expected = JSON.parse(JSON.stringify(own.model));
    expect(expected.worksheets.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(node.model))).toEqual(expected);
    expect(JSON.parse(JSON.stringify(browser.model))).toEqual(expected);
  });

  it('in the browser too, what exceljs will unpack is counted first (a lying zip bomb in a drawing)', async () => {
    const bytes = await zipClaimingSize(
      { '[Content_Types].xml': CONTENT_TYPES, 'xl/workbook.xml': '<workbook/>', 'xl/drawings/drawing1.xml': 'A'.repeat(3_000_000) },
      10,
      'xl/drawings/drawing1.xml',
    );
    const limits = { maxUncompressedBytes: 1_000_000 };
    await expect(loadPartsInBrowser(await opened(bytes, limits))).rejects.toMatchObject({ reason: 'too-large' });
    await expect(loadParts(await opened(bytes, limits))).rejects.toMatchObject({ reason: 'too-large' });
  });

  it('leaves out only document properties, themes and images', () => {
    expect(partRole('docProps/core.xml')).toBeNull();
    expect(partRole('xl/theme/theme1.xml')).toBeNull();
    expect(partRole('xl/media/image1.png')).toBeNull();
    expect(partRole('[Content_Types].xml')).toBeNull();
    expect(partRole('xl/worksheets/sheet3.xml')).toEqual({ kind: 'worksheet', sheetNo: '3' });
    expect(partRole('/xl/sharedStrings.xml')).toEqual({ kind: 'sharedStrings' });
    expect(partRole('xl/drawings/_rels/drawing1.xml.rels')).toEqual({ kind: 'drawingRels', id: 'drawing1' });
    expect(partRole('xl/comments1.xml')).toEqual({ kind: 'comments', id: 'comments1' });
  });
});
