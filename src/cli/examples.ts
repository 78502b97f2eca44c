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
  cchc check KE-HOACH.docx
      đọc các bảng phụ lục ngay trong văn bản Word; vị trí ghi "Bảng 2, dòng 5, cột 7"
      / read the appendix tables straight from the Word document; places read "Table 2, row 5, column 7"
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
  cchc consolidate --plan KE-HOACH.docx --units don-vi.txt --as-of 2024-12-14 --docx BAO-CAO.docx bao-cao/*.xlsx
      soạn dự thảo báo cáo kỳ (Word, thể thức Nghị định 30/2020) / draft the period report (Word, Decree 30/2020 format)
`,
  convert: `
Ví dụ / Examples:
  cchc convert bao-cao-cu.xlsx --out bao-cao-unicode.xlsx
      chép ra bản Unicode của tệp gõ bằng TCVN3/VNI / write a Unicode copy of a TCVN3/VNI workbook
`,
} as const;
