#!/usr/bin/env node
/**
 * Writes a workbook whose one sheet holds ROWS × COLS cells (the reader's limit is 2,000,000 a
 * sheet): numbers, shared strings and inline Vietnamese text, for measuring the reader's memory.
 *
 *   node scripts/make-dense-sheet.js OUT.xlsx [--rows 100000] [--cols 20]
 */
'use strict';
const fs = require('fs');
const { strToU8, zipSync } = require('fflate');

const argv = process.argv.slice(2);
const out = argv[0];
const arg = (n, d) => (argv.includes(`--${n}`) ? Number(argv[argv.indexOf(`--${n}`) + 1]) : d);
const rows = arg('rows', 100000);
const cols = arg('cols', 20);
const col = (n) => {
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};
const letters = Array.from({ length: cols }, (_, i) => col(i + 1));
const parts = [];
for (let r = 1; r <= rows; r++) {
  let row = `<row r="${r}">`;
  for (let c = 0; c < cols; c++) {
    const ref = `${letters[c]}${r}`;
    if (c % 4 === 1) row += `<c r="${ref}" t="s"><v>${(r + c) % 50}</v></c>`;
    else if (c % 4 === 2) row += `<c r="${ref}" t="inlineStr"><is><t>Ô ${r}.${c}</t></is></c>`;
    else row += `<c r="${ref}"><v>${r * c + 0.5}</v></c>`;
  }
  parts.push(`${row}</row>`);
}
const M = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const P = 'http://schemas.openxmlformats.org/package/2006/relationships';
const files = {
  '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${P}"><Relationship Id="r1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${M}" xmlns:r="${R}"><sheets><sheet name="Dữ liệu" sheetId="1" r:id="r1"/></sheets></workbook>`,
  'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${P}"><Relationship Id="r1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="r2" Type="${R}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${M}">${Array.from({ length: 50 }, (_, i) => `<si><t>Chuỗi dùng chung ${i}</t></si>`).join('')}</sst>`,
  'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${M}"><dimension ref="A1:${letters[cols - 1]}${rows}"/><sheetData>${parts.join('')}</sheetData></worksheet>`,
};
const zipped = zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])), { level: 6 });
fs.writeFileSync(out, zipped);
console.log(`${out}: ${rows} × ${cols} = ${rows * cols} cells, ${zipped.length} bytes`);
