/**
 * The exceljs host's reader: .xlsx bytes → Grid[] under the Grid contract (src/core/grid.ts).
 * Runs in Node and in the browser (the pane opens files outside Excel), so no fs/path here.
 *
 * Some work is done outside exceljs, on the zip itself, before exceljs parses it:
 * - the package is checked (magic bytes, content types, workbook part, declared sizes), so a wrong
 *   file fails fast with a WorkbookReadError a user can act on;
 * - `<mergeCells>` is read and then removed from every sheet, because exceljs applies merges with a
 *   check against every earlier merge (quadratic: ~95 s for 26,668 merges). Without it exceljs also
 *   stops copying the master value into covered cells, which the Grid contract forbids anyway.
 * - SpreadsheetML written with a namespace prefix (`<x:worksheet>`, as the .NET Open XML SDK and
 *   the web portals built on it write it) is rewritten without the prefix: exceljs matches bare
 *   element names and would otherwise fail or, worse, see empty sheets.
 * - `<dataValidations>` is removed too: exceljs expands each validated range into one entry per
 *   cell, so a dropdown over a whole column (or a whole sheet) would hang the read, and the Grid
 *   has no use for validations.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { CellValue, Grid, MergeArea } from '../core/grid';
import { type ReadLimits, type ReadOptions, WorkbookReadError, limitsOf, sniff } from './readErrors';

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_WORKSHEET = /\/worksheet$/;

const utf8 = new TextDecoder('utf-8');
const utf8Encoder = new TextEncoder();
/** `<dimension>` comes before `<sheetData>`, within the first few elements of a sheet. */
const HEAD_BYTES = 64 * 1024;

// ───────────────────────────── tiny XML helpers (for package parts only) ─────────────────────────────

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    switch (e) {
      case 'amp': return '&';
      case 'lt': return '<';
      case 'gt': return '>';
      case 'quot': return '"';
      case 'apos': return "'";
      default: {
        const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\uFFFD';
      }
    }
  });
}

/** Attributes of one start tag; namespace prefixes are dropped (`r:id` → `id`). */
function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag)) !== null) {
    const name = m[1].includes(':') ? m[1].slice(m[1].indexOf(':') + 1) : m[1];
    // Names that differ only by prefix keep the first, except that `r:id` (a relationship) wins.
    if (!(name in out) || m[1].startsWith('r:')) out[name] = decodeXml(m[3] ?? m[4] ?? '');
  }
  return out;
}

function startTags(xml: string, localName: string): Record<string, string>[] {
  const re = new RegExp(`<(?:[\\w.-]+:)?${localName}\\b[^>]*>`, 'g');
  return (xml.match(re) ?? []).map(attributes);
}

interface Relationship { id: string; type: string; target: string; mode?: string }

function relationships(xml: string): Relationship[] {
  return startTags(xml, 'Relationship').map((a) => ({ id: a.Id ?? a.id ?? '', type: a.Type ?? '', target: a.Target ?? '', mode: a.TargetMode }));
}

/** Resolves a relationship target against the folder of the part that declares it. */
function resolvePart(fromFolder: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = (fromFolder ? fromFolder.split('/') : []).concat(target.split('/'));
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

const WORKBOOK = 'xl/workbook.xml';
const STANDARD_SHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;
const REL_SHARED_STRINGS = /\/sharedStrings$/;
const REL_STYLES = /\/styles$/;

function folderOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i === -1 ? '' : path.slice(0, i);
}

/** Where a part's own relationships live: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
function relsPathOf(path: string): string {
  const folder = folderOf(path);
  const name = path.slice(folder.length ? folder.length + 1 : 0);
  return `${folder ? `${folder}/` : ''}_rels/${name}.rels`;
}

/** A target for `path` as seen from `folder`; external targets (URLs) are kept as written. */
function relativeTo(folder: string, path: string, original: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(original)) return original;
  return path.startsWith(`${folder}/`) ? path.slice(folder.length + 1) : `/${path}`;
}

function escAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

function relationshipsXml(rels: { id: string; type: string; target: string; mode?: string }[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    rels
      .map((r) => `<Relationship Id="${escAttr(r.id)}" Type="${escAttr(r.type)}" Target="${escAttr(r.target)}"${r.mode ? ` TargetMode="${escAttr(r.mode)}"` : ''}/>`)
      .join('') +
    '</Relationships>'
  );
}

/** `path` relative to `folder`: from `xl/worksheets`, `xl/drawings/d1.xml` is `../drawings/d1.xml`. */
function relativePath(folder: string, path: string): string {
  const from = folder ? folder.split('/') : [];
  const to = path.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...new Array<string>(from.length - common).fill('..'), ...to.slice(common)].join('/');
}

/**
 * Moves a part with its relationships. Their targets are relative to the part's folder, so they
 * are rewritten when the folder changes (exceljs looks comments and drawings up by target).
 */
async function movePart(zip: JSZip, from: string, to: string): Promise<void> {
  const f = zip.file(from);
  if (!f) return;
  zip.file(to, await f.async('uint8array'));
  zip.remove(from);
  const relsFile = zip.file(relsPathOf(from));
  if (!relsFile) return;
  const xml = await relsFile.async('string');
  zip.remove(relsPathOf(from));
  const oldFolder = folderOf(from);
  const newFolder = folderOf(to);
  if (oldFolder === newFolder) {
    zip.file(relsPathOf(to), xml);
    return;
  }
  const rels = relationships(xml).map((r) =>
    r.mode === 'External' || /^[a-z][a-z0-9+.-]*:/i.test(r.target) ? r : { ...r, target: relativePath(newFolder, resolvePart(oldFolder, r.target)) },
  );
  zip.file(relsPathOf(to), relationshipsXml(rels));
}

const MAIN_NAMESPACES = ['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main'];

/** The prefix the part's root element uses for the SpreadsheetML namespace, if it uses one. */
function mainPrefix(head: string): string | null {
  const root = /<([A-Za-z_][\w.-]*):(workbook|worksheet|sst|styleSheet)\b[^>]*>/.exec(head);
  if (!root) return null;
  const prefix = root[1];
  const ns = new RegExp(`xmlns:${prefix.replace(/[.-]/g, '\\$&')}\\s*=\\s*["']([^"']*)["']`).exec(root[0]);
  return ns && MAIN_NAMESPACES.includes(ns[1]) ? prefix : null;
}

/** Moves the SpreadsheetML elements from `prefix:` to the default namespace. */
function unprefix(xml: string, prefix: string): string {
  const p = prefix.replace(/[.-]/g, '\\$&');
  return xml
    .replace(new RegExp(`<(/?)${p}:`, 'g'), '<$1')
    .replace(new RegExp(`xmlns:${p}(\\s*=)`), 'xmlns$1');
}

async function unprefixPart(zip: JSZip, path: string): Promise<boolean> {
  const xml = await text(zip, path);
  if (xml === null) return false;
  const prefix = mainPrefix(xml.slice(0, HEAD_BYTES));
  if (prefix === null) return false;
  zip.file(path, unprefix(xml, prefix));
  return true;
}

// ───────────────────────────── A1 references ─────────────────────────────

function colNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

const A1 = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/;

function parseRange(ref: string): MergeArea | null {
  const [a, b = a] = ref.toUpperCase().split(':');
  const ma = A1.exec(a);
  const mb = A1.exec(b);
  if (!ma || !mb) return null;
  const r1 = Number(ma[2]);
  const r2 = Number(mb[2]);
  const c1 = colNumber(ma[1]);
  const c2 = colNumber(mb[1]);
  return { startRow: Math.min(r1, r2), startCol: Math.min(c1, c2), endRow: Math.max(r1, r2), endCol: Math.max(c1, c2) };
}

