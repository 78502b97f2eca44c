/**
 * One-line messages for a workbook that cannot be read at all, in each language (vi first, en
 * second). Each names the file and says what the user can do about it, because the user can rarely
 * fix what they cannot see: "open it in Excel and save as .xlsx", "remove the password first".
 *
 * The reasons live here, not in the xlsx host, so that every host (the command line, the pane
 * opening a file outside Excel) reports the same words for the same failure.
 */
import type { Lang } from './lang';

export const FILE_ERROR_REASONS = [
  'empty',
  'not-a-zip',
  'truncated',
  'not-ooxml',
  'no-workbook',
  'word-document',
  'powerpoint-document',
  'legacy-office',
  'encrypted',
  'legacy-xls',
  'too-large',
  'too-many-cells',
  'unpacked-too-large',
  'cell-out-of-range',
  'string-too-long',
  'too-many-sheets',
  'too-deep',
  'corrupt',
  'not-found',
  'is-directory',
  'unreadable',
  'legacy-doc',
  'encrypted-document',
  'not-a-document',
  'damaged-document',
  'document-too-large',
  'no-table',
  'no-appendix-table',
] as const;

export type FileErrorReason = (typeof FILE_ERROR_REASONS)[number];

/** Numbers a message may quote: the limit crossed and what the file had. */
export interface FileErrorDetail {
  limit?: number;
  actual?: number;
}

const MB = 1024 * 1024;

function mb(n: number, lang: Lang): string {
  const v = Math.round((n / MB) * 10) / 10;
  return lang === 'vi' ? `${String(v).replace('.', ',')} MB` : `${v} MB`;
}

function count(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(n);
}

type Catalogue = Record<FileErrorReason, (f: string, d: FileErrorDetail) => string>;

