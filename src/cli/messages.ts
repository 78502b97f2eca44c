/** Every word the command line prints, Vietnamese first then English. */
import type { Lang } from '../core/i18n/lang';
import { formatDate } from '../core/i18n/format';
import { SEVERITY_GROUP_LABELS } from '../core/i18n/severity';

export const CLI_WORDS = {
  vi: {
    file: 'Tệp',
    planYear: 'Năm kế hoạch',
    plan: (number: string | null, issued: string | null) =>
      number
        ? `Kế hoạch ${number}${issued ? ` ngày ${formatDate(issued)}` : ''}`
        : 'Không thấy số kế hoạch trong tiêu đề',
    found: (targets: number, indicators: number, tasks: number) =>
      `Đã đọc: ${targets} mục tiêu (${indicators} chỉ tiêu tỷ lệ %), ${tasks} nhiệm vụ`,
    table: (kind: string, sheet: string, row: number, rows = 1) =>
      `  - ${kind === 'tasks' ? 'Bảng nhiệm vụ (Phụ lục 2)' : 'Bảng mục tiêu (Phụ lục 1)'}: trang "${sheet}", dòng tiêu đề ${rows > 1 ? `${row}–${row + rows - 1}` : row}`,
    column: (role: string, letter: string, header: string, overridden: boolean) =>
      `      ${role}: cột ${letter}${header ? ` ("${header}")` : ''}${overridden ? ' — do người dùng chỉ định' : ''}`,
    badColumns: (v: string) =>
      `--columns không đọc được "${v}". Viết dạng 'Phụ lục 2!deadline=H,lead=E' (vai trò: stt, text, area, products, lead, coordinators, start, deadline, budget, note, header=SỐ DÒNG) hoặc chỉ tới một tệp .json.`,
    severity: SEVERITY_GROUP_LABELS.vi,
    none: 'Không có phát hiện nào.',
    verdict: (valid: boolean) => (valid ? 'Kết quả: không có lỗi.' : 'Kết quả: có lỗi cần sửa.'),
    reportWritten: (path: string) => `Đã ghi báo cáo: ${path}`,
    writeFailed: (path: string, why: string) =>
      `Không ghi được ${path}: ${why}. Hãy kiểm tra thư mục và quyền ghi, hoặc đóng tệp nếu đang mở trong Excel.`,
    outputIsInput: (option: string, path: string, input: string) =>
      `Không ghi ${option} ${path}: đó chính là tệp đầu vào ${input} và sẽ bị mất nếu ghi đè. Hãy chọn một tên tệp khác.`,
    outputExists: (option: string, path: string) =>
      `Không ghi ${option} ${path}: tệp này đã có. Hãy chọn tên khác, hoặc thêm --force để thay tệp cũ.`,
    outputIsFolder: (option: string, path: string) =>
      `Không ghi ${option} ${path}: đó là một thư mục. Hãy ghi cả tên tệp, ví dụ ${path}/bao-cao.xlsx.`,
    outputTwice: (first: string, second: string, path: string) =>
      `${first} và ${second} cùng chỉ tới ${path}: hãy cho mỗi tệp ghi ra một tên riêng.`,
    progress: (done: number, total: number) => `Đang xử lý ${done}/${total} tệp`,
    noFiles: 'Hãy chỉ ra ít nhất một tệp .xlsx, ví dụ: cchc check ke-hoach.xlsx',
    badYear: (v: string) => `--plan-year phải là một năm (ví dụ 2024), không phải "${v}".`,
    emptyPlan: (plan: string) =>
      `${plan}: không tìm thấy chỉ tiêu tỷ lệ % hay nhiệm vụ nào; chạy "cchc check ${plan}" để xem vì sao.`,
    submissionAsPlan: (plan: string) =>
      `${plan} là báo cáo của đơn vị (có dòng "Đơn vị:"), không phải kế hoạch; --plan cần tệp kế hoạch có các phụ lục.`,
    timings: (read: number, check: number, total: number) =>
      `Thời gian: đọc tệp ${read} ms · kiểm tra ${check} ms · tổng ${total} ms`,
  },
  en: {
    file: 'File',
    planYear: 'Plan year',
    plan: (number: string | null, issued: string | null) =>
      number ? `Plan ${number}${issued ? ` of ${formatDate(issued)}` : ''}` : 'No plan number found in the titles',
    found: (targets: number, indicators: number, tasks: number) =>
      `Read: ${targets} targets (${indicators} percentage indicators), ${tasks} tasks`,
    table: (kind: string, sheet: string, row: number, rows = 1) =>
      `  - ${kind === 'tasks' ? 'Tasks table (Appendix 2)' : 'Targets table (Appendix 1)'}: sheet "${sheet}", header ${rows > 1 ? `rows ${row}–${row + rows - 1}` : `row ${row}`}`,
    column: (role: string, letter: string, header: string, overridden: boolean) =>
      `      ${role}: column ${letter}${header ? ` ("${header}")` : ''}${overridden ? ' — set by the user' : ''}`,
    badColumns: (v: string) =>
      `--columns cannot read "${v}". Write it as 'Phụ lục 2!deadline=H,lead=E' (roles: stt, text, area, products, lead, coordinators, start, deadline, budget, note, header=ROW) or name a .json file.`,
    severity: SEVERITY_GROUP_LABELS.en,
    none: 'No findings.',
    verdict: (valid: boolean) => (valid ? 'Result: no errors.' : 'Result: there are errors to fix.'),
    reportWritten: (path: string) => `Report written: ${path}`,
    writeFailed: (path: string, why: string) =>
      `Could not write ${path}: ${why}. Check the folder and permissions, or close the file if Excel has it open.`,
    outputIsInput: (option: string, path: string, input: string) =>
      `Will not write ${option} ${path}: it is the input file ${input}, which would be lost. Choose another file name.`,
    outputExists: (option: string, path: string) =>
      `Will not write ${option} ${path}: the file exists. Choose another name, or add --force to replace it.`,
    outputIsFolder: (option: string, path: string) =>
      `Will not write ${option} ${path}: it is a folder. Give a file name, e.g. ${path}/report.xlsx.`,
    outputTwice: (first: string, second: string, path: string) =>
      `${first} and ${second} both name ${path}: give each output its own file name.`,
    progress: (done: number, total: number) => `Processing ${done}/${total} files`,
    noFiles: 'Give at least one .xlsx file, e.g.: cchc check plan.xlsx',
    badYear: (v: string) => `--plan-year must be a year (e.g. 2024), not "${v}".`,
    emptyPlan: (plan: string) =>
      `${plan}: no percentage target and no task found; run "cchc check ${plan}" to see why.`,
    submissionAsPlan: (plan: string) =>
      `${plan} is a unit submission (it has a "Đơn vị:" row), not the plan; --plan needs the plan workbook with its appendices.`,
    timings: (read: number, check: number, total: number) =>
      `Timings: read ${read} ms · check ${check} ms · total ${total} ms`,
  },
} as const satisfies Record<Lang, unknown>;
