import { mkdtempSync, readFileSync, writeFileSync, truncateSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { FILE_ERROR_REASONS, fileErrorMessage, type FileErrorReason } from '../../src/core/i18n/fileErrors';
import { MAX_CELLS, MAX_FILE_BYTES, MAX_UNCOMPRESSED_BYTES, WorkbookReadError } from '../../src/xlsx/readErrors';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { readWorkbookFile } from '../../src/xlsx/readFile';
import {
  CONTENT_TYPES,
  compoundFile,
  powerPointDocument,
  randomBytes,
  rawWorkbook,
  wordDocument,
  zipClaimingSize,
  zipOf,
} from './helpers/badFiles';

const SEED = join(__dirname, '../../assets/ke-hoach-cchc-2024.xlsx');

async function reasonOf(p: Promise<unknown>): Promise<FileErrorReason | 'no error'> {
  try {
    await p;
    return 'no error';
  } catch (err) {
    if (err instanceof WorkbookReadError) return err.reason;
    throw err;
  }
}

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('readWorkbook refuses what is no readable workbook, with a reason', () => {
  const cases: [string, () => Promise<Uint8Array> | Uint8Array, FileErrorReason][] = [
    ['an empty file', () => new Uint8Array(0), 'empty'],
    ['random bytes', () => randomBytes(4096), 'not-a-zip'],
    ['a text file renamed .xlsx', () => utf8('STT,Nhiệm vụ,Cơ quan chủ trì\n1,Rà soát,Phòng Tư pháp\n'), 'not-a-zip'],
    [
      'an HTML page saved as .xlsx',
      () => utf8('<html><body><table><tr><td>1</td></tr></table></body></html>'),
      'not-a-zip',
    ],
    ['a truncated workbook', () => new Uint8Array(readFileSync(SEED)).slice(0, 6000), 'truncated'],
    [
      'a workbook cut just before its end',
      () => {
        const b = new Uint8Array(readFileSync(SEED));
        return b.slice(0, b.length - 10);
      },
      'truncated',
    ],
    ['a zip without [Content_Types].xml', () => zipOf({ 'ghi-chu.txt': 'không phải sổ tính' }), 'not-ooxml'],
    ['an empty zip', () => zipOf({}), 'not-ooxml'],
    ['a package without a workbook part', () => zipOf({ '[Content_Types].xml': CONTENT_TYPES }), 'no-workbook'],
    ['a Word document renamed .xlsx', () => wordDocument(), 'word-document'],
    ['a PowerPoint presentation renamed .xlsx', () => powerPointDocument(), 'powerpoint-document'],
    [
      'a password-protected workbook',
      () => compoundFile(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']),
      'encrypted',
    ],
    ['a legacy .xls (BIFF8)', () => compoundFile(['Workbook', '\u0005SummaryInformation']), 'legacy-xls'],
    ['a legacy .xls (BIFF5)', () => compoundFile(['Book']), 'legacy-xls'],
    ['a legacy Word .doc renamed .xlsx', () => compoundFile(['WordDocument', '1Table']), 'legacy-office'],
    [
      "a row numbered past Excel's last row",
      () => rawWorkbook([{ name: 'Xa', xml: '<sheetData><row r="2000000000"><c><v>1</v></c></row></sheetData>' }]),
      'cell-out-of-range',
    ],
    [
      'a cell in a column past XFD',
      () => rawWorkbook([{ name: 'Xa', xml: '<sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData>' }]),
      'cell-out-of-range',
    ],
    [
      'a text longer than Excel allows in a cell',
      () =>
        rawWorkbook([
          {
            name: 'Dài',
            xml: `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${'a'.repeat(40_000)}</t></is></c></row></sheetData>`,
          },
        ]),
      'string-too-long',
    ],
    [
      'elements nested past any SpreadsheetML',
      () => rawWorkbook([{ name: 'Sâu', xml: `<sheetData/>${'<extLst>'.repeat(500)}${'</extLst>'.repeat(500)}` }]),
      'too-deep',
    ],
    [
      'a sheet whose cells lie far apart',
      () =>
        rawWorkbook([
          {
            name: 'Xa',
            xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="900000"><c r="ZZ900000"><v>2</v></c></row></sheetData>',
          },
        ]),
      'too-many-cells',
    ],
    [
      'a sheet part that is not XML',
      () => rawWorkbook([{ name: 'Hỏng', xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData' }]),
      'corrupt',
    ],
  ];

  it.each(cases)('%s', async (_name, make, reason) => {
    const bytes = await make();
    await expect(reasonOf(readWorkbook(bytes))).resolves.toBe(reason);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    const err = await readWorkbook(big).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookReadError);
    expect(err).toMatchObject({ reason: 'too-large', detail: { limit: MAX_FILE_BYTES, actual: MAX_FILE_BYTES + 1 } });
  });

  it('refuses a zip whose parts claim to unpack past the limit (a zip bomb) before unpacking them', async () => {
    const bytes = await zipClaimingSize(
      { '[Content_Types].xml': CONTENT_TYPES, 'xl/workbook.xml': '<workbook/>' },
      0x7fffffff,
    );
    const err = await readWorkbook(bytes).catch((e: unknown) => e);
    expect(err).toMatchObject({ reason: 'unpacked-too-large', detail: { limit: MAX_UNCOMPRESSED_BYTES } });
  });

  it('stops unpacking a part that unpacks to more than its zip declares (a lying zip bomb)', async () => {
    const zeros = 'A'.repeat(3_000_000);
    const workbook = await rawWorkbook([{ name: 'Bom', xml: `<sheetData/><!--${zeros}-->` }]);
    const files: Record<string, string> = {};
    const zip = await JSZip.loadAsync(workbook);
    for (const f of Object.values(zip.files)) if (!f.dir) files[f.name] = await f.async('string');
    const bytes = await zipClaimingSize(files, 10, 'xl/worksheets/sheet1.xml');
    expect(bytes.length).toBeLessThan(100_000);
    await expect(readWorkbook(bytes, { limits: { maxUncompressedBytes: 1_000_000 } })).rejects.toMatchObject({
      reason: 'unpacked-too-large',
      detail: { limit: 1_000_000 },
    });
    // Within the budget, the same lie costs nothing more than the part's real size.
    await expect(readWorkbook(bytes)).resolves.toHaveLength(1);
  });

  it('never unpacks a lying part that nothing reads (an image), so it costs nothing', async () => {
    const zeros = 'A'.repeat(3_000_000);
    const bytes = await zipClaimingSize(
      { '[Content_Types].xml': CONTENT_TYPES, 'xl/workbook.xml': '<workbook/>', 'xl/media/x.xml': zeros },
      10,
      'xl/media/x.xml',
    );
    await expect(readWorkbook(bytes, { limits: { maxUncompressedBytes: 1_000_000 } })).resolves.toEqual([]);
  });

  it('applies the limits a caller gives', async () => {
    const seed = new Uint8Array(readFileSync(SEED));
    await expect(readWorkbook(seed, { limits: { maxCells: 100 } })).rejects.toMatchObject({
      reason: 'too-many-cells',
      detail: { limit: 100 },
    });
    await expect(readWorkbook(seed, { limits: { maxFileBytes: 1000 } })).rejects.toMatchObject({
      reason: 'too-large',
      detail: { limit: 1000 },
    });
    await expect(readWorkbookFile(SEED, { limits: { maxFileBytes: 1000 } })).rejects.toMatchObject({
      reason: 'too-large',
    });
    await expect(readWorkbook(seed, { limits: { maxCells: 1000 } })).resolves.toHaveLength(2);
  });

  it('reads a sheet that declares a huge dimension from the cells it holds', async () => {
    for (const ref of ['A1:XFD1048576', 'A1:Z100000']) {
      const bytes = await rawWorkbook([
        { name: 'To', xml: `<dimension ref="${ref}"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>` },
      ]);
      const [g] = await readWorkbook(bytes);
      expect(g.values).toEqual([[1]]);
    }
  });

  it('says how many cells a sheet holding too many has', async () => {
    const row = (r: number) =>
      `<row r="${r}">${Array.from({ length: 10 }, (_, c) => `<c><v>${c}</v></c>`).join('')}</row>`;
    const bytes = await rawWorkbook([
      { name: 'To', xml: `<sheetData>${Array.from({ length: 20 }, (_, r) => row(r + 1)).join('')}</sheetData>` },
    ]);
    await expect(readWorkbook(bytes, { limits: { maxCells: 150 } })).rejects.toMatchObject({
      reason: 'too-many-cells',
      detail: { limit: 150, actual: 151 },
    });
    await expect(readWorkbook(bytes, { limits: { maxCells: 200 } })).resolves.toHaveLength(1);
  });

  it('refuses a workbook listing more sheets than the limit', async () => {
    const bytes = await rawWorkbook(Array.from({ length: 6 }, (_, i) => ({ name: `S${i}`, xml: '<sheetData/>' })));
    await expect(readWorkbook(bytes, { limits: { maxSheets: 5 } })).rejects.toMatchObject({
      reason: 'too-many-sheets',
      detail: { limit: 5 },
    });
    await expect(readWorkbook(bytes, { limits: { maxSheets: 6 } })).resolves.toHaveLength(6);
  });

  it('refuses a document type declaration, where entity bombs start', async () => {
    const bytes = await rawWorkbook([{ name: 'A', xml: '<sheetData/>' }]);
    const zip = await JSZip.loadAsync(bytes);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    zip.file(
      'xl/worksheets/sheet1.xml',
      sheet.replace('<worksheet', '<!DOCTYPE worksheet [<!ENTITY a "aaaa">]><worksheet'),
    );
    await expect(reasonOf(readWorkbook(await zip.generateAsync({ type: 'uint8array' })))).resolves.toBe('corrupt');
  });
});

describe('readWorkbookFile maps file-system failures to reasons', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-read-'));

  it('a missing file', async () => {
    await expect(reasonOf(readWorkbookFile(join(dir, 'khong-co.xlsx')))).resolves.toBe('not-found');
  });

  it('a directory', async () => {
    await expect(reasonOf(readWorkbookFile(dir))).resolves.toBe('is-directory');
  });

  it('a device that would never end', async () => {
    await expect(reasonOf(readWorkbookFile('/dev/zero'))).resolves.toBe('unreadable');
  });

  it('a file over the size limit (sparse, so the test writes nothing)', async () => {
    const f = join(dir, 'qua-lon.xlsx');
    writeFileSync(f, '');
    truncateSync(f, MAX_FILE_BYTES + 1024);
    await expect(reasonOf(readWorkbookFile(f))).resolves.toBe('too-large');
  });

  it('an encrypted workbook on disk', async () => {
    const f = join(dir, 'mat-khau.xlsx');
    writeFileSync(f, compoundFile(['EncryptionInfo', 'EncryptedPackage']));
    await expect(reasonOf(readWorkbookFile(f))).resolves.toBe('encrypted');
  });

  it('a good workbook on disk', async () => {
    const f = join(dir, 'tot.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A').getCell('A1').value = 'ok';
    await wb.xlsx.writeFile(f);
    const grids = await readWorkbookFile(f);
    expect(grids[0].values).toEqual([['ok']]);
  });
});

describe('fileErrorMessage', () => {
  it.each(FILE_ERROR_REASONS.flatMap((r) => (['vi', 'en'] as const).map((l) => [r, l] as const)))(
    '%s in %s names the file on one line',
    (reason, lang) => {
      const msg = fileErrorMessage(reason, lang, 'ke-hoach.xlsx');
      expect(msg).toContain('ke-hoach.xlsx');
      expect(msg).not.toContain('\n');
      expect(msg.length).toBeGreaterThan(30);
    },
  );

  it('tells the user what to do', () => {
    expect(fileErrorMessage('legacy-xls', 'vi', 'a.xls')).toContain('mở bằng Excel và lưu lại dạng .xlsx');
    expect(fileErrorMessage('not-a-zip', 'vi', 'a.xlsx')).toContain('mở bằng Excel và lưu lại dạng .xlsx');
    expect(fileErrorMessage('encrypted', 'vi', 'a.xlsx')).toContain('gỡ mật khẩu trước');
    expect(fileErrorMessage('legacy-xls', 'en', 'a.xls')).toContain('open it in Excel and save it as .xlsx');
    expect(fileErrorMessage('encrypted', 'en', 'a.xlsx')).toContain('remove the password first');
    expect(fileErrorMessage('word-document', 'vi', 'a.xlsx')).toContain('Word');
  });

  it('quotes the limit when it knows it', () => {
    expect(
      fileErrorMessage('too-large', 'vi', 'a.xlsx', { limit: MAX_FILE_BYTES, actual: 60 * 1024 * 1024 }),
    ).toContain('60 MB, giới hạn 50 MB');
    expect(fileErrorMessage('too-many-cells', 'en', 'a.xlsx', { limit: MAX_CELLS, actual: 2_600_000 })).toContain(
      '2,600,000 cells, limit 2,000,000',
    );
    expect(fileErrorMessage('too-many-cells', 'vi', 'a.xlsx', { limit: MAX_CELLS, actual: 2_600_000 })).toContain(
      '2.600.000 ô',
    );
  });
});
