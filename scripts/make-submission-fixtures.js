#!/usr/bin/env node
/**
 * Writes test/fixtures/submissions/: unit submissions edited the way units really edit them, for
 * the consolidation tests. Written with exceljs directly (not through the tool's own template
 * writer) so the fixtures do not depend on the code they test.
 *
 *   node scripts/make-submission-fixtures.js
 *
 * messy-two-units.xlsx
 *   "Hướng dẫn"  instructions only (no `Đơn vị:` row): not a submission
 *   "Phường 1"   unit and period after the colon in one cell; headers without diacritics, columns
 *                reordered, `Chỉ tiêu` dropped, an extra column; counts typed as text (`1.200`),
 *                rates as `85,5%`, as a percent-formatted fraction and as a plain number; a blank
 *                row; a rate-only row; a task table with the status typed without diacritics
 *   "Bình Hiệp"  a two-row header (`Kết quả thực hiện` over `Số đạt | Tổng số`), NFD text,
 *                a 0/0 row (không phát sinh), a changed target, an unknown indicator id
 * units.txt      the expected units (one missing from the workbook)
 */
'use strict';
const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');

const OUT = path.join(__dirname, '..', 'test', 'fixtures', 'submissions');

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const wb = new ExcelJS.Workbook();
  wb.creator = 'make-submission-fixtures';
  wb.created = new Date(Date.UTC(2024, 9, 1));
  wb.modified = wb.created;

  const help = wb.addWorksheet('Hướng dẫn');
  help.addRow(['Hướng dẫn điền báo cáo']);
  help.addRow(['Đơn vị tính: hồ sơ, thủ tục']);

  const p1 = wb.addWorksheet('Phường 1');
  p1.addRow(['UBND THỊ XÃ KIẾN TƯỜNG']);
  p1.addRow(['Đơn vị: UBND Phường 1']);
  p1.addRow(['Kỳ báo cáo: Quý III/2024']);
  p1.addRow([]);
  p1.addRow(['Ma chi tieu', 'So dat', 'Tong so', 'Ty le dat (%)', 'Cot rieng cua don vi', 'Muc tieu (%)', 'Ghi chu']); // row 5
  p1.addRow(['3', '1.200', '1.200', '100%', 'x', 100, null]); // row 6
  p1.addRow(['4a', 7, 8, 0.875, null, 85, null]); // row 7: rate as a percent-formatted fraction
  p1.getCell('D7').numFmt = '0.0%';
  p1.addRow([]); // row 8: blank
  p1.addRow(['4b', '15', '40', '37,5', null, 35, null]); // row 9: rate on the 0–100 scale as text
  p1.addRow(['6a', null, null, '96,5%', null, 95, 'Chỉ có tỷ lệ từ khảo sát']); // row 10: rate only
  p1.addRow([]);
  p1.addRow(['Ma nhiem vu', 'Tinh trang', 'Nhiem vu', 'Ngay hoan thanh']); // row 12
  p1.addRow(['1.1', 'hoan thanh', 'Kế hoạch kiểm tra', '30/09/2024']);
  p1.addRow(['1.2', 'Dang thuc hien', null, null]);

  const bh = wb.addWorksheet('Bình Hiệp');
  bh.addRow(['Đơn vị:', 'UBND xã Bình Hiệp'.normalize('NFD')]);
  bh.addRow(['Kỳ báo cáo:', 'Quý III/2024']);
  bh.addRow(['Mã chỉ tiêu', 'Chỉ tiêu', 'Mục tiêu (%)', 'Kết quả thực hiện', null, 'Tỷ lệ đạt (%)']); // row 3
  bh.addRow([null, null, null, 'Số đạt', 'Tổng số', null]); // row 4
  bh.mergeCells('A3:A4');
  bh.mergeCells('B3:B4');
  bh.mergeCells('C3:C4');
  bh.mergeCells('D3:E3');
  bh.mergeCells('F3:F4');
  bh.addRow(['3', 'Hồ sơ điện tử', 100, 50, 60, null]); // row 5
  bh.addRow(['4a', 'Thanh toán trực tuyến', 80, 9, 10, null]); // row 6: target changed (plan: 85)
  bh.addRow(['4b', 'Giao dịch trực tuyến', 35, 0, 0, null]); // row 7: không phát sinh
  bh.addRow(['99', 'Chỉ tiêu riêng của xã', 50, 1, 2, null]); // row 8: not in the plan

  await wb.xlsx.writeFile(path.join(OUT, 'messy-two-units.xlsx'));
  fs.writeFileSync(
    path.join(OUT, 'units.txt'),
    ['UBND Phường 1', 'Ủy ban nhân dân xã Bình Hiệp', 'UBND Phường 2', ''].join('\n'),
    'utf8',
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
