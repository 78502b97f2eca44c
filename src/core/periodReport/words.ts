/** Every word of the period report, Vietnamese first (the document's own language), then English. */
import type { Lang } from '../i18n/lang';
import type { TaskTiming } from '../consolidate/types';

export const REPORT_WORDS = {
  vi: {
    nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    number: (committee: boolean) => (committee ? 'Số:       /BC-UBND' : 'Số:       /BC-…'),
    issuerUnknown: '[TÊN CƠ QUAN BAN HÀNH]',
    placeUnknown: '[Địa danh]',
    date: (place: string, d: { day: string; month: string; year: string }) =>
      `${place}, ngày ${d.day} tháng ${d.month} năm ${d.year}`,
    blank: '…',
    kind: 'BÁO CÁO',
    title: (period: string) => `Kết quả thực hiện công tác cải cách hành chính ${period}`,
    intro: (plan: string | null, issuer: string, period: string, from: string | null, to: string) =>
      `Thực hiện ${plan ?? 'Kế hoạch cải cách hành chính'}, trên cơ sở báo cáo của các cơ quan, đơn vị, ${issuer} báo cáo kết quả thực hiện công tác cải cách hành chính ${period}${from ? ` (số liệu từ ngày ${from} đến ngày ${to})` : ` (số liệu tính đến ngày ${to})`} như sau:`,
    plan: (number: string, issued: string | null) => `Kế hoạch số ${number}${issued ? ` ngày ${issued}` : ''}`,
    partTasks: 'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ',
    tasksHeading: '1. Tiến độ thực hiện nhiệm vụ',
    tasksHeadline: (planned: number, done: number, rate: string | null) =>
      planned === 0
        ? 'Kế hoạch không giao nhiệm vụ nào có thể theo dõi tiến độ.'
        : `Kế hoạch giao ${planned} nhiệm vụ; đã hoàn thành ${done}/${planned} nhiệm vụ, đạt ${rate}.`,
    tasksDue: (asOf: string, due: number, done: number, rate: string | null) =>
      due === 0
        ? `Tính đến ngày ${asOf}, chưa có nhiệm vụ nào đến hạn.`
        : `Tính đến ngày ${asOf}, có ${due} nhiệm vụ đến hạn; đã hoàn thành ${done}/${due} nhiệm vụ đến hạn, đạt ${rate}.`,
    timingHeader: ['Tình trạng', 'Số nhiệm vụ', 'Tỷ lệ'],
    timing: {
      'done-on-time': 'Hoàn thành đúng hạn',
      'done-late': 'Hoàn thành nhưng trễ hạn',
      'in-time': 'Chưa hoàn thành, còn trong hạn',
      overdue: 'Chưa hoàn thành, đã quá hạn',
    } as Record<TaskTiming, string>,
    total: 'Tổng cộng',
    overdueList: 'Các nhiệm vụ chưa hoàn thành đã quá hạn:',
    overdueItem: (code: string, task: string, lead: string, due: string) =>
      `- ${code} ${task} (chủ trì: ${lead || 'chưa rõ'}; thời hạn: ${due}).`,
    indicatorsHeading: '2. Kết quả thực hiện các chỉ tiêu',
    indicatorsHeadline: (reported: number, met: number, total: number) =>
      total === 0
        ? 'Kế hoạch không có chỉ tiêu tỷ lệ phần trăm.'
        : `Có ${reported}/${total} chỉ tiêu có số liệu báo cáo; đạt ${met}/${reported} chỉ tiêu có số liệu.`,
    indicatorHeader: [
      'STT',
      'Chỉ tiêu',
      'Mục tiêu',
      'Σ Số đạt',
      'Σ Tổng số',
      'Tỷ lệ đạt',
      'Đánh giá',
      'Đơn vị báo cáo',
    ],
    met: 'Đạt',
    notMet: 'Không đạt',
    noData: 'Chưa có số liệu',
    rateNote:
      'Tỷ lệ chung của mỗi chỉ tiêu bằng tổng số đạt chia tổng số của các đơn vị (không lấy trung bình tỷ lệ của các đơn vị).',
    unitsHeading: '3. Tình hình gửi báo cáo của các đơn vị',
    unitsReported: (n: number) => `Đã nhận báo cáo của ${n} đơn vị.`,
    unitsMissing: (names: string) => `Các đơn vị chưa gửi báo cáo: ${names}.`,
    unitsAllIn: 'Tất cả các đơn vị trong danh sách đã gửi báo cáo.',
    unitsUnknown: 'Chưa có danh sách đơn vị phải báo cáo, nên chưa xác định được đơn vị chưa gửi báo cáo.',
    findingsNote: (n: number) =>
      n === 0
        ? 'Quá trình tổng hợp không phát hiện vấn đề nào về số liệu.'
        : `Quá trình tổng hợp phát hiện ${n} vấn đề về số liệu, chi tiết tại Phụ lục kèm theo.`,
    partIssues: 'II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
    partNext: 'III. NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI',
    partProposals: 'IV. ĐỀ XUẤT, KIẾN NGHỊ',
    fill: '[Nội dung do cơ quan thường trực bổ sung.]',
    closing: (issuer: string) => `Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính của ${issuer}./.`,
    recipientsLabel: 'Nơi nhận:',
    recipients: ['- UBND tỉnh (b/c);', '- Sở Nội vụ (b/c);', '- [Cơ quan, đơn vị nhận khác];', '- Lưu: VT.'],
    signatureCommittee: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
    signatureOther: ['[QUYỀN HẠN, CHỨC VỤ NGƯỜI KÝ]'],
    signHere: '[Chữ ký, dấu]',
    signName: '[Họ và tên]',
    annexLabel: 'PHỤ LỤC',
    annexTitle: 'CÁC VẤN ĐỀ PHÁT HIỆN KHI TỔNG HỢP SỐ LIỆU',
    annexSubtitle: (number: string) => `(Kèm theo Báo cáo số ${number} ngày … tháng … năm …)`,
    annexHeader: ['STT', 'Mức độ', 'Đơn vị / tệp', 'Vị trí', 'Nội dung'],
    annexCut: (shown: number, total: number) =>
      `Phụ lục liệt kê ${shown}/${total} vấn đề (các lỗi trước); danh sách đầy đủ trong bảng tổng hợp (cchc consolidate --out).`,
  },
  en: {
    nation: 'SOCIALIST REPUBLIC OF VIET NAM',
    motto: 'Independence - Freedom - Happiness',
    number: (committee: boolean) => (committee ? 'No.:       /BC-UBND' : 'No.:       /BC-…'),
    issuerUnknown: '[ISSUING BODY]',
    placeUnknown: '[Place]',
    date: (place: string, d: { day: string; month: string; year: string }) => `${place}, ${d.day}/${d.month}/${d.year}`,
    blank: '…',
    kind: 'REPORT',
    title: (period: string) => `Results of administrative reform work in ${period}`,
    intro: (plan: string | null, issuer: string, period: string, from: string | null, to: string) =>
      `Under ${plan ?? 'the administrative reform plan'}, and from the reports of its agencies and units, ${issuer} reports the results of administrative reform work in ${period}${from ? ` (figures from ${from} to ${to})` : ` (figures up to ${to})`}:`,
    plan: (number: string, issued: string | null) => `plan no. ${number}${issued ? ` of ${issued}` : ''}`,
    partTasks: 'I. RESULTS OF THE TASKS',
    tasksHeading: '1. Progress of the tasks',
    tasksHeadline: (planned: number, done: number, rate: string | null) =>
      planned === 0
        ? 'The plan assigns no task whose progress can be followed.'
        : `The plan assigns ${planned} tasks; ${done}/${planned} are done, ${rate}.`,
    tasksDue: (asOf: string, due: number, done: number, rate: string | null) =>
      due === 0
        ? `As of ${asOf}, no task is due yet.`
        : `As of ${asOf}, ${due} tasks are due; ${done}/${due} of those are done, ${rate}.`,
    timingHeader: ['Status', 'Tasks', 'Share'],
    timing: {
      'done-on-time': 'Done on time',
      'done-late': 'Done late',
      'in-time': 'Not done, within time',
      overdue: 'Not done, overdue',
    } as Record<TaskTiming, string>,
    total: 'Total',
    overdueList: 'Tasks not done and overdue:',
    overdueItem: (code: string, task: string, lead: string, due: string) =>
      `- ${code} ${task} (lead: ${lead || 'unknown'}; due: ${due}).`,
    indicatorsHeading: '2. Results against the targets',
    indicatorsHeadline: (reported: number, met: number, total: number) =>
      total === 0
        ? 'The plan has no percentage target.'
        : `${reported}/${total} targets have figures; ${met}/${reported} of those are met.`,
    indicatorHeader: ['No.', 'Target', 'Goal', 'Σ achieved', 'Σ total', 'Rate', 'Assessment', 'Units reporting'],
    met: 'Met',
    notMet: 'Not met',
    noData: 'No data',
    rateNote:
      "Each target's overall rate is the sum of the units' achieved counts over the sum of their totals (never a mean of the units' rates).",
    unitsHeading: "3. Units' reports",
    unitsReported: (n: number) => `Reports received from ${n} units.`,
    unitsMissing: (names: string) => `Units that did not report: ${names}.`,
    unitsAllIn: 'Every unit on the list has reported.',
    unitsUnknown: 'No list of the units that must report was given, so units that did not report are not known.',
    findingsNote: (n: number) =>
      n === 0
        ? 'Consolidation found no problem with the figures.'
        : `Consolidation found ${n} problems with the figures, listed in the annex.`,
    partIssues: 'II. SHORTCOMINGS AND CAUSES',
    partNext: 'III. TASKS AND MEASURES AHEAD',
    partProposals: 'IV. PROPOSALS',
    fill: '[To be completed by the standing agency.]',
    closing: (issuer: string) => `This is the report of ${issuer} on the results of administrative reform work./.`,
    recipientsLabel: 'Recipients:',
    recipients: [
      "- Provincial People's Committee (for report);",
      '- Department of Home Affairs (for report);',
      '- [Other recipients];',
      '- Archived: VT.',
    ],
    signatureCommittee: ["ON BEHALF OF THE PEOPLE'S COMMITTEE", 'CHAIRMAN'],
    signatureOther: ['[AUTHORITY, TITLE OF THE SIGNER]'],
    signHere: '[Signature, seal]',
    signName: '[Full name]',
    annexLabel: 'ANNEX',
    annexTitle: 'PROBLEMS FOUND WHILE CONSOLIDATING THE FIGURES',
    annexSubtitle: (number: string) => `(Attached to report ${number} of …)`,
    annexHeader: ['No.', 'Severity', 'Unit / file', 'Place', 'Message'],
    annexCut: (shown: number, total: number) =>
      `The annex lists ${shown}/${total} problems (errors first); the summary workbook (cchc consolidate --out) lists them all.`,
  },
} as const satisfies Record<Lang, unknown>;
