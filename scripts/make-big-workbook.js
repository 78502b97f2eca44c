#!/usr/bin/env node
/**
 * Writes a large plan workbook (a task table of N rows) for measuring read speed.
 *
 *   node scripts/make-big-workbook.js OUT.xlsx [--rows 50000] [--merges many|few]
 *
 * `many` merges each area's number and title over its tasks (4 rows) and a budget note over
 * 3 tasks in 2 areas of every 15, giving ~26,670 merged areas at 50,000 rows — the shape that made
 * exceljs take ~95 s. `few` writes the same cells with only the title merges.
 *
 * The XML is written directly (not through exceljs) so that generating is linear and fast, and the
 * file does not depend on the library whose speed it measures.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const JSZip = require('jszip');

function parseArgs(argv) {
  const args = { out: null, rows: 50000, merges: 'many' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--rows') args.rows = Number(argv[++i]);
    else if (a === '--merges') args.merges = argv[++i];
    else if (!args.out) args.out = a;
    else throw new Error(`unexpected argument ${a}`);
  }
  if (!args.out || !Number.isInteger(args.rows) || args.rows < 1 || !['many', 'few'].includes(args.merges)) {
    throw new Error('usage: make-big-workbook.js OUT.xlsx [--rows N] [--merges many|few]');
  }
  return args;
}

function esc(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function col(n) {
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const AREA_ROWS = 4;
const LEADS = [
  'Phòng Nội vụ',
  'Phòng Tư pháp',
  'Phòng Tài chính - Kế hoạch',
  'Văn phòng HĐND và UBND thị xã',
  'Phòng VH&TT',
];
const TIMEFRAMES = [
  'Quý II, III/2024',
  'Quý I/2024',
  'Tháng 01/2024',
  'Trong năm (theo phân kỳ)',
  'Quý IV/2024',
  'Năm 2024 (khi có hướng dẫn của Tỉnh)',
];

function build({ rows, merges }) {
  const firstData = 5;
  const lastData = firstData + rows - 1;
  const parts = [];
  const mergeRefs = ['A1:H1', 'A2:H2', 'A3:H3'];
  const inline = (ref, text) => `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(text)}</t></is></c>`;
  const num = (ref, n) => `<c r="${ref}"><v>${n}</v></c>`;

  parts.push(`<row r="1">${inline('A1', 'Phụ lục 2')}</row>`);
  parts.push(`<row r="2">${inline('A2', 'PHÂN CÔNG THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024')}</row>`);
  parts.push(
    `<row r="3">${inline('A3', '(Ban hành kèm theo Kế hoạch số: 3838/KH-UBND ngày 28/12/2023 của UBND thị xã Kiến Tường)')}</row>`,
  );
  const headers = [
    'TT',
    'Nội dung CCHC',
    'Nhiệm vụ cụ thể',
    'Sản phẩm',
    'Cơ quan chủ trì',
    'Cơ quan phối hợp',
    'Thời gian thực hiện',
    'Dự trù kinh phí thực hiện (triệu đồng)',
  ];
  parts.push(`<row r="4">${headers.map((h, i) => inline(`${col(i + 1)}4`, h)).join('')}</row>`);

  for (let r = firstData; r <= lastData; r++) {
    const i = r - firstData;
    const area = Math.floor(i / AREA_ROWS) + 1;
    const inArea = (i % AREA_ROWS) + 1;
    const areaStart = inArea === 1;
    const cells = [];
    if (areaStart || merges === 'few') {
      cells.push(num(`A${r}`, area));
      cells.push(inline(`B${r}`, `Lĩnh vực ${area}`));
    }
    cells.push(inline(`C${r}`, `${area}.${inArea}. Nhiệm vụ số ${i + 1} của lĩnh vực ${area}`));
    cells.push(inline(`D${r}`, `Báo cáo kết quả ${i + 1}`));
    cells.push(inline(`E${r}`, LEADS[i % LEADS.length]));
    cells.push(inline(`F${r}`, 'Các cơ quan, đơn vị thuộc UBND thị xã'));
    cells.push(inline(`G${r}`, TIMEFRAMES[i % TIMEFRAMES.length]));
    // In 2 areas of every 15 the first three tasks share one budget note (merged in `many`).
    const noted = area % 15 < 2 && inArea <= 3;
    if (noted && merges === 'many') {
      if (inArea === 1) cells.push(inline(`H${r}`, 'Đơn vị dự trù kinh phí riêng.'));
    } else if (noted) {
      cells.push(inline(`H${r}`, 'Đơn vị dự trù kinh phí riêng.'));
    } else {
      cells.push(num(`H${r}`, (i % 40) + 1));
    }
    parts.push(`<row r="${r}">${cells.join('')}</row>`);

    if (merges === 'many' && areaStart) {
      const end = Math.min(r + AREA_ROWS - 1, lastData);
      if (end > r) mergeRefs.push(`A${r}:A${end}`, `B${r}:B${end}`);
      if (area % 15 < 2 && r + 2 <= lastData) mergeRefs.push(`H${r}:H${r + 2}`);
    }
  }
  const closing = lastData + 1;
  parts.push(
    `<row r="${closing}">${inline(`A${closing}`, `Tổng cộng: ${Math.ceil(rows / AREA_ROWS)} lĩnh vực, ${rows} nhiệm vụ./.`)}</row>`,
  );
  mergeRefs.push(`A${closing}:H${closing}`);

  const sheet =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<dimension ref="A1:H${closing}"/><sheetData>${parts.join('')}</sheetData>` +
    `<mergeCells count="${mergeRefs.length}">${mergeRefs.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` +
    '</worksheet>';
  return { sheet, merges: mergeRefs.length };
}

function zipOf(sheetXml) {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '</Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
      '</Relationships>',
  );
  zip.file(
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<sheets><sheet name="Phụ lục 2" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
      '</Relationships>',
  );
  zip.file('xl/worksheets/sheet1.xml', sheetXml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const { sheet, merges } = build(args);
  const buf = await zipOf(sheet);
  fs.mkdirSync(path.dirname(path.resolve(args.out)), { recursive: true });
  fs.writeFileSync(args.out, buf);
  process.stdout.write(`${args.out}: ${args.rows} task rows, ${merges} merged areas, ${buf.length} bytes\n`);
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`${err.stack || err}\n`);
    process.exit(1);
  });
}

module.exports = { build };
