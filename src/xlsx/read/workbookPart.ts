/**
 * The workbook part, found through the package's relationships as Excel finds it: the worksheets
 * in workbook order (chartsheets, dialog and macro sheets left out), the date system, and where the
 * shared strings and styles are. Packages that are no workbook are refused here, each with its reason.
 */
import { type ReadLimits, WorkbookReadError } from '../readErrors';
import { partXml, walkPart } from './partXml';
import { folderOf, relationships, relsPathOf, resolvePart } from './relationships';
import type { Attributes } from './xmlTokenizer';
import type { ZipPackage } from './zip';

export interface SheetPart {
  name: string;
  path: string;
  state: 'visible' | 'hidden' | 'veryHidden';
}

export interface WorkbookPart {
  sheets: SheetPart[];
  date1904: boolean;
  sharedStrings: string | null;
  styles: string | null;
}

const endsWith = (type: string, kind: string) => type.endsWith(`/${kind}`);
const WORKBOOK = 'xl/workbook.xml';

function stateOf(s: string | undefined): SheetPart['state'] {
  return s === 'hidden' || s === 'veryHidden' ? s : 'visible';
}

export function readWorkbookPart(zip: ZipPackage, limits: ReadLimits): WorkbookPart {
  if (!zip.has('[Content_Types].xml')) {
    throw new WorkbookReadError('not-ooxml', 'the zip holds no [Content_Types].xml, so it is no Office document');
  }
  const rootRels = relationships('_rels/.rels', partXml(zip, '_rels/.rels'), limits);
  const main = rootRels.find((r) => endsWith(r.type, 'officeDocument'));
  const mainPath = main ? resolvePart('', main.target) : null;
  if ((mainPath !== null && mainPath.startsWith('word/')) || zip.has('word/document.xml')) {
    throw new WorkbookReadError('word-document', 'the file is a Word document (.docx), not a workbook');
  }
  if ((mainPath !== null && mainPath.startsWith('ppt/')) || zip.has('ppt/presentation.xml')) {
    throw new WorkbookReadError('powerpoint-document', 'the file is a PowerPoint presentation (.pptx), not a workbook');
  }
  const path = mainPath !== null && zip.has(mainPath) ? mainPath : WORKBOOK;
  const xml = partXml(zip, path);
  if (xml === null) throw new WorkbookReadError('no-workbook', 'the package holds no workbook part (xl/workbook.xml)');
  const folder = folderOf(path);
  const rels = relationships(relsPathOf(path), partXml(zip, relsPathOf(path)), limits).map((r) => ({
    ...r,
    path: resolvePart(folder, r.target),
  }));
  const byId = new Map<string, (typeof rels)[number]>();
  for (const r of rels) if (!byId.has(r.id)) byId.set(r.id, r);

  const sheets: SheetPart[] = [];
  let date1904 = false;
  let listed = 0;
  walkPart(
    path,
    xml,
    {
      wantText: false,
      open(tag: string, a: Attributes) {
        if (tag === 'workbookPr') {
          const d = a.get('date1904');
          date1904 = d === '1' || d === 'true';
        } else if (tag === 'sheet') {
          if (++listed > limits.maxSheets) {
            throw new WorkbookReadError('too-many-sheets', `the workbook lists more than ${limits.maxSheets} sheets`, {
              limit: limits.maxSheets,
            });
          }
          const rel = byId.get(a.get('id') ?? '');
          if (!rel || rel.external || !endsWith(rel.type, 'worksheet')) return;
          sheets.push({ name: a.get('name') ?? '', path: rel.path, state: stateOf(a.get('state')) });
        }
      },
      close() {},
      text() {},
    },
    limits,
  );
  const partOf = (kind: string) => {
    const r = rels.find((x) => !x.external && endsWith(x.type, kind) && zip.has(x.path));
    if (r) return r.path;
    // Some writers leave the relationship out; Excel's own name is then where the part is.
    const fixed = `xl/${kind}.xml`;
    return zip.has(fixed) ? fixed : null;
  };
  return { sheets, date1904, sharedStrings: partOf('sharedStrings'), styles: partOf('styles') };
}