// ───────────────────────────── the package ─────────────────────────────

async function openZip(bytes: Uint8Array): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch (err) {
    throw new WorkbookReadError('truncated', `the zip archive cannot be opened: ${(err as Error).message}`, {}, { cause: err });
  }
}

async function text(zip: JSZip, path: string): Promise<string | null> {
  const f = zip.file(path);
  if (!f) return null;
  try {
    return await f.async('string');
  } catch (err) {
    // A part that fails its CRC or inflate check: the archive was cut or damaged.
    throw new WorkbookReadError('truncated', `part ${path} cannot be unpacked: ${(err as Error).message}`, {}, { cause: err });
  }
}

/** The unpacked size JSZip read from the central directory; not in its public typings. */
function uncompressedSize(f: JSZip.JSZipObject): number {
  const data = (f as unknown as { _data?: { uncompressedSize?: unknown } })._data;
  return data && typeof data.uncompressedSize === 'number' ? data.uncompressedSize : 0;
}

/**
 * True when no part can unpack past the limit, whatever the headers claim: each part is unpacked from
 * exactly its compressed size in bytes, and DEFLATE expands at most ~1,032-fold, so the parts'
 * compressed sizes bound the total — also when entries overlap, the trick by which a small zip
 * unpacks to gigabytes (each overlapping entry counts its own compressed size again).
 */
function bombProof(zip: JSZip, limits: ReadLimits): boolean {
  let compressed = 0;
  let known = true;
  zip.forEach((_p, f) => {
    const data = (f as unknown as { _data?: { compressedSize?: unknown } })._data;
    if (data && typeof data.compressedSize === 'number') compressed += data.compressedSize;
    else if (!f.dir) known = false;
  });
  return known && compressed * MAX_DEFLATE_RATIO <= limits.maxUncompressedBytes;
}

interface SheetPart { name: string; path: string }

interface StreamHelper {
  on(event: 'data', cb: (chunk: Uint8Array) => void): StreamHelper;
  on(event: 'error', cb: (err: Error) => void): StreamHelper;
  on(event: 'end', cb: () => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
}

/** Bytes unpacked so far, across parts: the sizes a zip declares may lie, the unpacked bytes cannot. */
/**
 * DEFLATE cannot expand data more than about 1,032 to 1. When the parts' compressed sizes times that
 * stay within the unpacked limit, no part can be a zip bomb, so the parts need no trial unpacking
 * (which costs more than exceljs's own reading on a small unit submission).
 */
const MAX_DEFLATE_RATIO = 1032;

interface Budget { used: number; measured: Set<string>; limits: ReadLimits; bombProof: boolean }

function overBudget(budget: Budget): WorkbookReadError {
  const limit = budget.limits.maxUncompressedBytes;
  return new WorkbookReadError('too-large', `the parts unpack to more than ${limit} bytes`, { limit, actual: budget.used });
}

/**
 * Unpacks a part chunk by chunk, counting against the budget and stopping at once past it, so a zip
 * bomb that lies about its sizes costs at most the budget in time and nothing beyond it in memory.
 * Keeps the bytes only when asked.
 */
function unpack(f: JSZip.JSZipObject, budget: Budget, keep: boolean): Promise<Uint8Array | null> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    let done = false;
    // JSZip's chunked reader; public API, though missing from its typings.
    const helper = (f as unknown as { internalStream(type: 'uint8array'): StreamHelper }).internalStream('uint8array');
    helper
      .on('data', (chunk) => {
        if (done) return;
        size += chunk.length;
        budget.used += chunk.length;
        if (budget.used > budget.limits.maxUncompressedBytes) {
          done = true;
          helper.pause();
          reject(overBudget(budget));
          return;
        }
        if (keep) chunks.push(chunk);
      })
      .on('error', (err) => {
        if (done) return;
        done = true;
        reject(new WorkbookReadError('truncated', `part ${f.name} cannot be unpacked: ${err.message}`, {}, { cause: err }));
      })
      .on('end', () => {
        if (done) return;
        done = true;
        budget.measured.add(f.name);
        if (!keep) return resolve(null);
        const out = new Uint8Array(size);
        let at = 0;
        for (const c of chunks) {
          out.set(c, at);
          at += c.length;
        }
        resolve(out);
      })
      .resume();
  });
}

