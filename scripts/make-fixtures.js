#!/usr/bin/env node
/**
 * Writes layout variants of the seed plan into test/fixtures/variants/, for the test that reads
 * each one and expects the seed's reading (test/variants.test.ts).
 *
 *   node scripts/make-fixtures.js            # all variants, plus the LibreOffice copy if soffice exists
 *   node scripts/make-fixtures.js --no-soffice
 *
 * Each variant changes one kind of layout that real plans commonly show, and nothing else, so a
 * failure points at one thing. Output is byte-stable (fixed dates, fixed zip timestamps): re-running
 * the script leaves git clean unless a variant really changed.
 *
 * LibreOffice copy: `soffice --headless --convert-to ods` then `--convert-to xlsx` of the seed. The
 * round trip through .ods is there because the seed itself was written by LibreOffice, so a direct
 * xlsx→xlsx conversion would give back nearly the same file and test nothing new.
 */
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const ExcelJS = require('exceljs');
const JSZip = require('jszip');

const ROOT = path.resolve(__dirname, '..');
const SEED = path.join(ROOT, 'assets/ke-hoach-cchc-2024.xlsx');
const EXPECTED = path.join(ROOT, 'test/fixtures/kien-tuong-2024.expected.json');
const OUT = path.join(ROOT, 'test/fixtures/variants');
const FIXED_DATE = new Date(Date.UTC(2024, 0, 2, 8, 0, 0));

// ───────────────────────────── reading the seed into plain arrays ─────────────────────────────

function plain(v) {
  if (v === null || v === undefined) return null;
  if (typeof v === 'object' && !(v instanceof Date)) {
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return plain(v.result);
    if ('text' in v) return plain(v.text);
    return null;
  }
  return v;
}

function decodeRange(ref) {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
  const col = (s) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { r1: Number(m[2]), c1: col(m[1]), r2: Number(m[4]), c2: col(m[3]) };
}

/** A sheet as { name, rows (0-based, values as Excel holds them), merges (1-based), widths }. */
function sheetOf(ws) {
  const merges = (ws.model.merges || []).map(decodeRange);
  const rows = [];
  const width = ws.columnCount;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = [];
    for (let c = 1; c <= width; c++) row.push(plain(ws.getCell(r, c).value));
    rows.push(row);
  }
  // exceljs copies a merge's value into every covered cell; Excel keeps it only top-left.
  for (const m of merges) {
    for (let r = m.r1; r <= m.r2; r++)
      for (let c = m.c1; c <= m.c2; c++) if (r !== m.r1 || c !== m.c1) rows[r - 1][c - 1] = null;
  }
  const widths = [];
  for (let c = 1; c <= width; c++) widths.push(ws.getColumn(c).width || 12);
  return { name: ws.name, rows, merges, widths };
}

async function readSeed() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SEED);
  const [p1, p2] = wb.worksheets.map(sheetOf);
  return { p1, p2 };
}

// ───────────────────────────── writing ─────────────────────────────

/** Re-zips with fixed timestamps so that the bytes depend only on the content. */
async function stable(buffer) {
  const src = await JSZip.loadAsync(buffer);
  const out = new JSZip();
  const names = Object.keys(src.files)
    .filter((n) => !src.files[n].dir)
    .sort();
  for (const n of names) out.file(n, await src.file(n).async('uint8array'), { date: FIXED_DATE, createFolders: false });
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

async function write(file, sheets, { dateFormat = 'dd/mm/yyyy' } = {}) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'scripts/make-fixtures.js';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    s.rows.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = v;
        if (v instanceof Date) cell.numFmt = dateFormat;
        cell.alignment = { wrapText: true, vertical: 'top' };
      });
    });
    for (const m of s.merges) ws.mergeCells(m.r1, m.c1, m.r2, m.c2);
  }
  const buf = await stable(await wb.xlsx.writeBuffer());
  fs.writeFileSync(path.join(OUT, file), buf);
  return file;
}

// ───────────────────────────── transformations ─────────────────────────────

const clone = (s) => ({
  ...s,
  rows: s.rows.map((r) => r.slice()),
  merges: s.merges.map((m) => ({ ...m })),
  widths: s.widths.slice(),
});

function mapStrings(s, f) {
  const out = clone(s);
  out.rows = out.rows.map((row) => row.map((v) => (typeof v === 'string' ? f(v) : v)));
  return out;
}

/** Removes rows [from, from+count) (0-based) and moves merges below them up. */
function dropRows(s, from, count) {
  const out = clone(s);
  out.rows.splice(from, count);
  out.merges = out.merges
    .filter((m) => m.r2 <= from || m.r1 > from + count)
    .map((m) => (m.r1 > from + count ? { ...m, r1: m.r1 - count, r2: m.r2 - count } : m));
  return out;
}

