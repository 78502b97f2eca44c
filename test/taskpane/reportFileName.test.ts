import { reportFileName } from '../../src/taskpane/format/reportFileName';

it('report file names are ASCII slugs of the source and the content', () => {
  expect(reportFileName('ke-hoach-cchc-2024.xlsx', 'Kiểm tra')).toBe('ke-hoach-cchc-2024-kiem-tra.xlsx');
  expect(reportFileName('UBND Phường 1', 'Mẫu')).toBe('ubnd-phuong-1-mau.xlsx');
  expect(reportFileName(null, 'Tổng hợp')).toBe('workbook-tong-hop.xlsx');
  expect(reportFileName('../../etc/passwd', 'x')).toBe('etc-passwd-x.xlsx');
});
