/**
 * Finds the workbook part and its worksheets through the package's relationships, refuses packages
 * that are no workbook, and moves parts to the fixed names exceljs looks for.
 */
import { WorkbookReadError } from '../readErrors';
import { unprefixed } from './namespace';
import type { PackageParts } from './parts';
import { folderOf, relationships, relationshipsXml, relativeTo, relsPathOf, resolvePart } from './relationships';
import { startTags } from './xml';

export interface SheetPart { name: string; path: string }

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_WORKSHEET = /\/worksheet$/;
const REL_SHARED_STRINGS = /\/sharedStrings$/;
const REL_STYLES = /\/styles$/;
const WORKBOOK = 'xl/workbook.xml';
const STANDARD_SHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;

function refuseOversized(parts: PackageParts, limit: number): void {
  const total = parts.declaredSize();
  if (total > limit) {
    throw new WorkbookReadError('too-large', `the parts declare ${total} unpacked bytes, over the ${limit}-byte limit`, { limit, actual: total });
  }
}

/**
 * The worksheets in workbook order (chartsheets left out), each at a name exceljs reads. The
 * workbook, shared strings and styles are at their fixed names afterwards, without a namespace prefix.
 */
export async function layOut(parts: PackageParts, maxUncompressedBytes: number): Promise<SheetPart[]> {
  if (!parts.has('[Content_Types].xml')) {
    throw new WorkbookReadError('not-ooxml', 'the zip holds no [Content_Types].xml, so it is no Office document');
  }
  refuseOversized(parts, maxUncompressedBytes);
  const rootRels = relationships((await parts.text('_rels/.rels')) ?? '');
  const main = rootRels.find((r) => REL_OFFICE_DOCUMENT.test(r.type));
  const mainPath = main ? resolvePart('', main.target) : null;
  if ((mainPath !== null && /^word\//.test(mainPath)) || parts.has('word/document.xml')) {
    throw new WorkbookReadError('word-document', 'the file is a Word document (.docx), not a workbook');
  }
  if ((mainPath !== null && /^ppt\//.test(mainPath)) || parts.has('ppt/presentation.xml')) {
    throw new WorkbookReadError('powerpoint-document', 'the file is a PowerPoint presentation (.pptx), not a workbook');
  }

  // exceljs finds parts by fixed names (xl/workbook.xml, xl/worksheets/sheetN.xml,
  // xl/sharedStrings.xml, xl/styles.xml), not through the relationships; other writers may name
  // them otherwise, so they are moved to where exceljs looks.
  let workbookPath = mainPath !== null && parts.has(mainPath) ? mainPath : WORKBOOK;
  if (!parts.has(workbookPath)) throw new WorkbookReadError('no-workbook', 'the package holds no workbook part (xl/workbook.xml)');
  const workbookFolder = folderOf(workbookPath);
  const rels = relationships((await parts.text(relsPathOf(workbookPath))) ?? '').map((r) => ({ ...r, path: resolvePart(workbookFolder, r.target) }));
  let moved = false;
  if (workbookPath !== WORKBOOK) {
    await parts.move(workbookPath, WORKBOOK);
    workbookPath = WORKBOOK;
    moved = true;
  }
  const workbookXml = (await parts.text(workbookPath)) ?? '';

  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetPart[] = [];
  // Numbers taken by a relationship or by any part, so a moved sheet overwrites nothing.
  const taken = [...rels.map((r) => r.path), ...parts.names()];
  const usedNumbers = new Set(taken.map((p) => STANDARD_SHEET.exec(p)?.[1]).filter((n): n is string => n !== undefined).map(Number));
  let next = 1;
  for (const a of startTags(workbookXml, 'sheet')) {
    const rel = byId.get(a.id ?? '');
    if (!rel || !REL_WORKSHEET.test(rel.type)) continue; // chartsheets, dialog and macro sheets
    if (!STANDARD_SHEET.test(rel.path) && parts.has(rel.path)) {
      while (usedNumbers.has(next)) next++;
      usedNumbers.add(next);
      const to = `xl/worksheets/sheet${next}.xml`;
      await parts.move(rel.path, to);
      rel.path = to;
      moved = true;
    }
    sheets.push({ name: a.name ?? '', path: rel.path });
  }
  for (const [type, fixed] of [[REL_SHARED_STRINGS, 'xl/sharedStrings.xml'], [REL_STYLES, 'xl/styles.xml']] as const) {
    const rel = rels.find((r) => type.test(r.type));
    if (rel && rel.path !== fixed && parts.has(rel.path)) {
      await parts.move(rel.path, fixed);
      rel.path = fixed;
      moved = true;
    }
  }
  if (moved) parts.set(relsPathOf(WORKBOOK), relationshipsXml(rels.map((r) => ({ ...r, target: relativeTo('xl', r.path, r.target) }))));
  for (const part of [WORKBOOK, 'xl/sharedStrings.xml', 'xl/styles.xml']) {
    const xml = await parts.text(part);
    if (xml !== null) parts.set(part, unprefixed(xml));
  }
  return sheets;
}