/** Puts the header on two rows: a group header `Cơ quan thực hiện` over `Chủ trì | Phối hợp`. */
function twoRowHeader(s, headerIndex, leadCol, coordCol) {
  const out = clone(s);
  const width = out.rows[headerIndex].length;
  const top = out.rows[headerIndex].slice();
  const bottom = new Array(width).fill(null);
  top[leadCol] = 'Cơ quan thực hiện';
  top[coordCol] = null;
  bottom[leadCol] = 'Chủ trì';
  bottom[coordCol] = 'Phối hợp';
  out.rows.splice(headerIndex, 1, top, bottom);
  const hr = headerIndex + 1; // 1-based header row
  out.merges = out.merges.map((m) => (m.r1 > hr ? { ...m, r1: m.r1 + 1, r2: m.r2 + 1 } : m));
  for (let c = 0; c < width; c++) {
    if (c === leadCol || c === coordCol) continue;
    out.merges.push({ r1: hr, c1: c + 1, r2: hr + 1, c2: c + 1 });
  }
  out.merges.push({ r1: hr, c1: leadCol + 1, r2: hr, c2: coordCol + 1 });
  return out;
}

/** Reorders columns (order[i] = old index of new column i); merges across the full width stay so. */
function reorderColumns(s, order) {
  const out = clone(s);
  const width = order.length;
  const newIndexOf = new Map(order.map((old, i) => [old, i]));
  out.rows = out.rows.map((row) => order.map((old) => (old < row.length ? row[old] : null)));
  out.widths = order.map((old) => s.widths[old]);
  out.merges = out.merges.map((m) => {
    if (m.c1 === 1 && m.c2 === width) return m;
    if (m.c1 !== m.c2) throw new Error('only single-column or full-width merges can be reordered');
    const c = newIndexOf.get(m.c1 - 1) + 1;
    return { ...m, c1: c, c2: c };
  });
  return out;
}

function messyHeader(s, headerIndex, texts) {
  const out = clone(s);
  out.rows[headerIndex] = out.rows[headerIndex].map((v, i) => (texts[i] !== undefined ? texts[i] : v));
  return out;
}

/** Tone on the second vowel of `oa`, `oe`, `uy` at the end of a syllable (`hoá`, `khoẻ`, `thuỷ`). */
function otherTonePlacement(s) {
  const tones = { o: 'óòỏõọ', u: 'úùủũụ' };
  const marked = { a: 'áàảãạ', e: 'éèẻẽẹ', y: 'ýỳỷỹỵ' };
  return s.normalize('NFC').replace(/([óòỏõọúùủũụ])([aey])(?![\p{L}])/gu, (m, v, w) => {
    const base = tones.o.includes(v) ? 'o' : 'u';
    if ((base === 'o' && w === 'y') || (base === 'u' && w !== 'y')) return m;
    const t = (base === 'o' ? tones.o : tones.u).indexOf(v);
    return base + marked[w][t];
  });
}

/** Non-breaking spaces where copy-paste from Word and the web leaves them. */
function nbsp(s) {
  return s.replace(/(Phòng|UBND|HĐND|Quý|Tháng|Cơ quan) /g, '$1\u00a0').replace(/ $/, '\u00a0');
}

function oneSheet(p1, p2, gap) {
  const width = Math.max(p1.rows[0].length, p2.rows[0].length);
  const pad = (row) => row.concat(new Array(width - row.length).fill(null));
  const offset = p1.rows.length + gap;
  return {
    name: 'Kế hoạch CCHC 2024',
    rows: [...p1.rows.map(pad), ...Array.from({ length: gap }, () => new Array(width).fill(null)), ...p2.rows.map(pad)],
    merges: [...p1.merges, ...p2.merges.map((m) => ({ ...m, r1: m.r1 + offset, r2: m.r2 + offset }))],
    widths: p2.widths.map((w, i) => Math.max(w, p1.widths[i] || 0)),
  };
}

function vnNumber(n) {
  const [int, frac] = String(n).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac ? `${grouped},${frac}` : grouped;
}

/** Budgets that variant (f) changes, so that thousands and decimal separators both occur. */
const TEXT_BUDGET_OVERRIDES = { 1.2: 15.5, 1.9: 1200 };

function datesAndTextBudgets(p2, expected) {
  const out = clone(p2);
  const byCode = new Map(expected.appendix2.tasks.map((t) => [t.code, t]));
  const TASK = 2;
  const TIME = 6;
  const BUDGET = 7;
  for (const row of out.rows) {
    const m = typeof row[TASK] === 'string' ? /^(\d+\.\d+)\./.exec(row[TASK]) : null;
    if (!m) continue;
    const t = byCode.get(m[1]);
    if (!t) continue;
    // A single quarter or month becomes the date cell a user would type for it.
    if (t.due && typeof row[TIME] === 'string' && /^(Quý|Tháng) [IVX\d]+\/\d{4}$/.test(row[TIME].trim())) {
      const [y, mo, d] = t.due.split('-').map(Number);
      row[TIME] = new Date(Date.UTC(y, mo - 1, d));
    }
    if (typeof row[BUDGET] === 'number') {
      const amount = TEXT_BUDGET_OVERRIDES[t.code] !== undefined ? TEXT_BUDGET_OVERRIDES[t.code] : row[BUDGET];
      row[BUDGET] = vnNumber(amount);
    }
  }
  return out;
}

