/**
 * Every word the pane shows, Vietnamese first and English second. Components never hold text of
 * their own: they take it from here, so a missing translation is a type error, not a blank.
 */
// Types only: the DatePicker itself is a chunk loaded when a date field first shows.
import type { CalendarStrings, DatePickerProps } from '@fluentui/react-datepicker-compat';
import type { Lang } from '../../core/i18n/lang';
import { SEVERITY_LABELS } from '../../core/i18n/severity';
import { ROLE_LABELS } from '../../core/i18n/roles';
import type { Feature } from '../../host/capabilities';

type DateFormatter = NonNullable<DatePickerProps['dateTimeFormatter']>;

export interface Strings {
  appTitle: string;
  languageLabel: string;
  languageNames: Record<Lang, string>;
  tabs: { check: string; progress: string; consolidate: string; template: string };
  host: {
    outsideExcel: string;
    outsideExcelHint: string;
    officeNotLoaded: string;
    oldExcel: (missing: string) => string;
    missing: Record<Feature, string>;
    oldExcelTitle: string;
    tooOld: string;
    /** Office opened the pane but has not said it is ready after a few seconds. */
    notReady: string;
    notReadyRetry: string;
  };
  notices: { success: string; info: string; warning: string };
  date: {
    label: string;
    hint: string;
    placeholder: string;
    invalid: string;
    required: string;
    asOfLine: (date: string) => string;
    calendar: CalendarStrings;
    /** How the calendar writes a month and a day (undefined: Fluent's English default). */
    formatter: DateFormatter | undefined;
  };
  files: { chooseOne: string; chooseMany: string; none: string };
  workbook: {
    label: string;
    hint: string;
    current: (name: string) => string;
    sample: string;
    loadingSample: string;
    sampleFailed: string;
  };
  busy: {
    reading: string;
    checking: string;
    writing: string;
    importing: string;
    consolidating: string;
    cancel: string;
    cancelled: string;
    progress: (pct: number) => string;
  };
  errors: {
    title: string;
    unexpected: (msg: string) => string;
    whatNext: string;
    dismiss: string;
    retry: string;
    noPlan: string;
    /** The workbook holds units' report sheets but no plan table (a unit's file opened as the plan). */
    noPlanUnitReports: string;
    excelBusy: string;
    protectedWorkbook: string;
    tooLarge: string;
    /** What Excel itself refused (src/excel/errors.ts), each with what to do. */
    excel: {
      invalidOperation: string;
      inactiveWorkbook: string;
      unsupportedFeature: string;
      accessDenied: string;
      importTooLarge: (file: string, maxMb: string) => string;
      importUnsupportedContent: (file: string) => string;
      importUnavailable: string;
      importFailed: (file: string, msg: string) => string;
      mergesUnread: (sheet: string) => string;
    };
    thisFile: string;
    noSubmissions: string;
    unreadableUnits: (files: string) => string;
    badDate: string;
    importFailed: (file: string, why: string) => string;
    importNothingAdded: string;
  };
  /** The reading shown and corrected (TableMapping). */
  mapping: {
    title: string;
    intro: string;
    table: (kind: 'targets' | 'tasks', sheet: string, firstRow: number, rows: number) => string;
    roles: Record<string, string>;
    none: string;
    option: (column: string, header: string) => string;
    changed: string;
    reset: string;
    keptInWorkbook: string;
    keptForSession: string;
  };
  check: {
    run: string;
    intro: string;
    found: string;
    planYear: string;
    planNumber: string;
    targets: string;
    indicators: string;
    tasks: string;
    none: string;
    valid: string;
    invalid: string;
    severity: { error: string; warning: string; info: string };
    filterLabel: string;
    searchLabel: string;
    searchPlaceholder: string;
    noFindings: string;
    noMatch: string;
    goTo: (place: string) => string;
    goToHint: string;
    showRows: (place: string) => string;
    resultsHeading: string;
    findingsLabel: string;
    previewNone: string;
    previewLabel: (file: string | null, sheet: string) => string;
    previewRow: string;
    writeReport: string;
    downloadReport: string;
    reportWritten: (sheet: string) => string;
    reportDownloaded: (file: string) => string;
    shown: (n: number, total: number) => string;
    showMore: (n: number) => string;
  };
  progress: {
    intro: string;
    run: string;
    resultsHeading: string;
    noSubmissions: string;
    indicator: string;
    indicatorId: (id: string) => string;
    noRate: string;
    rateIs: (rate: string) => string;
    target: (t: string) => string;
    rate: string;
    met: string;
    notMet: string;
    noData: string;
    unitsMet: (met: number, reporting: number) => string;
    matrix: string;
    unit: string;
    notApplicable: string;
    notApplicableShort: string;
    invalid: string;
    invalidShort: string;
    duplicate: string;
    duplicateShort: string;
    metMark: string;
    notMetMark: string;
    matrixView: string;
    byUnit: string;
    byIndicator: string;
    asTable: string;
    scrollHint: string;
    tasks: string;
    done: string;
    inProgress: string;
    notStarted: string;
    unreported: string;
    overdue: string;
    submissions: (n: number) => string;
    barLabel: (id: string, rate: string, target: string) => string;
    period: string;
    periodHint: string;
    periodUnread: string;
    preferLatest: string;
    headline: string;
    ranking: string;
    timing: string;
    series: string;
    resubmissions: (n: number) => string;
    copyUsed: (where: string) => string;
    copyNone: string;
    changes: (n: number) => string;
  };
  consolidate: {
    intro: string;
    pick: string;
    pickHint: string;
    picked: (n: number) => string;
    addWorkbook: string;
    workbookAdded: (added: number, skipped: number) => string;
    listHeading: (n: number) => string;
    listLabel: string;
    thisWorkbook: (name: string | null) => string;
    remove: string;
    removeLabel: (what: string) => string;
    noUnitSheet: (sheets: number) => string;
    noWorkbookSheets: string;
    noUnitName: string;
    period: (p: string | null) => string;
    rows: (n: number) => string;
    findingsCount: (n: number) => string;
    listedTwice: string;
    sheetsOfFile: (file: string, n: number) => string;
    importToo: string;
    cannotImportTitle: string;
    cannotImport: string;
    run: (units: number) => string;
    consolidated: (units: number) => string;
    withErrors: (n: number) => string;
    summaryWritten: (sheets: string) => string;
    summaryDownloaded: (file: string) => string;
    summaryHeading: (units: number) => string;
    unitsCount: string;
    indicatorsMet: string;
    indicatorsNotMet: string;
    indicatorsNoData: string;
    tasksOverdue: string;
    findings: (n: number) => string;
  };
  word: {
    importLabel: string;
    importHint: string;
    importButton: string;
    imported: (sheets: string) => string;
    importedDownload: (file: string) => string;
    reportButton: string;
    reportDownloaded: (file: string) => string;
    reportFile: string;
  };
  template: {
    intro: string;
    unit: string;
    unitHint: string;
    unitRequired: string;
    period: string;
    periodDefault: (year: number | null) => string;
    create: string;
    download: string;
    created: (sheet: string) => string;
    downloaded: (file: string) => string;
  };
}

