/**
 * The examples each command's `--help` ends with: real command lines on the bundled sample, so a
 * user can copy one and see it work. Vietnamese comments first, as the rest of the help.
 */
const SAMPLE = 'assets/ke-hoach-cchc-2024.xlsx';

export const EXAMPLES = {
  check: `
Ví dụ / Examples:
  cchc check ${SAMPLE}
      kiểm tra kế hoạch mẫu, in các phát hiện / check the sample plan, print the findings
  cchc check ke-hoach.xlsx --report ket-qua-kiem-tra.xlsx
      ghi các phát hiện ra một tệp Excel mới / write the findings to a new workbook
  cchc check *.xlsx --json > ket-qua.json
      một đối tượng JSON cho mọi tệp / one JSON object for every file
`,
  template: `
Ví dụ / Examples:
  cchc template --plan ${SAMPLE} --unit "UBND Phường 1" --period "Quý I/2024" --out phuong-1.xlsx
      tạo mẫu báo cáo cho một đơn vị / write one unit's submission template
`,
  consolidate: `
Ví dụ / Examples:
  cchc consolidate --plan ${SAMPLE} --as-of 2024-09-30 phuong-1.xlsx phuong-2.xlsx
      tổng hợp báo cáo của hai đơn vị / consolidate two units' submissions
  cchc consolidate --plan ke-hoach.xlsx --units don-vi.txt --out tong-hop.xlsx bao-cao/*.xlsx
      ghi bảng tổng hợp, báo đơn vị chưa nộp / write the summary, name units that did not report
`,
} as const;