// ───────────────────────────── LibreOffice ─────────────────────────────

function soffice() {
  try {
    return execFileSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

function libreOfficeRoundTrip(bin) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-lo-'));
  // A private profile: a user's running LibreOffice (or a stale lock) would otherwise block us.
  const profile = `-env:UserInstallation=file://${path.join(work, 'profile')}`;
  const seedCopy = path.join(work, 'libreoffice-roundtrip.xlsx');
  fs.copyFileSync(SEED, seedCopy);
  const run = (args) => execFileSync(bin, [profile, '--headless', ...args], { stdio: 'pipe', timeout: 180000 });
  run(['--convert-to', 'ods', '--outdir', path.join(work, 'ods'), seedCopy]);
  run([
    '--convert-to',
    'xlsx:Calc MS Excel 2007 XML',
    '--outdir',
    path.join(work, 'xlsx'),
    path.join(work, 'ods', 'libreoffice-roundtrip.ods'),
  ]);
  const produced = path.join(work, 'xlsx', 'libreoffice-roundtrip.xlsx');
  if (!fs.existsSync(produced)) throw new Error('soffice produced no xlsx');
  fs.copyFileSync(produced, path.join(OUT, 'libreoffice-roundtrip.xlsx'));
  fs.rmSync(work, { recursive: true, force: true });
  return 'libreoffice-roundtrip.xlsx';
}

// ───────────────────────────── main ─────────────────────────────

async function main() {
  const args = process.argv.slice(2);
  fs.mkdirSync(OUT, { recursive: true });
  const expected = JSON.parse(fs.readFileSync(EXPECTED, 'utf8'));
  const { p1, p2 } = await readSeed();
  const HEADER = 3; // 0-based index of the seed's header row (row 4)
  const written = [];

  // (a) no title rows
  written.push(await write('no-title-rows.xlsx', [dropRows(p1, 0, 3), dropRows(p2, 0, 3)]));

  // (b) two-row header with the group header over Chủ trì | Phối hợp
  written.push(await write('two-row-header.xlsx', [twoRowHeader(p1, HEADER, 2, 3), twoRowHeader(p2, HEADER, 4, 5)]));

  // (c) headers without diacritics, with extra spaces, columns in another order
  const p1c = reorderColumns(
    messyHeader(p1, HEADER, ['  STT ', 'Nhiem  vu', 'Co quan chu  tri', 'Co quan   phoi hop ', ' Ghi chu']),
    [0, 2, 1, 4, 3],
  );
  const p2c = reorderColumns(
    messyHeader(p2, HEADER, [
      'TT ',
      ' Noi dung  CCHC',
      'Nhiem vu  cu the',
      'San pham ',
      'Co  quan chu tri',
      'Co quan phoi  hop',
      ' Thoi gian  thuc hien',
      'Du tru kinh phi thuc hien  (trieu dong)',
    ]),
    [0, 1, 2, 4, 6, 3, 7, 5],
  );
  written.push(await write('plain-headers-reordered.xlsx', [p1c, p2c]));

  // (d) both tables on one sheet, appendix 1 then two empty rows then appendix 2, each with its titles
  written.push(await write('one-sheet.xlsx', [oneSheet(p1, p2, 2)]));

  // (e) NFD text, non-breaking spaces, the other tone placement
  const messy = (s) => mapStrings(s, (v) => nbsp(otherTonePlacement(v)).normalize('NFD'));
  written.push(await write('nfd-nbsp-tones.xlsx', [messy(p1), messy(p2)]));

  // (f) timeframes as date cells, budgets as text with Vietnamese separators
  written.push(await write('dates-and-text-budgets.xlsx', [p1, datesAndTextBudgets(p2, expected)]));

  if (!args.includes('--no-soffice')) {
    const bin = soffice();
    if (bin) written.push(libreOfficeRoundTrip(bin));
    else
      process.stderr.write(
        'soffice not found: libreoffice-roundtrip.xlsx left as it is (apt-get install libreoffice-calc-nogui)\n',
      );
  }
  for (const f of written) process.stdout.write(`test/fixtures/variants/${f}\n`);
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`${err.stack || err}\n`);
    process.exit(1);
  });
}

module.exports = { TEXT_BUDGET_OVERRIDES, otherTonePlacement };