const vi: Catalogue = {
  empty: (f) => `Tệp ${f} rỗng (0 byte): hãy chọn lại đúng tệp Excel .xlsx.`,
  'not-a-zip': (f) =>
    `Tệp ${f} không phải tệp Excel .xlsx (có thể là tệp văn bản hoặc tệp khác bị đổi đuôi): hãy mở bằng Excel và lưu lại dạng .xlsx.`,
  truncated: (f) =>
    `Tệp ${f} bị hỏng hoặc chưa tải về hết: hãy tải hoặc sao chép lại tệp, hoặc mở bằng Excel và lưu lại dạng .xlsx.`,
  'not-ooxml': (f) =>
    `Tệp ${f} là tệp nén (zip) nhưng không phải sổ tính Excel (thiếu [Content_Types].xml): hãy mở bằng Excel và lưu lại dạng .xlsx.`,
  'no-workbook': (f) => `Tệp ${f} không chứa sổ tính Excel nào: hãy mở bằng Excel và lưu lại dạng .xlsx.`,
  'word-document': (f) =>
    `Tệp ${f} là văn bản Word bị đổi đuôi thành .xlsx: hãy chép các bảng phụ lục sang Excel và lưu dạng .xlsx.`,
  'powerpoint-document': (f) =>
    `Tệp ${f} là bản trình chiếu PowerPoint bị đổi đuôi thành .xlsx: hãy chép các bảng phụ lục sang Excel và lưu dạng .xlsx.`,
  'legacy-office': (f) =>
    `Tệp ${f} là tệp Office định dạng cũ (không phải sổ tính Excel): hãy mở bằng Excel và lưu lại dạng .xlsx.`,
  encrypted: (f) =>
    `Tệp ${f} được đặt mật khẩu: hãy gỡ mật khẩu trước (Excel: Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa mật khẩu) rồi lưu lại.`,
  'legacy-xls': (f) => `Tệp ${f} là sổ tính Excel định dạng cũ (.xls): hãy mở bằng Excel và lưu lại dạng .xlsx.`,
  'too-large': (f, d) =>
    `Tệp ${f} quá lớn${d.actual !== undefined && d.limit !== undefined ? ` (${mb(d.actual, 'vi')}, giới hạn ${mb(d.limit, 'vi')})` : ''}: hãy xóa các trang tính không cần thiết hoặc tách thành nhiều tệp.`,
  'too-many-cells': (f, d) =>
    `Tệp ${f} có trang tính quá nhiều ô${d.actual !== undefined && d.limit !== undefined ? ` (${count(d.actual, 'vi')} ô, giới hạn ${count(d.limit, 'vi')})` : ''}: hãy xóa các hàng, cột thừa ở cuối trang tính hoặc tách thành nhiều tệp, rồi lưu lại.`,
  'unpacked-too-large': (f, d) =>
    `Tệp ${f} khi giải nén quá lớn${d.limit !== undefined ? ` (giới hạn ${mb(d.limit, 'vi')})` : ''}, có thể là tệp nén độc hại: hãy mở bằng Excel, xóa dữ liệu, hình ảnh không cần thiết rồi lưu lại dạng .xlsx.`,
  'cell-out-of-range': (f) =>
    `Tệp ${f} có ô nằm ngoài giới hạn của Excel (quá 1.048.576 hàng hoặc 16.384 cột): hãy mở bằng Excel và lưu lại dạng .xlsx.`,
  'string-too-long': (f, d) =>
    `Tệp ${f} có ô chứa văn bản quá dài${d.actual !== undefined && d.limit !== undefined ? ` (${count(d.actual, 'vi')} ký tự, giới hạn ${count(d.limit, 'vi')})` : ''}: hãy rút gọn nội dung ô đó rồi lưu lại.`,
  'too-many-sheets': (f, d) =>
    `Tệp ${f} có quá nhiều trang tính${d.limit !== undefined ? ` (giới hạn ${count(d.limit, 'vi')})` : ''}: hãy tách thành nhiều tệp.`,
  'too-deep': (f) =>
    `Tệp ${f} có cấu trúc XML lồng nhau quá sâu, không phải do Excel tạo ra: hãy mở bằng Excel và lưu lại dạng .xlsx.`,
  corrupt: (f) => `Tệp ${f} bị lỗi, không đọc được nội dung: hãy mở bằng Excel và lưu lại dạng .xlsx.`,
  'not-found': (f) => `Không tìm thấy tệp ${f}: hãy kiểm tra lại đường dẫn và tên tệp.`,
  'is-directory': (f) => `${f} là một thư mục, không phải tệp: hãy chỉ ra các tệp .xlsx trong thư mục đó.`,
  unreadable: (f) =>
    `Không mở được tệp ${f} (không có quyền đọc hoặc tệp đang bị khóa): hãy đóng tệp ở chương trình khác hoặc kiểm tra quyền truy cập.`,
  'legacy-doc': (f) =>
    `Tệp ${f} là văn bản Word định dạng cũ (.doc): hãy mở bằng Word và lưu lại dạng .docx (Tệp › Lưu thành › Tài liệu Word).`,
  'encrypted-document': (f) =>
    `Tệp ${f} được đặt mật khẩu: hãy gỡ mật khẩu trước (Word: Tệp › Thông tin › Bảo vệ tài liệu › Mã hóa bằng mật khẩu, xóa mật khẩu) rồi lưu lại.`,
  'not-a-document': (f) => `Tệp ${f} không phải văn bản Word .docx: hãy mở bằng Word và lưu lại dạng .docx.`,
  'damaged-document': (f) =>
    `Tệp ${f} bị hỏng, không đọc được nội dung văn bản: hãy mở bằng Word và lưu lại dạng .docx.`,
  'document-too-large': (f, d) =>
    `Văn bản ${f} quá lớn${d.actual !== undefined && d.limit !== undefined ? ` (${count(d.actual, 'vi')}, giới hạn ${count(d.limit, 'vi')})` : ''}: hãy tách các phụ lục ra một văn bản riêng rồi kiểm tra văn bản đó.`,
  'no-appendix-table': (f) =>
    `Văn bản ${f} có bảng nhưng không bảng nào là phụ lục của kế hoạch (không thấy tiêu đề cột như STT, Nhiệm vụ, Cơ quan chủ trì, Thời gian thực hiện): hãy kiểm tra đúng văn bản kế hoạch.`,
  'no-table': (f) =>
    `Văn bản ${f} không có bảng nào, nên không tìm thấy bảng phụ lục: các phụ lục phải là bảng Word (Chèn › Bảng), không phải chữ căn bằng dấu cách hay tab.`,
};

