/**
 * Which parts exceljs reads, and as what. This mirrors the dispatch in `XLSX#load` of exceljs 4.4
 * (node_modules/exceljs/lib/xlsx/xlsx.js; the version is pinned by the lock file): the same names,
 * the same patterns, in the same order. Left out on purpose, since no Grid needs them: document
 * properties, themes and media (images can be megabytes). A drawing whose image is missing reads
 * the same in exceljs, without the image.
 */

export type PartRole =
  | { kind: 'globalRels' | 'workbook' | 'workbookRels' | 'sharedStrings' | 'styles' }
  | { kind: 'worksheet' | 'worksheetRels'; sheetNo: string }
  | { kind: 'drawing' | 'comments' | 'table' | 'drawingRels' | 'vmlDrawing'; id: string };

const FIXED: Record<string, PartRole> = {
  '_rels/.rels': { kind: 'globalRels' },
  'xl/workbook.xml': { kind: 'workbook' },
  'xl/_rels/workbook.xml.rels': { kind: 'workbookRels' },
  'xl/sharedStrings.xml': { kind: 'sharedStrings' },
  'xl/styles.xml': { kind: 'styles' },
};

/** Names exceljs takes for something else before these patterns are tried. */
const SKIPPED_FIXED = new Set(['docProps/app.xml', 'docProps/core.xml']);

const PATTERNS: [RegExp, 'worksheet' | 'worksheetRels' | 'skip' | 'drawing' | 'comments' | 'table' | 'drawingRels' | 'vmlDrawing'][] = [
  [/xl\/worksheets\/sheet(\d+)[.]xml/, 'worksheet'],
  [/xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/, 'worksheetRels'],
  [/xl\/theme\/([a-zA-Z0-9]+)[.]xml/, 'skip'],
  [/xl\/media\/([a-zA-Z0-9]+[.][a-zA-Z0-9]{3,4})$/, 'skip'],
  [/xl\/drawings\/([a-zA-Z0-9]+)[.]xml/, 'drawing'],
  [/xl\/(comments\d+)[.]xml/, 'comments'],
  [/xl\/tables\/(table\d+)[.]xml/, 'table'],
  [/xl\/drawings\/_rels\/([a-zA-Z0-9]+)[.]xml[.]rels/, 'drawingRels'],
  [/xl\/drawings\/(vmlDrawing\d+)[.]vml/, 'vmlDrawing'],
];

/** exceljs's name for a zip entry: without a leading slash. */
export function entryName(name: string): string {
  return name[0] === '/' ? name.slice(1) : name;
}

/** What exceljs reads the part as, or null when the Grid needs nothing from it. */
export function partRole(name: string): PartRole | null {
  const entry = entryName(name);
  const fixed = FIXED[entry];
  if (fixed) return fixed;
  if (SKIPPED_FIXED.has(entry)) return null;
  for (const [re, kind] of PATTERNS) {
    const m = re.exec(entry);
    if (!m) continue;
    if (kind === 'skip') return null;
    if (kind === 'worksheet' || kind === 'worksheetRels') return { kind, sheetNo: m[1] };
    return { kind, id: m[1] };
  }
  return null;
}