const LIKELY_SHEET = /^xl\/worksheets\/[^/]+\.xml$/;

/**
 * Unpacks and counts every part not counted yet. Run first without the sheets (read later against
 * the same budget, so not unpacked twice), and last for whatever exceljs would still unpack.
 */
async function measureParts(zip: JSZip, budget: Budget, skipSheets: boolean): Promise<void> {
  if (budget.bombProof) return;
  const files: JSZip.JSZipObject[] = [];
  zip.forEach((path, f) => {
    if (!f.dir && !budget.measured.has(path) && !(skipSheets && LIKELY_SHEET.test(path))) files.push(f);
  });
  for (const f of files) await unpack(f, budget, false);
}

/** Finds the workbook part and its worksheets (in workbook order, chartsheets left out). */
async function inspectPackage(zip: JSZip, budget: Budget): Promise<{ workbookPath: string; sheets: SheetPart[]; moved: boolean }> {
  if (!zip.file('[Content_Types].xml')) {
    throw new WorkbookReadError('not-ooxml', 'the zip holds no [Content_Types].xml, so it is no Office document');
  }
  let total = 0;
  zip.forEach((_p, f) => { total += uncompressedSize(f); });
  const limit = budget.limits.maxUncompressedBytes;
  if (total > limit) {
    throw new WorkbookReadError('too-large', `the parts declare ${total} unpacked bytes, over the ${limit}-byte limit`, {
      limit,
      actual: total,
    });
  }
  await measureParts(zip, budget, true);
  const rootRels = relationships((await text(zip, '_rels/.rels')) ?? '');
  const main = rootRels.find((r) => REL_OFFICE_DOCUMENT.test(r.type));
  const mainPath = main ? resolvePart('', main.target) : null;
  const isWord = (mainPath !== null && /^word\//.test(mainPath)) || zip.file('word/document.xml') !== null;
  const isPowerPoint = (mainPath !== null && /^ppt\//.test(mainPath)) || zip.file('ppt/presentation.xml') !== null;
  if (isWord) throw new WorkbookReadError('word-document', 'the file is a Word document (.docx), not a workbook');
  if (isPowerPoint) throw new WorkbookReadError('powerpoint-document', 'the file is a PowerPoint presentation (.pptx), not a workbook');

  // exceljs finds parts by fixed names (xl/workbook.xml, xl/worksheets/sheetN.xml,
  // xl/sharedStrings.xml, xl/styles.xml), not through the relationships; other writers may name
  // them otherwise, so they are moved to where exceljs looks.
  let workbookPath = mainPath !== null && zip.file(mainPath) ? mainPath : 'xl/workbook.xml';
  if (!zip.file(workbookPath)) throw new WorkbookReadError('no-workbook', 'the package holds no workbook part (xl/workbook.xml)');
  const workbookFolder = folderOf(workbookPath);
  const rels = relationships((await text(zip, relsPathOf(workbookPath))) ?? '').map((r) => ({ ...r, path: resolvePart(workbookFolder, r.target) }));
  let moved = false;
  if (workbookPath !== WORKBOOK) {
    await movePart(zip, workbookPath, WORKBOOK);
    workbookPath = WORKBOOK;
    moved = true;
  }
  const workbookXml = (await text(zip, workbookPath)) ?? '';

  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetPart[] = [];
  // Numbers taken by a relationship or by any part in the zip, so a moved sheet overwrites nothing.
  const taken = [...rels.map((r) => r.path), ...Object.keys(zip.files)];
  const usedNumbers = new Set(taken.map((p) => STANDARD_SHEET.exec(p)?.[1]).filter((n): n is string => n !== undefined).map(Number));
  let next = 1;
  for (const a of startTags(workbookXml, 'sheet')) {
    const rel = byId.get(a.id ?? '');
    if (!rel || !REL_WORKSHEET.test(rel.type)) continue; // chartsheets, dialog and macro sheets
    if (!STANDARD_SHEET.test(rel.path) && zip.file(rel.path)) {
      while (usedNumbers.has(next)) next++;
      usedNumbers.add(next);
      const to = `xl/worksheets/sheet${next}.xml`;
      await movePart(zip, rel.path, to);
      rel.path = to;
      moved = true;
    }
    sheets.push({ name: a.name ?? '', path: rel.path });
  }
  for (const [type, fixed] of [[REL_SHARED_STRINGS, 'xl/sharedStrings.xml'], [REL_STYLES, 'xl/styles.xml']] as const) {
    const rel = rels.find((r) => type.test(r.type));
    if (rel && rel.path !== fixed && zip.file(rel.path)) {
      await movePart(zip, rel.path, fixed);
      rel.path = fixed;
      moved = true;
    }
  }
  if (moved) zip.file(relsPathOf(WORKBOOK), relationshipsXml(rels.map((r) => ({ ...r, target: relativeTo('xl', r.path, r.target) }))));
  return { workbookPath, sheets, moved };
}

const MERGE_BLOCK = /<(?:[\w.-]+:)?mergeCells\b[^>]*\/>|<(?:[\w.-]+:)?mergeCells\b[\s\S]*?<\/(?:[\w.-]+:)?mergeCells>/g;
const VALIDATION_BLOCK = /<(?:[\w.-]+:)?dataValidations\b[^>]*\/>|<(?:[\w.-]+:)?dataValidations\b[\s\S]*?<\/(?:[\w.-]+:)?dataValidations>/g;

/** Counts `<c …>` start tags in the raw bytes: a cheap bound on what exceljs will hold. */
function countCells(xml: Uint8Array): number {
  let n = 0;
  const last = xml.length - 2;
  for (let i = 0; i < last; i++) {
    if (xml[i] !== 60 /* < */ || xml[i + 1] !== 99 /* c */) continue;
    const next = xml[i + 2];
    // ' ', '>', '/', tab, CR, LF: the `c` element, not `<col`, `<cfRule`, `<cols`.
    if (next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13) n++;
  }
  return n;
}

function indexOfAscii(bytes: Uint8Array, needle: string): number {
  const first = needle.charCodeAt(0);
  const last = bytes.length - needle.length;
  outer: for (let i = 0; i <= last; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

const ISO_DATE_CELL = /<c\b([^>]*?)\s+t="d"([^>]*)>\s*<v>([^<]*)<\/v>/g;

/**
 * Cells typed `t="d"` hold an ISO 8601 date (strict OOXML, some JavaScript writers). exceljs reads
 * them as parseFloat of the text (2024-12-31 → 2024), so they become plain serials here, as Excel
 * itself would store them; text that is no date stays as text.
 */
function isoDatesToSerials(xml: string): string {
  return xml.replace(ISO_DATE_CELL, (_m, before: string, after: string, iso: string) => {
    const text = iso.trim();
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(text);
    // The wall-clock time as written: a serial has no time zone.
    const ms = m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0) : NaN;
    if (!Number.isFinite(ms)) return `<c${before}${after} t="inlineStr"><is><t>${text}</t></is>`;
    return `<c${before}${after}><v>${UNIX_EPOCH_SERIAL + ms / MS_PER_DAY}</v>`;
  });
}

function lastIndexOfAscii(bytes: Uint8Array, needle: string): number {
  const first = needle.charCodeAt(0);
  outer: for (let i = bytes.length - needle.length; i >= 0; i--) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

function tooManyCells(sheet: string, actual: number, what: string, limit: number): WorkbookReadError {
  return new WorkbookReadError('too-many-cells', `sheet "${sheet}" ${what} ${actual} cells, over the ${limit}-cell limit`, {
    limit,
    actual,
  });
}


/**
 * Reads each sheet's merges and declared size, and takes `<mergeCells>` out of the sheet XML.
 * Works on bytes and decodes only the head and the part after `<sheetData>`, since a big sheet's
 * cells are tens of megabytes that exceljs will decode anyway. Returns the merges by sheet name
 * and whether any sheet was changed.
 */
async function extractMerges(zip: JSZip, sheets: SheetPart[], budget: Budget): Promise<{ merges: Map<string, MergeArea[]>; changed: boolean }> {
  const out = new Map<string, MergeArea[]>();
  let changed = false;
  for (const s of sheets) {
    const f = zip.file(s.path);
    if (!f) throw new WorkbookReadError('corrupt', `sheet "${s.name}" is listed but its part ${s.path} is missing`);
    // A part measured before under this name is not counted twice.
    let bytes = (await unpack(f, budget.measured.has(f.name) ? { ...budget, used: 0 } : budget, true)) as Uint8Array;

    let head = utf8.decode(bytes.subarray(0, HEAD_BYTES));
    let rewritten = false;
    const prefix = mainPrefix(head);
    const hasIsoDates = indexOfAscii(bytes, 't="d"') !== -1;
    if (prefix !== null || hasIsoDates) {
      let xml = utf8.decode(bytes);
      if (prefix !== null) xml = unprefix(xml, prefix);
      if (hasIsoDates) xml = isoDatesToSerials(xml);
      bytes = utf8Encoder.encode(xml);
      head = utf8.decode(bytes.subarray(0, HEAD_BYTES));
      rewritten = true;
    }
    const dim = /<(?:[\w.-]+:)?dimension\b[^>]*>/.exec(head);
    if (dim) {
      const area = parseRange(attributes(dim[0]).ref ?? '');
      if (area) {
        const declared = (area.endRow - area.startRow + 1) * (area.endCol - area.startCol + 1);
        if (declared > budget.limits.maxCells) throw tooManyCells(s.name, declared, 'declares', budget.limits.maxCells);
      }
    }
    const cells = countCells(bytes);
    if (cells > budget.limits.maxCells) throw tooManyCells(s.name, cells, 'holds', budget.limits.maxCells);

    // `<mergeCells>` follows `<sheetData>`; '<' never occurs inside a multi-byte UTF-8 sequence, so
    // cutting at it leaves both halves valid text.
    let tailStart = lastIndexOfAscii(bytes, 'sheetData');
    while (tailStart > 0 && bytes[tailStart] !== 60) tailStart--;
    if (tailStart < 0) tailStart = 0;
    const tail = utf8.decode(bytes.subarray(tailStart));

    const merges: MergeArea[] = [];
    let found = false;
    const stripped = tail
      .replace(MERGE_BLOCK, (block) => {
        found = true;
        for (const a of startTags(block, 'mergeCell')) {
          const m = parseRange(a.ref ?? '');
          // A one-cell "merge" merges nothing; Excel drops it too.
          if (m && (m.endRow > m.startRow || m.endCol > m.startCol)) merges.push(m);
        }
        return '';
      })
      .replace(VALIDATION_BLOCK, () => {
        found = true;
        return '';
      });
    if (!found && rewritten) {
      zip.file(s.path, bytes, { compression: 'STORE' });
      changed = true;
    } else if (found) {
      const tailBytes = utf8Encoder.encode(stripped);
      const next = new Uint8Array(tailStart + tailBytes.length);
      next.set(bytes.subarray(0, tailStart), 0);
      next.set(tailBytes, tailStart);
      // Stored: exceljs unpacks it at once, so deflating it again would be wasted work.
      zip.file(s.path, next, { compression: 'STORE' });
      changed = true;
    }
    out.set(s.name, merges);
  }
  return { merges: out, changed };
}

// ───────────────────────────── cell values ─────────────────────────────

const MS_PER_DAY = 86_400_000;
/** Excel's serial for 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;

/**
 * exceljs turns date-formatted numbers into Dates (shifting 1904 workbooks by 1,462 days); this
 * undoes exactly its conversion, so the serial is the stored one in the 1900 date system. Dates
 * before 1 March 1900 come back as stored too, since the same formula runs both ways.
 */
function dateToSerial(d: Date): number | null {
  const t = d.getTime();
  if (!Number.isFinite(t)) return null;
  const serial = UNIX_EPOCH_SERIAL + t / MS_PER_DAY;
  // exceljs rounded to the millisecond; round back so whole days stay whole.
  return Math.round(serial * MS_PER_DAY) / MS_PER_DAY;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !(v instanceof Date);
}

function richTextOf(v: Record<string, unknown>): string | null {
  if (!Array.isArray(v.richText)) return null;
  let s = '';
  for (const run of v.richText as unknown[]) if (isRecord(run) && typeof run.text === 'string') s += run.text;
  return s;
}

/** One exceljs value → a Grid value, the way Range.values would give it. */
export function toCellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v;
  if (v instanceof Date) return dateToSerial(v);
  if (!isRecord(v)) return null;
  const rich = richTextOf(v);
  if (rich !== null) return rich === '' ? null : rich;
  if (typeof v.error === 'string') return v.error;
  // A formula: its cached result (exceljs leaves it undefined when the file has none).
  if ('formula' in v || 'sharedFormula' in v) return toCellValue(v.result);
  // A hyperlink: its text, which may itself be rich text.
  if ('hyperlink' in v) return toCellValue(v.text);
  if ('text' in v) return toCellValue(v.text);
  return null;
}

// ───────────────────────────── grids ─────────────────────────────

interface RawCell { row: number; col: number; value: CellValue; numFmt: string | null }

function gridOf(ws: ExcelJS.Worksheet, name: string, merges: MergeArea[], maxCells: number): Grid {
  const cells: RawCell[] = [];
  let r1 = Infinity;
  let r2 = -Infinity;
  let c1 = Infinity;
  let c2 = -Infinity;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = toCellValue(cell.value);
      if (value === null) return;
      const fmt = cell.numFmt;
      cells.push({ row: rowNumber, col: colNumber, value, numFmt: fmt && fmt !== 'General' ? fmt : null });
      if (rowNumber < r1) r1 = rowNumber;
      if (rowNumber > r2) r2 = rowNumber;
      if (colNumber < c1) c1 = colNumber;
      if (colNumber > c2) c2 = colNumber;
    });
  });
  if (cells.length === 0) return { sheet: name, origin: { row: 1, col: 1 }, values: [], numberFormats: [], merges };

  const height = r2 - r1 + 1;
  const width = c2 - c1 + 1;
  if (height * width > maxCells) throw tooManyCells(name, height * width, 'spans', maxCells);

  const values: CellValue[][] = [];
  for (let r = 0; r < height; r++) values.push(new Array<CellValue>(width).fill(null));
  const formats: (string | null)[][] = new Array(height);
  for (const c of cells) {
    values[c.row - r1][c.col - c1] = c.value;
    if (c.numFmt !== null) {
      const fr = (formats[c.row - r1] ??= []);
      while (fr.length < c.col - c1) fr.push(null);
      fr[c.col - c1] = c.numFmt;
    }
  }

  // Excel keeps only the top-left value of a merged area; clipped to the box, so the work is
  // bounded by the grid whatever the merges claim to cover.
  for (const m of merges) {
    const top = Math.max(m.startRow, r1);
    const bottom = Math.min(m.endRow, r2);
    const left = Math.max(m.startCol, c1);
    const right = Math.min(m.endCol, c2);
    for (let r = top; r <= bottom; r++) {
      const vr = values[r - r1];
      const fr = formats[r - r1];
      for (let c = left; c <= right; c++) {
        if (r === m.startRow && c === m.startCol) continue;
        vr[c - c1] = null;
        if (fr && c - c1 < fr.length) fr[c - c1] = null;
      }
    }
  }

  return trim({ sheet: name, origin: { row: r1, col: c1 }, values, numberFormats: densify(formats, height), merges });
}