const en: Catalogue = {
  empty: (f) => `${f} is empty (0 bytes): choose the right .xlsx workbook.`,
  'not-a-zip': (f) =>
    `${f} is not an .xlsx workbook (perhaps a text or other file renamed): open it in Excel and save it as .xlsx.`,
  truncated: (f) =>
    `${f} is damaged or was not fully downloaded: download or copy it again, or open it in Excel and save it as .xlsx.`,
  'not-ooxml': (f) =>
    `${f} is a zip archive but not an Excel workbook (no [Content_Types].xml): open it in Excel and save it as .xlsx.`,
  'no-workbook': (f) => `${f} holds no Excel workbook: open it in Excel and save it as .xlsx.`,
  'word-document': (f) =>
    `${f} is a Word document renamed to .xlsx: copy the appendix tables into Excel and save as .xlsx.`,
  'powerpoint-document': (f) =>
    `${f} is a PowerPoint presentation renamed to .xlsx: copy the appendix tables into Excel and save as .xlsx.`,
  'legacy-office': (f) =>
    `${f} is an old-format Office file, not an Excel workbook: open it in Excel and save it as .xlsx.`,
  encrypted: (f) =>
    `${f} is password-protected: remove the password first (Excel: File › Info › Protect Workbook › Encrypt with Password, clear it) and save again.`,
  'legacy-xls': (f) => `${f} is an old-format Excel workbook (.xls): open it in Excel and save it as .xlsx.`,
  'too-large': (f, d) =>
    `${f} is too large${d.actual !== undefined && d.limit !== undefined ? ` (${mb(d.actual, 'en')}, limit ${mb(d.limit, 'en')})` : ''}: delete the sheets you do not need or split it into several files.`,
  'too-many-cells': (f, d) =>
    `${f} has a sheet with too many cells${d.actual !== undefined && d.limit !== undefined ? ` (${count(d.actual, 'en')} cells, limit ${count(d.limit, 'en')})` : ''}: delete the unused rows and columns at the end of the sheet or split the file, then save again.`,
  'unpacked-too-large': (f, d) =>
    `${f} unpacks to too much data${d.limit !== undefined ? ` (limit ${mb(d.limit, 'en')})` : ''}, perhaps a zip bomb: open it in Excel, delete the data and images you do not need and save it as .xlsx.`,
  'cell-out-of-range': (f) =>
    `${f} has a cell beyond Excel's limits (over 1,048,576 rows or 16,384 columns): open it in Excel and save it as .xlsx.`,
  'string-too-long': (f, d) =>
    `${f} has a cell with too long a text${d.actual !== undefined && d.limit !== undefined ? ` (${count(d.actual, 'en')} characters, limit ${count(d.limit, 'en')})` : ''}: shorten that cell and save again.`,
  'too-many-sheets': (f, d) =>
    `${f} has too many sheets${d.limit !== undefined ? ` (limit ${count(d.limit, 'en')})` : ''}: split it into several files.`,
  'too-deep': (f) => `${f} has XML nested too deep, which Excel never writes: open it in Excel and save it as .xlsx.`,
  corrupt: (f) => `${f} is damaged and its contents cannot be read: open it in Excel and save it as .xlsx.`,
  'not-found': (f) => `${f} does not exist: check the path and the file name.`,
  'is-directory': (f) => `${f} is a folder, not a file: name the .xlsx files inside it.`,
  unreadable: (f) =>
    `${f} cannot be opened (no permission to read it, or another program holds it): close it elsewhere or check its permissions.`,
  'legacy-doc': (f) =>
    `${f} is an old-format Word document (.doc): open it in Word and save it as .docx (File › Save As › Word Document).`,
  'encrypted-document': (f) =>
    `${f} is password-protected: remove the password first (Word: File › Info › Protect Document › Encrypt with Password, clear it) and save again.`,
  'not-a-document': (f) => `${f} is not a Word .docx document: open it in Word and save it as .docx.`,
  'damaged-document': (f) => `${f} is damaged and its text cannot be read: open it in Word and save it as .docx.`,
  'document-too-large': (f, d) =>
    `${f} is too large${d.actual !== undefined && d.limit !== undefined ? ` (${count(d.actual, 'en')}, limit ${count(d.limit, 'en')})` : ''}: move the appendices into a document of their own and check that one.`,
  'no-appendix-table': (f) =>
    `${f} has tables, but none is an appendix of the plan (no column headers such as STT, Nhiệm vụ, Cơ quan chủ trì, Thời gian thực hiện): check that this is the plan document.`,
  'no-table': (f) =>
    `${f} holds no table, so no appendix table was found: the appendices must be Word tables (Insert › Table), not text lined up with spaces or tabs.`,
};

const catalogues: Record<Lang, Catalogue> = { vi, en };

export function isFileErrorReason(s: string): s is FileErrorReason {
  return (FILE_ERROR_REASONS as readonly string[]).includes(s);
}

/** The one line a user reads when `fileName` cannot be read for `reason`. */
export function fileErrorMessage(
  reason: FileErrorReason,
  lang: Lang,
  fileName: string,
  detail: FileErrorDetail = {},
): string {
  return catalogues[lang][reason](fileName, detail);
}