const vi: Strings = {
  appTitle: 'Kiểm tra kế hoạch CCHC',
  languageLabel: 'Ngôn ngữ',
  languageNames: { vi: 'Tiếng Việt', en: 'English' },
  tabs: { check: 'Kiểm tra', progress: 'Tiến độ', consolidate: 'Tổng hợp', template: 'Mẫu' },
  host: {
    outsideExcel: 'Đang mở ngoài Excel',
    outsideExcelHint:
      'Chọn một tệp .xlsx trên máy để kiểm tra; báo cáo được tải về dạng .xlsx. Trong Excel, công cụ làm việc trực tiếp trên sổ tính đang mở.',
    officeNotLoaded: 'Không tải được Office.js (không có mạng hoặc không chạy trong Office).',
    oldExcel: (missing) =>
      `Phiên bản Excel này chưa hỗ trợ: ${missing}. Vẫn kiểm tra và ghi báo cáo được; hãy cập nhật Excel hoặc dùng Excel trên web để có đủ tính năng.`,
    missing: {
      mergedAreas: 'đọc ô gộp (ô bị gộp có thể bị báo là trống)',
      importSheets:
        'nhập sổ tính của đơn vị (hãy mở tệp của đơn vị, chuột phải vào trang tính › Di chuyển hoặc Sao chép, chép sang sổ này)',
      validation: 'danh sách chọn trong ô của biểu mẫu',
      printLayout: 'thiết lập trang in (A4, lặp dòng tiêu đề) cho trang tính báo cáo',
      chartAxisFormat: 'ghi trục biểu đồ theo phần trăm (trục hiện số thập phân, như 0,8)',
    },
    oldExcelTitle: 'Phiên bản Excel',
    tooOld: 'Phiên bản Excel này quá cũ (cần ExcelApi 1.7): hãy cập nhật Excel hoặc dùng Excel trên web.',
    notReady:
      'Excel chưa sẵn sàng cho bảng công cụ (đã chờ vài giây). Bảng công cụ sẽ tự mở khi Excel sẵn sàng; nếu không, hãy bấm Thử lại hoặc đóng rồi mở lại bảng công cụ.',
    notReadyRetry: 'Thử lại',
  },
  notices: { success: 'Xong', info: 'Thông báo', warning: 'Lưu ý' },
  date: {
    label: 'Tính đến ngày',
    hint: 'ngày/tháng/năm, ví dụ 30/09/2024',
    placeholder: 'dd/mm/yyyy',
    invalid: 'Ngày không hợp lệ: hãy nhập dạng ngày/tháng/năm, ví dụ 30/09/2024. Vẫn giữ ngày trước đó.',
    required: 'Hãy nhập ngày tính đến (ngày/tháng/năm, ví dụ 30/09/2024).',
    asOfLine: (date) => `Tính đến ${date}`,
    calendar: {
      months: Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`),
      shortMonths: Array.from({ length: 12 }, (_, i) => `Thg ${i + 1}`),
      days: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'],
      shortDays: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
      goToToday: 'Hôm nay',
      prevMonthAriaLabel: 'Tháng trước',
      nextMonthAriaLabel: 'Tháng sau',
      prevYearAriaLabel: 'Năm trước',
      nextYearAriaLabel: 'Năm sau',
      prevYearRangeAriaLabel: 'Các năm trước',
      nextYearRangeAriaLabel: 'Các năm sau',
      monthPickerHeaderAriaLabel: '{0}, chọn để đổi năm',
      yearPickerHeaderAriaLabel: '{0}, chọn để đổi tháng',
      closeButtonAriaLabel: 'Đóng lịch',
      weekNumberFormatString: 'Tuần {0}',
      selectedDateFormatString: 'Ngày đã chọn {0}',
      todayDateFormatString: 'Hôm nay, {0}',
      dayMarkedAriaLabel: 'có đánh dấu',
    },
    formatter: {
      formatDay: (d) => String(d.getDate()),
      formatMonth: (d, st) => st.months[d.getMonth()],
      formatYear: (d) => String(d.getFullYear()),
      formatMonthDayYear: (d, st) => `${d.getDate()} ${st.months[d.getMonth()].toLowerCase()} năm ${d.getFullYear()}`,
      formatMonthYear: (d, st) => `${st.months[d.getMonth()]} năm ${d.getFullYear()}`,
    },
  },
  files: { chooseOne: 'Chọn tệp…', chooseMany: 'Chọn các tệp…', none: 'Chưa chọn tệp nào' },
  workbook: {
    label: 'Sổ tính cần kiểm tra (.xlsx)',
    hint: 'Tệp được đọc ngay trên máy này, không gửi đi đâu.',
    current: (name) => `Đang dùng: ${name}`,
    sample: 'tệp mẫu kèm theo',
    loadingSample: 'Đang tải tệp mẫu…',
    sampleFailed: 'Không tải được tệp mẫu: hãy chọn một tệp .xlsx trên máy.',
  },
  busy: {
    reading: 'Đang đọc sổ tính…',
    checking: 'Đang kiểm tra…',
    writing: 'Đang ghi trang tính…',
    importing: 'Đang nhập sổ tính của đơn vị…',
    consolidating: 'Đang tổng hợp…',
    cancel: 'Hủy',
    cancelled: 'Đã hủy. Sổ tính không bị thay đổi gì thêm.',
    progress: (pct) => `${pct}%`,
  },
  errors: {
    title: 'Có lỗi',
    unexpected: (msg) => `Lỗi không lường trước: ${msg}`,
    whatNext: 'Hãy thử lại; nếu vẫn lỗi, lưu sổ tính, đóng và mở lại bảng công cụ.',
    dismiss: 'Đóng',
    retry: 'Thử lại',
    noPlan: 'Chưa đọc được kế hoạch: hãy chạy Kiểm tra trước (cần bảng mục tiêu có chỉ tiêu phần trăm).',
    noPlanUnitReports:
      'Sổ tính này chỉ có báo cáo của đơn vị (có dòng “Đơn vị:”), không có kế hoạch: hãy mở sổ tính kế hoạch có các phụ lục, rồi nhập báo cáo của đơn vị vào đó.',
    excelBusy: 'Excel đang bận (đang sửa một ô?): hãy nhấn Enter hoặc Esc trong ô rồi thử lại.',
    protectedWorkbook:
      'Sổ tính đang được bảo vệ nên không thêm được trang tính: hãy bỏ bảo vệ (Xem lại › Bảo vệ sổ làm việc) rồi thử lại.',
    tooLarge: 'Một ô hoặc một dòng quá lớn để Excel gửi trong một lần: hãy rút bớt nội dung ô rất dài rồi thử lại.',
    excel: {
      invalidOperation:
        'Excel không làm được việc này lúc này (có thể một trang tính vừa bị xóa hoặc đổi tên): hãy bấm lại nút vừa dùng.',
      inactiveWorkbook:
        'Đang mở nhiều sổ tính và sổ này không còn được chọn: hãy bấm vào cửa sổ sổ tính này rồi thử lại.',
      unsupportedFeature:
        'Phiên bản Excel này không làm được thao tác này: hãy dùng Excel trên web hoặc Microsoft 365 bản mới.',
      accessDenied:
        'Excel không cho phép thao tác này (tệp chỉ đọc hoặc trang tính bị bảo vệ?): hãy lưu một bản có quyền sửa rồi thử lại.',
      importTooLarge: (file, maxMb) =>
        `Tệp ${file} quá lớn để Excel trên web nhận trong một lần (tối đa khoảng ${maxMb} MB): hãy mở tệp bằng Excel trên máy tính, hoặc dùng Tổng hợp mà không nhập trang tính. Chưa nhập tệp nào.`,
      importUnsupportedContent: (file) =>
        `Excel trên web không nhập được tệp ${file} vì có biểu đồ, chú thích, PivotTable hoặc slicer: hãy xóa chúng trong một bản sao của tệp, hoặc dùng Excel trên máy tính. Chưa nhập tệp nào.`,
      importUnavailable:
        'Excel này không nhập được sổ tính của đơn vị (cần Excel trên web, Microsoft 365 hoặc Office 2021 trở lên; không có trên iPad): hãy tổng hợp mà không nhập trang tính.',
      importFailed: (file, msg) =>
        `Không nhập được tệp ${file} (${msg}): hãy mở tệp bằng Excel, lưu lại dạng .xlsx rồi thử lại. Chưa nhập tệp nào.`,
      mergesUnread: (sheet) =>
        `Không đọc được ô gộp của trang tính ${sheet} (quá nhiều ô gộp): ô bị gộp có thể bị báo là trống.`,
    },
    thisFile: 'đã chọn',
    noSubmissions:
      'Chưa có báo cáo nào của đơn vị để tổng hợp: hãy bấm “Chọn các tệp…” và chọn tệp .xlsx của các đơn vị (hoặc “Thêm các báo cáo có trong sổ tính này”), rồi bấm Tổng hợp.',
    unreadableUnits: (files) =>
      `Không đọc được tệp: ${files}. Hãy bỏ tệp đó khỏi danh sách hoặc chọn lại bản đúng; chưa có gì được tổng hợp.`,
    badDate: 'Ngày tính đến chưa hợp lệ: hãy nhập dạng ngày/tháng/năm, ví dụ 30/09/2024.',
    importFailed: (file, why) => `Không nhập được tệp ${file}${why ? ` (${why})` : ''}.`,
    importNothingAdded:
      'Không trang tính nào được thêm vào sổ; hãy bỏ tệp đó hoặc bỏ chọn “Nhập cả các trang”, rồi thử lại.',
  },
  mapping: {
    title: 'Đã hiểu bảng như sau',
    intro: 'Nếu một cột bị hiểu sai, chọn cột đúng: bảng được kiểm tra lại ngay.',
    table: (kind, sheet, firstRow, rows) =>
      `${kind === 'tasks' ? 'Bảng nhiệm vụ (Phụ lục 2)' : 'Bảng mục tiêu (Phụ lục 1)'} — trang “${sheet}”, dòng tiêu đề ${rows > 1 ? `${firstRow}–${firstRow + rows - 1}` : firstRow}`,
    roles: ROLE_LABELS.vi,
    none: '(không có)',
    option: (column, header) => (header ? `Cột ${column} — ${header}` : `Cột ${column}`),
    changed: 'do bạn chọn',
    reset: 'Đọc lại như ban đầu',
    keptInWorkbook: 'Lựa chọn được lưu trong sổ tính này (không ghi vào ô nào).',
    keptForSession: 'Lựa chọn được giữ đến khi đóng ngăn này.',
  },
  check: {
    run: 'Kiểm tra',
    intro: 'Đọc mọi trang tính, tìm bảng mục tiêu (Phụ lục 1) và bảng nhiệm vụ (Phụ lục 2), rồi báo những chỗ cần sửa.',
    found: 'Đã đọc được',
    planYear: 'Năm kế hoạch',
    planNumber: 'Kế hoạch số',
    targets: 'Mục tiêu',
    indicators: 'Chỉ tiêu %',
    tasks: 'Nhiệm vụ',
    none: '—',
    valid: 'Không có lỗi',
    invalid: 'Có lỗi cần sửa',
    severity: SEVERITY_LABELS.vi,
    filterLabel: 'Lọc theo mức độ',
    searchLabel: 'Tìm trong kết quả',
    searchPlaceholder: 'mã, ô hoặc nội dung',
    noFindings: 'Không phát hiện vấn đề nào.',
    noMatch: 'Không có kết quả khớp bộ lọc.',
    goTo: (place) => `Đến ô ${place}`,
    goToHint: 'Nhấn để chọn ô này trong sổ tính',
    showRows: (place) => `Xem các dòng quanh ô ${place}`,
    resultsHeading: 'Kết quả kiểm tra',
    findingsLabel: 'Các vấn đề tìm thấy',
    previewNone: 'Không còn xem được ô này (trang tính đã đổi hoặc tệp không còn trong danh sách).',
    previewLabel: (file, sheet) => `Các dòng quanh ô, ${file ? `${file} › ` : ''}${sheet}`,
    previewRow: 'Dòng',
    writeReport: 'Ghi kết quả ra trang tính',
    downloadReport: 'Tải báo cáo (.xlsx)',
    reportWritten: (sheet) => `Đã ghi kết quả vào trang tính “${sheet}”.`,
    reportDownloaded: (file) => `Đã tải về ${file}.`,
    shown: (n, total) => `Hiển thị ${n}/${total}`,
    showMore: (n) => `Hiện thêm (còn ${n})`,
  },
  progress: {
    intro:
      'Tỷ lệ đạt của từng chỉ tiêu, tổng hợp từ các trang báo cáo của đơn vị (trang có dòng “Đơn vị:”) trong sổ tính này.',
    run: 'Tính tiến độ',
    resultsHeading: 'Tiến độ thực hiện',
    noSubmissions: 'Sổ tính chưa có trang báo cáo của đơn vị nào. Hãy tạo ở thẻ Mẫu hoặc nhập ở thẻ Tổng hợp.',
    indicator: 'Chỉ tiêu',
    indicatorId: (id) => `Chỉ tiêu ${id}`,
    noRate: 'Chưa có số liệu',
    rateIs: (rate) => `Đạt ${rate}`,
    target: (t) => `Mục tiêu ${t}`,
    rate: 'Tỷ lệ đạt',
    met: 'Đạt',
    notMet: 'Chưa đạt',
    noData: 'Chưa có số liệu',
    unitsMet: (met, reporting) => `${met}/${reporting} đơn vị đạt`,
    matrix: 'Đơn vị × chỉ tiêu',
    unit: 'Đơn vị',
    notApplicable: 'Không phát sinh',
    notApplicableShort: 'KPS',
    invalid: 'Số liệu lỗi (không được tính)',
    invalidShort: 'Lỗi',
    duplicate: 'Đơn vị nộp nhiều bản (không được tính)',
    duplicateShort: 'Trùng',
    metMark: '✓',
    notMetMark: '✗',
    matrixView: 'Xem',
    byUnit: 'Theo đơn vị',
    byIndicator: 'Theo chỉ tiêu',
    asTable: 'Cả bảng',
    scrollHint: 'Bảng rộng: cuộn ngang để xem hết các chỉ tiêu.',
    tasks: 'Nhiệm vụ',
    done: 'Hoàn thành',
    inProgress: 'Đang thực hiện',
    notStarted: 'Chưa thực hiện',
    unreported: 'Chưa báo cáo',
    overdue: 'Quá hạn',
    submissions: (n) => `${n} báo cáo của đơn vị`,
    barLabel: (id, rate, target) => `Chỉ tiêu ${id}: đạt ${rate}, mục tiêu ${target}`,
    period: 'Kỳ báo cáo (không bắt buộc)',
    periodHint:
      'Ví dụ: Quý I/2025, 6 tháng đầu năm 2025, 9 tháng năm 2025, Năm 2025. Ngày tính quá hạn lấy theo ngày cuối kỳ lấy số liệu.',
    periodUnread: 'Không đọc được kỳ báo cáo này; chỉ tính theo ngày đã chọn.',
    preferLatest: 'Đơn vị nộp nhiều bản cho một kỳ: dùng bản mới nhất (theo ngày báo cáo, rồi thời điểm sửa tệp)',
    headline: 'Kết quả chung',
    ranking: 'Xếp hạng đơn vị',
    timing: 'Tiến độ nhiệm vụ',
    series: 'Theo kỳ báo cáo',
    resubmissions: (n) => `${n} đơn vị nộp nhiều bản`,
    copyUsed: (where) => `dùng ${where}`,
    copyNone: 'chưa dùng bản nào',
    changes: (n) => `${n} ô khác nhau`,
  },
  consolidate: {
    intro: 'Chọn tệp báo cáo của các đơn vị, xem danh sách đọc được, rồi tổng hợp theo kế hoạch trong sổ tính này.',
    pick: 'Tệp của các đơn vị (.xlsx, chọn được nhiều tệp)',
    pickHint: 'Tệp được đọc ngay trên máy này; chỉ các trang tổng hợp được ghi.',
    picked: (n) => (n ? `Đã chọn ${n} tệp` : 'Chưa chọn tệp nào'),
    addWorkbook: 'Thêm các báo cáo có trong sổ tính này',
    workbookAdded: (added, skipped) =>
      `${added ? `Đã thêm ${added} báo cáo có trong sổ tính.` : 'Sổ tính không có trang báo cáo mới nào của đơn vị.'}${skipped ? ` Bỏ qua ${skipped} báo cáo đã có trong danh sách (không tính hai lần).` : ''}`,
    listHeading: (n) => `Báo cáo sẽ tổng hợp (${n})`,
    listLabel: 'Các báo cáo của đơn vị',
    thisWorkbook: (name) => (name ? `Sổ tính này (${name})` : 'Sổ tính này'),
    remove: 'Bỏ',
    removeLabel: (what) => `Bỏ ${what} khỏi danh sách`,
    noUnitSheet: (sheets) =>
      `Không có trang báo cáo của đơn vị (dòng “Đơn vị:”) trong ${sheets} trang tính: có thể chọn nhầm tệp.`,
    noWorkbookSheets: 'Sổ tính này không có trang báo cáo của đơn vị.',
    noUnitName: '(chưa ghi tên đơn vị)',
    period: (p) => (p ? `Kỳ: ${p}` : 'Chưa ghi kỳ báo cáo'),
    rows: (n) => `${n} dòng đọc được`,
    findingsCount: (n) => (n ? `${n} vấn đề` : 'Không có vấn đề'),
    listedTwice: 'Đơn vị có hai bản: cả hai sẽ không được tính',
    sheetsOfFile: (file, n) => `${file}: ${n} trang báo cáo`,
    importToo: 'Nhập cả các trang của đơn vị vào sổ tính này (tất cả hoặc không tệp nào)',
    cannotImportTitle: 'Không nhập được trang tính',
    cannotImport:
      'Excel này chưa nhập được trang tính của đơn vị (cần ExcelApi 1.13). Tổng hợp vẫn làm được từ các tệp đã chọn; muốn chép trang, hãy mở tệp của đơn vị, chuột phải vào tên trang tính › Di chuyển hoặc Sao chép.',
    run: (units) => (units ? `Tổng hợp ${units} đơn vị` : 'Tổng hợp'),
    consolidated: (units) => `Đã tổng hợp ${units} đơn vị.`,
    withErrors: (n) => `Có ${n} lỗi trong báo cáo của đơn vị: số liệu lỗi không được cộng (xem danh sách bên dưới).`,
    summaryWritten: (sheets) => `Đã ghi: ${sheets}.`,
    summaryDownloaded: (file) => `Đã tải về ${file}.`,
    summaryHeading: (units) => `Tổng hợp ${units} đơn vị`,
    unitsCount: 'Đơn vị',
    indicatorsMet: 'Chỉ tiêu đạt',
    indicatorsNotMet: 'Chỉ tiêu chưa đạt',
    indicatorsNoData: 'Chỉ tiêu chưa có số liệu',
    tasksOverdue: 'Nhiệm vụ quá hạn',
    findings: (n) => (n ? `${n} vấn đề trong các báo cáo` : 'Không có vấn đề trong các báo cáo'),
  },
  word: {
    importLabel: 'Phụ lục trong văn bản Word (.docx)',
    importHint: 'Hai bảng phụ lục của kế hoạch được chép vào các trang tính mới (giữ ô gộp), rồi được kiểm tra.',
    importButton: 'Nhập vào sổ tính',
    imported: (sheets) => `Đã nhập các phụ lục vào ${sheets} và kiểm tra lại.`,
    importedDownload: (file) => `Đã tải về ${file} (các phụ lục dạng .xlsx) và kiểm tra các phụ lục.`,
    reportButton: 'Tải dự thảo báo cáo (Word)',
    reportDownloaded: (file) =>
      `Đã tải về ${file}: dự thảo báo cáo theo thể thức Nghị định 30/2020, hoàn thiện và trình ký.`,
    reportFile: 'bao-cao-cchc',
  },
  template: {
    intro:
      'Tạo trang báo cáo cho một đơn vị: các chỉ tiêu và nhiệm vụ của kế hoạch, để đơn vị điền Số đạt, Tổng số và tình trạng.',
    unit: 'Tên đơn vị',
    unitHint: 'Ví dụ: UBND Phường 1',
    unitRequired: 'Hãy nhập tên đơn vị.',
    period: 'Kỳ báo cáo',
    periodDefault: (year) => (year ? `Năm ${year}` : 'Năm'),
    create: 'Tạo trang báo cáo',
    download: 'Tải mẫu (.xlsx)',
    created: (sheet) => `Đã tạo trang tính “${sheet}”.`,
    downloaded: (file) => `Đã tải về ${file}.`,
  },
};

const en: Strings = {
  appTitle: 'CCHC plan checker',
  languageLabel: 'Language',
  languageNames: { vi: 'Tiếng Việt', en: 'English' },
  tabs: { check: 'Check', progress: 'Progress', consolidate: 'Summary', template: 'Template' },
  host: {
    outsideExcel: 'Running outside Excel',
    outsideExcelHint:
      'Pick an .xlsx file on this computer to check it; reports download as .xlsx. Inside Excel the tool works on the open workbook.',
    officeNotLoaded: 'Office.js could not be loaded (no network, or not running in Office).',
    oldExcel: (missing) =>
      `This Excel cannot yet: ${missing}. Checking and reports still work; update Excel or use Excel on the web for every feature.`,
    missing: {
      mergedAreas: 'read merged cells (covered cells may be reported as empty)',
      importSheets:
        "import units' workbooks (open the unit's file, right-click the sheet tab › Move or Copy, copy it into this workbook)",
      validation: 'add the in-cell status list to templates',
      printLayout: 'set up report sheets for printing (A4, repeated header rows)',
      chartAxisFormat: 'show chart axes as percentages (the axis shows fractions, such as 0.8)',
    },
    oldExcelTitle: 'Excel version',
    tooOld: 'This Excel is too old (ExcelApi 1.7 needed): update Excel or use Excel on the web.',
    notReady:
      'Excel has not got the pane ready (waited a few seconds). The pane opens by itself once Excel is ready; if it does not, press Try again, or close and reopen the pane.',
    notReadyRetry: 'Try again',
  },
  notices: { success: 'Done', info: 'Note', warning: 'Attention' },
  date: {
    label: 'As of',
    hint: 'day/month/year, e.g. 30/09/2024',
    placeholder: 'dd/mm/yyyy',
    invalid: 'Not a valid date: type it as day/month/year, e.g. 30/09/2024. The previous date is kept.',
    required: 'Enter the as-of date (day/month/year, e.g. 30/09/2024).',
    asOfLine: (date) => `As of ${date}`,
    calendar: {
      months: [
        'January',
        'February',
        'March',
        'April',
        'May',
        'June',
        'July',
        'August',
        'September',
        'October',
        'November',
        'December',
      ],
      shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
      days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
      shortDays: ['S', 'M', 'T', 'W', 'T', 'F', 'S'],
      goToToday: 'Go to today',
      prevMonthAriaLabel: 'Go to previous month',
      nextMonthAriaLabel: 'Go to next month',
      prevYearAriaLabel: 'Go to previous year',
      nextYearAriaLabel: 'Go to next year',
      prevYearRangeAriaLabel: 'Previous year range',
      nextYearRangeAriaLabel: 'Next year range',
      closeButtonAriaLabel: 'Close date picker',
      weekNumberFormatString: 'Week number {0}',
      selectedDateFormatString: 'Selected date {0}',
      todayDateFormatString: "Today's date {0}",
    },
    formatter: undefined,
  },
  files: { chooseOne: 'Choose a file…', chooseMany: 'Choose files…', none: 'No file chosen' },
  workbook: {
    label: 'Workbook to check (.xlsx)',
    hint: 'The file is read on this computer and sent nowhere.',
    current: (name) => `In use: ${name}`,
    sample: 'the bundled sample',
    loadingSample: 'Loading the sample…',
    sampleFailed: 'The sample could not be loaded: pick an .xlsx file on this computer.',
  },
  busy: {
    reading: 'Reading the workbook…',
    checking: 'Checking…',
    writing: 'Writing the sheet…',
    importing: "Importing units' workbooks…",
    consolidating: 'Consolidating…',
    cancel: 'Cancel',
    cancelled: 'Cancelled. Nothing more was changed in the workbook.',
    progress: (pct) => `${pct}%`,
  },
  errors: {
    title: 'Something went wrong',
    unexpected: (msg) => `Unexpected error: ${msg}`,
    whatNext: 'Try again; if it keeps failing, save the workbook, then close and reopen the pane.',
    dismiss: 'Dismiss',
    retry: 'Try again',
    noPlan: 'No plan read yet: run Check first (a target table with percentage targets is needed).',
    noPlanUnitReports:
      'This workbook holds only unit reports (with a “Đơn vị:” row), not the plan: open the plan workbook with its appendices, then import the units’ reports into it.',
    excelBusy: 'Excel is busy (editing a cell?): press Enter or Esc in the cell and try again.',
    protectedWorkbook:
      'The workbook is protected, so no sheet can be added: unprotect it (Review › Protect Workbook) and try again.',
    tooLarge: 'A cell or row is too large for Excel to send at once: shorten very long cells and try again.',
    excel: {
      invalidOperation:
        'Excel cannot do this right now (a sheet may have just been deleted or renamed): press the button again.',
      inactiveWorkbook:
        "Several workbooks are open and this one is no longer selected: click into this workbook's window and try again.",
      unsupportedFeature: 'This version of Excel cannot do this: use Excel on the web or a current Microsoft 365.',
      accessDenied:
        'Excel does not allow this (a read-only file or a protected sheet?): save a copy you can edit and try again.',
      importTooLarge: (file, maxMb) =>
        `${file} is too large for Excel on the web to take at once (about ${maxMb} MB at most): open the file in desktop Excel, or consolidate without importing sheets. No file was imported.`,
      importUnsupportedContent: (file) =>
        `Excel on the web cannot import ${file}: it holds charts, comments, PivotTables or slicers. Remove them in a copy of the file, or use desktop Excel. No file was imported.`,
      importUnavailable:
        "This Excel cannot import units' workbooks (Excel on the web, Microsoft 365 or Office 2021 and later can; iPad cannot): consolidate without importing sheets.",
      importFailed: (file, msg) =>
        `${file} could not be imported (${msg}): open it in Excel, save it as .xlsx and try again. No file was imported.`,
      mergesUnread: (sheet) =>
        `The merged cells of sheet ${sheet} could not be read (too many merged areas): merged cells may be reported as empty.`,
    },
    thisFile: 'picked',
    noSubmissions:
      "No unit report to consolidate yet: press “Choose files…” and pick the units' .xlsx files (or “Add the reports in this workbook”), then press Consolidate.",
    unreadableUnits: (files) =>
      `Could not read: ${files}. Remove it from the list or pick the right copy; nothing was consolidated.`,
    badDate: 'The as-of date is not valid: type it as day/month/year, e.g. 30/09/2024.',
    importFailed: (file, why) => `Could not import ${file}${why ? ` (${why})` : ''}.`,
    importNothingAdded: 'No sheet was added to the workbook; remove that file or untick “Also import”, then try again.',
  },
  mapping: {
    title: 'How the tables were read',
    intro: 'If a column was read wrongly, choose the right one: the tables are checked again at once.',
    table: (kind, sheet, firstRow, rows) =>
      `${kind === 'tasks' ? 'Tasks table (Appendix 2)' : 'Targets table (Appendix 1)'} — sheet “${sheet}”, header ${rows > 1 ? `rows ${firstRow}–${firstRow + rows - 1}` : `row ${firstRow}`}`,
    roles: ROLE_LABELS.en,
    none: '(none)',
    option: (column, header) => (header ? `Column ${column} — ${header}` : `Column ${column}`),
    changed: 'your choice',
    reset: 'Read as found',
    keptInWorkbook: 'Your choices are kept in this workbook (in no cell).',
    keptForSession: 'Your choices are kept until this pane is closed.',
  },
  check: {
    run: 'Check',
    intro:
      'Reads every sheet, finds the target table (Appendix 1) and the task table (Appendix 2), and reports what needs fixing.',
    found: 'Found',
    planYear: 'Plan year',
    planNumber: 'Plan number',
    targets: 'Targets',
    indicators: '% indicators',
    tasks: 'Tasks',
    none: '—',
    valid: 'No errors',
    invalid: 'Errors to fix',
    severity: SEVERITY_LABELS.en,
    filterLabel: 'Filter by severity',
    searchLabel: 'Search the results',
    searchPlaceholder: 'code, cell or text',
    noFindings: 'No problems found.',
    noMatch: 'Nothing matches the filter.',
    goTo: (place) => `Go to ${place}`,
    goToHint: 'Select this cell in the workbook',
    showRows: (place) => `Show the rows around ${place}`,
    resultsHeading: 'Check results',
    findingsLabel: 'Problems found',
    previewNone: 'This cell can no longer be shown (the sheet changed, or the file is no longer listed).',
    previewLabel: (file, sheet) => `Rows around the cell, ${file ? `${file} › ` : ''}${sheet}`,
    previewRow: 'Row',
    writeReport: 'Write results to a sheet',
    downloadReport: 'Download report (.xlsx)',
    reportWritten: (sheet) => `Results written to the sheet “${sheet}”.`,
    reportDownloaded: (file) => `Downloaded ${file}.`,
    shown: (n, total) => `Showing ${n} of ${total}`,
    showMore: (n) => `Show more (${n} left)`,
  },
  progress: {
    intro:
      "Each indicator's rate, consolidated from the units' report sheets (sheets with a “Đơn vị:” row) in this workbook.",
    run: 'Compute progress',
    resultsHeading: 'Progress',
    noSubmissions: 'This workbook holds no unit report sheet yet. Create one in Template or import some in Summary.',
    indicator: 'Indicator',
    indicatorId: (id) => `Indicator ${id}`,
    noRate: 'No data',
    rateIs: (rate) => `Rate ${rate}`,
    target: (t) => `Target ${t}`,
    rate: 'Rate',
    met: 'Met',
    notMet: 'Not met',
    noData: 'No data',
    unitsMet: (met, reporting) => `${met} of ${reporting} units met`,
    matrix: 'Unit × indicator',
    unit: 'Unit',
    notApplicable: 'Not applicable',
    notApplicableShort: 'n/a',
    invalid: 'Invalid figures (left out)',
    invalidShort: 'error',
    duplicate: 'The unit submitted more than once (left out)',
    duplicateShort: 'twice',
    metMark: '✓',
    notMetMark: '✗',
    matrixView: 'View',
    byUnit: 'By unit',
    byIndicator: 'By indicator',
    asTable: 'Whole table',
    scrollHint: 'A wide table: scroll sideways to see every indicator.',
    tasks: 'Tasks',
    done: 'Done',
    inProgress: 'In progress',
    notStarted: 'Not started',
    unreported: 'Unreported',
    overdue: 'Overdue',
    submissions: (n) => `${n} unit report${n === 1 ? '' : 's'}`,
    barLabel: (id, rate, target) => `Indicator ${id}: rate ${rate}, target ${target}`,
    period: 'Reporting period (optional)',
    periodHint:
      'E.g. Quý I/2025, 6 tháng đầu năm 2025, 9 tháng năm 2025, Năm 2025. The overdue date becomes the end of its data window.',
    periodUnread: 'This reporting period cannot be read; only the date is used.',
    preferLatest: 'A unit that sent several copies for a period: use the latest (by report date, then file time)',
    headline: 'Headline',
    ranking: 'Units ranked',
    timing: 'Tasks by timing',
    series: 'By reporting period',
    resubmissions: (n) => `${n} unit${n === 1 ? '' : 's'} sent several copies`,
    copyUsed: (where) => `using ${where}`,
    copyNone: 'none used',
    changes: (n) => `${n} cell${n === 1 ? '' : 's'} differ`,
  },
  consolidate: {
    intro:
      "Pick the units' report files, check the list of what was read, then consolidate them against the plan in this workbook.",
    pick: "Units' files (.xlsx, several allowed)",
    pickHint: 'Files are read on this computer; only the summary sheets are written.',
    picked: (n) => (n ? `${n} file${n === 1 ? '' : 's'} picked` : 'No file chosen'),
    addWorkbook: 'Add the reports in this workbook',
    workbookAdded: (added, skipped) =>
      `${added ? `Added ${added} report${added === 1 ? '' : 's'} from this workbook.` : 'This workbook holds no new unit report.'}${skipped ? ` Skipped ${skipped} already listed (never counted twice).` : ''}`,
    listHeading: (n) => `Reports to consolidate (${n})`,
    listLabel: "Units' reports",
    thisWorkbook: (name) => (name ? `This workbook (${name})` : 'This workbook'),
    remove: 'Remove',
    removeLabel: (what) => `Remove ${what} from the list`,
    noUnitSheet: (sheets) =>
      `No unit report sheet (a “Đơn vị:” row) in its ${sheets} sheet${sheets === 1 ? '' : 's'}: perhaps the wrong file.`,
    noWorkbookSheets: 'This workbook holds no unit report sheet.',
    noUnitName: '(no unit name)',
    period: (p) => (p ? `Period: ${p}` : 'No reporting period'),
    rows: (n) => `${n} row${n === 1 ? '' : 's'} read`,
    findingsCount: (n) => (n ? `${n} problem${n === 1 ? '' : 's'}` : 'No problems'),
    listedTwice: 'The unit is listed twice: neither copy will count',
    sheetsOfFile: (file, n) => `${file}: ${n} report sheets`,
    importToo: "Also import the units' sheets into this workbook (all files or none)",
    cannotImportTitle: 'Sheets cannot be imported',
    cannotImport:
      "This Excel cannot import the units' sheets (ExcelApi 1.13 needed). Consolidating from the picked files still works; to copy a sheet, open the unit's file, right-click the sheet tab › Move or Copy.",
    run: (units) => (units ? `Consolidate ${units} unit${units === 1 ? '' : 's'}` : 'Consolidate'),
    consolidated: (units) => `Consolidated ${units} unit${units === 1 ? '' : 's'}.`,
    withErrors: (n) =>
      `${n} error${n === 1 ? '' : 's'} in the units' reports: figures in error are left out of the totals (see the list below).`,
    summaryWritten: (sheets) => `Written: ${sheets}.`,
    summaryDownloaded: (file) => `Downloaded ${file}.`,
    summaryHeading: (units) => `Summary of ${units} unit${units === 1 ? '' : 's'}`,
    unitsCount: 'Units',
    indicatorsMet: 'Indicators met',
    indicatorsNotMet: 'Indicators not met',
    indicatorsNoData: 'Indicators without data',
    tasksOverdue: 'Tasks overdue',
    findings: (n) => (n ? `${n} problem${n === 1 ? '' : 's'} in the reports` : 'No problems in the reports'),
  },
  word: {
    importLabel: 'Appendices in a Word document (.docx)',
    importHint: "The plan's two appendix tables are copied into new sheets (merged cells kept), then checked.",
    importButton: 'Import into the workbook',
    imported: (sheets) => `Imported the appendices into ${sheets} and checked them again.`,
    importedDownload: (file) => `Downloaded ${file} (the appendices as .xlsx) and checked the appendices.`,
    reportButton: 'Download the report draft (Word)',
    reportDownloaded: (file) =>
      `Downloaded ${file}: a report draft in the format of Decree 30/2020, to finish and sign.`,
    reportFile: 'cchc-report',
  },
  template: {
    intro: "Create a unit's report sheet: the plan's indicators and tasks, for the unit to fill in counts and status.",
    unit: 'Unit name',
    unitHint: 'For example: UBND Phường 1',
    unitRequired: 'Enter the unit name.',
    period: 'Reporting period',
    periodDefault: (year) => (year ? `Year ${year}` : 'Year'),
    create: 'Create report sheet',
    download: 'Download template (.xlsx)',
    created: (sheet) => `Created the sheet “${sheet}”.`,
    downloaded: (file) => `Downloaded ${file}.`,
  },
};

export const STRINGS: Record<Lang, Strings> = { vi, en };