function densify(formats: (string | null)[][], height: number): (string | null)[][] {
  const out: (string | null)[][] = new Array(height);
  for (let r = 0; r < height; r++) out[r] = formats[r] ?? [];
  return out;
}

/** Blanking covered cells can empty the box's outer rows or columns; the used range shrinks with them. */
function trim(g: Grid): Grid {
  const vals = g.values;
  let top = 0;
  let bottom = vals.length - 1;
  const empty = (row: CellValue[]) => row.every((v) => v === null);
  while (top <= bottom && empty(vals[top])) top++;
  while (bottom >= top && empty(vals[bottom])) bottom--;
  if (top > bottom) return { ...g, origin: { row: 1, col: 1 }, values: [], numberFormats: [] };
  const width = vals[0].length;
  let left = 0;
  let right = width - 1;
  const colEmpty = (c: number) => {
    for (let r = top; r <= bottom; r++) if (vals[r][c] !== null) return false;
    return true;
  };
  while (left < right && colEmpty(left)) left++;
  while (right > left && colEmpty(right)) right--;
  if (top === 0 && bottom === vals.length - 1 && left === 0 && right === width - 1) return g;
  const fmts = g.numberFormats ?? [];
  return {
    ...g,
    origin: { row: g.origin.row + top, col: g.origin.col + left },
    values: vals.slice(top, bottom + 1).map((row) => row.slice(left, right + 1)),
    numberFormats: fmts.slice(top, bottom + 1).map((row) => row.slice(left, right + 1)),
  };
}

