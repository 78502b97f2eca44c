/**
 * Structures that are legal in a valid zip but used to hang the read or exhaust its memory (found
 * by mutation testing of the former exceljs-based reader). Each is the bundled plan with one part
 * changed, read through `cchc check --json`: a reading (exit 0 or 1, the plan's tasks all there)
 * or a refusal (exit 2, one line naming the file). The reader parses only sheetData and
 * mergeCells, walks each part once without backtracking, and checks numbers as it reads them.
 * Speed is measured in `npm run bench`, never here.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { checkJson, failureOf, readingOf, runCli } from '../helpers/cli';

const SEED = join(__dirname, '../../assets/ke-hoach-cchc-2024.xlsx');
const dir = mkdtempSync(join(tmpdir(), 'cchc-structures-'));

/** The seed plan with `part` passed through `edit`. */
function seedWith(edits: Record<string, (xml: string) => string>): string {
  const files = unzipSync(new Uint8Array(readFileSync(SEED)));
  for (const [part, edit] of Object.entries(edits)) files[part] = strToU8(edit(strFromU8(files[part])));
  const file = join(dir, `${Object.keys(edits).length}-${Math.random().toString(36).slice(2)}.xlsx`);
  writeFileSync(file, zipSync(files));
  return file;
}

const SHEET2 = 'xl/worksheets/sheet2.xml';
const beforeSheetData = (s: string) => (xml: string) => xml.replace('<sheetData>', `${s}<sheetData>`);
const afterSheetData = (s: string) => (xml: string) => xml.replace('</sheetData>', `</sheetData>${s}`);

const reads: [string, Record<string, (xml: string) => string>][] = [
  [
    'a defined name over a whole sheet',
    {
      'xl/workbook.xml': (x) =>
        x.replace(
          '</sheets>',
          '</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">\'Phụ lục 2\'!$A$1:$XFD$1048576</definedName></definedNames>',
        ),
    },
  ],
  [
    'a column range over a billion columns',
    { [SHEET2]: beforeSheetData('<cols><col min="1" max="1000000000" width="12"/></cols>') },
  ],
  [
    'mergeCells and dataValidations before sheetData',
    {
      [SHEET2]: (x) => {
        const merges = /<mergeCells[\s\S]*?<\/mergeCells>/.exec(x)?.[0] ?? '';
        return beforeSheetData(
          `${merges}<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>`,
        )(x.replace(merges, ''));
      },
    },
  ],
  [
    'conditional formatting over the whole sheet',
    {
      [SHEET2]: afterSheetData(
        '<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression" priority="1"><formula>1</formula></cfRule></conditionalFormatting>',
      ),
    },
  ],
  [
    'a 200,000-character attribute in a relationship',
    { 'xl/_rels/workbook.xml.rels': (x) => x.replace('<Relationship ', `<Relationship x="${'a'.repeat(200_000)}" `) },
  ],
  [
    'a 200,000-character tag in the sheet list',
    { 'xl/workbook.xml': (x) => x.replace('<sheet ', `<sheet ${' '.repeat(200_000)}`) },
  ],
  [
    'a 200,000-character mergeCell tag',
    { [SHEET2]: (x) => x.replace('<mergeCell ', `<mergeCell ${'\t'.repeat(200_000)}`) },
  ],
  [
    'a cell tag padded with 300,000 spaces beside a t="d" cell',
    {
      [SHEET2]: (x) => x.replace('</row>', `<c r="Z1"${' '.repeat(300_000)}t="d"><v>2024-12-31</v></c></row>`),
    },
  ],
  [
    'sheet names over 31 characters (as Google Sheets and LibreOffice write them)',
    {
      'xl/workbook.xml': (x) =>
        x.replace('name="Phụ lục 1"', 'name="Phụ lục 1 - Chỉ tiêu kế hoạch cải cách hành chính năm 2024"'),
    },
  ],
];

const refusals: [string, Record<string, (xml: string) => string>, RegExp][] = [
  [
    'a row numbered 2,000,000,000',
    {
      [SHEET2]: (x) =>
        x.replace('</sheetData>', '<row r="2000000000"><c r="A2000000000"><v>1</v></c></row></sheetData>'),
    },
    /1\.048\.576 hàng/,
  ],
  [
    'a row numbered 100,000,000',
    { [SHEET2]: (x) => x.replace('</sheetData>', '<row r="100000000"><c><v>1</v></c></row></sheetData>') },
    /1\.048\.576 hàng/,
  ],
  [
    'elements nested 100,000 deep',
    { [SHEET2]: afterSheetData(`${'<extLst>'.repeat(100_000)}${'</extLst>'.repeat(100_000)}`) },
    /lồng nhau quá sâu/,
  ],
  [
    'an entity declaration',
    {
      [SHEET2]: (x) =>
        x.replace(
          '<worksheet',
          '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet',
        ),
    },
    /bị lỗi/,
  ],
];

describe('structures that hung the former reader', () => {
  it.each(reads)('%s: read', async (_name, edits) => {
    const file = seedWith(edits);
    const r = await runCli(['check', '--json', file]);
    expect(r.err).toBe('');
    expect([0, 1]).toContain(r.code);
    const wb = readingOf(checkJson(r.out));
    expect(wb.tasks).toHaveLength(30);
    expect(wb.targets.length).toBeGreaterThan(0);
  });

  it.each(refusals)('%s: refused in one line', async (_name, edits, words) => {
    const file = seedWith(edits);
    const r = await runCli(['check', '--json', file]);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toContain(file);
    expect(r.err).toMatch(words);
    expect(failureOf(checkJson(r.out)).error.reason).toBeDefined();
  });

  it('reads the 31-plus-character sheet name as written', async () => {
    const long = 'Phụ lục 1 - Chỉ tiêu kế hoạch cải cách hành chính năm 2024';
    const file = seedWith({ 'xl/workbook.xml': (x) => x.replace('name="Phụ lục 1"', `name="${long}"`) });
    const r = await runCli(['check', '--json', file]);
    const wb = readingOf(checkJson(r.out));
    expect(wb.targets[0].sheet).toBe(long);
  });
});