// ───────────────────────────── the front door ─────────────────────────────

/**
 * Reads an .xlsx workbook into Grids, one per worksheet in workbook order (hidden sheets included,
 * chartsheets left out). Throws WorkbookReadError when the data is no readable workbook.
 */
export async function readWorkbook(data: ArrayBuffer | Uint8Array, options: ReadOptions = {}): Promise<Grid[]> {
  const limits = limitsOf(options.limits);
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  sniff(bytes, limits);
  const zip = await openZip(bytes);
  const budget: Budget = { used: 0, measured: new Set(), limits, bombProof: bombProof(zip, limits) };
  const { sheets, moved } = await inspectPackage(zip, budget);
  let changed = moved;
  for (const part of ['xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml']) if (await unprefixPart(zip, part)) changed = true;
  const extracted = await extractMerges(zip, sheets, budget);
  await measureParts(zip, budget, false);
  const merges = extracted.merges;
  changed = changed || extracted.changed;
  // Untouched parts keep their deflated bytes (same method: JSZip copies them as they are).
  const repacked = changed ? await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) : bytes;

  const wb = new ExcelJS.Workbook();
  try {
    // exceljs types its input as Node's Buffer; JSZip inside it takes any Uint8Array.
    await wb.xlsx.load(repacked as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  } catch (err) {
    throw new WorkbookReadError('corrupt', `exceljs could not read the workbook: ${(err as Error).message}`, {}, { cause: err });
  }

  const grids: Grid[] = [];
  for (const s of sheets) {
    const ws = wb.getWorksheet(s.name);
    if (!ws) throw new WorkbookReadError('corrupt', `sheet "${s.name}" (${s.path}) could not be read`);
    grids.push(gridOf(ws, s.name, merges.get(s.name) ?? [], limits.maxCells));
  }
  return grids;
}
