/**
 * The base plans the layout generator lays out, each with its known reading: the seed (typed from
 * the plan, test/fixtures/kien-tuong-2024.expected.json), a commune plan of the two-tier era and a
 * department plan written for these tests. `findings` are the findings each must give whatever
 * the layout: by task code or target STT.
 */
import expected from '../fixtures/kien-tuong-2024.expected.json';

export interface BaseTarget {
  stt: number;
  text: string;
  lead: string;
  coordinators: string;
  indicators: { id: string; threshold: number; comparator: string }[];
}

export interface BaseTask {
  text: string;
  products: string;
  lead: string;
  coordinators: string;
  timeframe: string;
  due: string | null;
  budget: { amount: number | null; note: string | null };
}

export interface BasePlan {
  name: string;
  year: number;
  reference: string;
  targetAreas: { title: string; targets: BaseTarget[] }[];
  taskAreas: { title: string; tasks: BaseTask[] }[];
  /** Findings by target STT (`t:3`) or task code (`1.2`). */
  findings: { code: string; item: string }[];
}

function seed(): BasePlan {
  const targetAreas: BasePlan['targetAreas'] = [];
  for (const t of expected.appendix1.targets) {
    let a = targetAreas[targetAreas.length - 1];
    if (!a || a.title !== t.sectionTitle) targetAreas.push((a = { title: t.sectionTitle, targets: [] }));
    a.targets.push({ stt: t.stt, text: t.text, lead: t.lead, coordinators: t.coordinators, indicators: t.indicators });
  }
  const taskAreas: BasePlan['taskAreas'] = [];
  for (const t of expected.appendix2.tasks) {
    let a = taskAreas[t.area - 1];
    if (!a) taskAreas.push((a = { title: t.areaTitle, tasks: [] }));
    // "Trước ngày 5/12/2024" is due by the end of the 4th (README).
    const due = t.code === '2.1' ? '2024-12-04' : t.due;
    a.tasks.push({
      text: t.task,
      products: t.products.map((p) => `- ${p}`).join('\n'),
      lead: t.lead,
      coordinators: t.coordinators,
      timeframe: t.timeframe,
      due,
      budget: t.budget,
    });
  }
  return {
    name: 'seed',
    year: 2024,
    reference: '3838/KH-UBND ngày 28/12/2023',
    targetAreas,
    taskAreas,
    findings: [
      ...['1.2', '1.3', '2.1', '5.2'].map((item) => ({ code: 'deadline-outside-plan-year', item })),
      { code: 'undated-deadline', item: '1.10' },
      ...['1.11', '4.1', '6.4'].map((item) => ({ code: 'missing-budget', item })),
      // 1.9 names 2022 in a 2024 plan; 2.4's product names 2023 against its task's 2024.
      ...['1.9', '2.4'].map((item) => ({ code: 'lagging-year', item })),
    ],
  };
}

const t = (
  stt: number,
  text: string,
  lead: string,
  indicators: BaseTarget['indicators'] = [],
  coordinators = '',
): BaseTarget => ({ stt, text, lead, coordinators, indicators });
const k = (
  text: string,
  lead: string,
  timeframe: string,
  due: string | null,
  budget: BaseTask['budget'],
  products = 'Kế hoạch',
  coordinators = '',
): BaseTask => ({ text, products, lead, coordinators, timeframe, due, budget });

/** A commune of the two-tier era (from July 2025): Văn phòng HĐND và UBND xã, Phòng Kinh tế… */
function commune(): BasePlan {
  return {
    name: 'commune',
    year: 2026,
    reference: '45/KH-UBND ngày 15/12/2025',
    targetAreas: [
      {
        title: 'Cải cách thủ tục hành chính',
        targets: [
          t(
            1,
            'Tối thiểu 90% hồ sơ thủ tục hành chính được giải quyết đúng hạn',
            'Trung tâm Phục vụ hành chính công xã',
            [{ id: '1', threshold: 90, comparator: '>=' }],
            'Các phòng chuyên môn',
          ),
          t(2, 'Tỷ lệ hồ sơ trễ hạn dưới 2%', 'Trung tâm Phục vụ hành chính công xã', [
            { id: '2', threshold: 2, comparator: '<' },
          ]),
          t(3, 'Công khai đầy đủ thủ tục hành chính trên Cổng dịch vụ công', 'Văn phòng HĐND và UBND xã'),
        ],
      },
      {
        title: 'Cải cách chế độ công vụ',
        targets: [
          t(4, '100% cán bộ, công chức được đánh giá, xếp loại đúng quy định', 'Phòng Văn hóa - Xã hội', [
            { id: '4', threshold: 100, comparator: '>=' },
          ]),
        ],
      },
      {
        title: 'Xây dựng chính quyền số',
        targets: [
          t(
            5,
            'Ít nhất 60% hồ sơ được nộp trực tuyến và 80% kết quả được số hóa',
            'Phòng Kinh tế',
            [
              { id: '5a', threshold: 60, comparator: '>=' },
              { id: '5b', threshold: 80, comparator: '>=' },
            ],
            'Văn phòng HĐND và UBND xã',
          ),
          t(6, 'Duy trì hệ thống quản lý văn bản điều hành', 'Văn phòng HĐND và UBND xã'),
        ],
      },
    ],
    taskAreas: [
      {
        title: 'Công tác chỉ đạo, điều hành',
        tasks: [
          k(
            'Xây dựng Kế hoạch cải cách hành chính năm 2026',
            'Văn phòng HĐND và UBND xã',
            'Tháng 01/2026',
            '2026-01-31',
            { amount: 0, note: null },
          ),
          k(
            'Kiểm tra công tác cải cách hành chính',
            'Văn phòng HĐND và UBND xã',
            'Quý III/2026',
            '2026-09-30',
            { amount: 1200, note: null },
            'Báo cáo kết quả kiểm tra',
            'Các phòng chuyên môn',
          ),
          k('Tuyên truyền cải cách hành chính', 'Phòng Văn hóa - Xã hội', 'Thường xuyên', '2026-12-31', {
            amount: 15.5,
            note: null,
          }),
        ],
      },
      {
        title: 'Cải cách thủ tục hành chính',
        tasks: [
          k(
            'Rà soát, đơn giản hóa thủ tục hành chính',
            'Trung tâm Phục vụ hành chính công xã',
            'Quý II/2026',
            '2026-06-30',
            { amount: null, note: 'Kinh phí thường xuyên của đơn vị' },
          ),
          k(
            'Số hóa hồ sơ, kết quả giải quyết',
            'Trung tâm Phục vụ hành chính công xã',
            'trước tháng 10/2026',
            '2026-09-30',
            { amount: 30, note: null },
          ),
        ],
      },
      {
        title: 'Cải cách tài chính công',
        tasks: [
          k('Công khai dự toán ngân sách xã', 'Phòng Kinh tế', 'đến ngày 30/6/2026', '2026-06-30', {
            amount: 0,
            note: null,
          }),
          k('Kiểm tra sử dụng kinh phí tự chủ', 'Phòng Kinh tế', 'Quý IV/2026', '2026-12-31', {
            amount: null,
            note: null,
          }),
        ],
      },
      {
        title: 'Xây dựng chính quyền số',
        tasks: [
          k(
            'Vận hành Trung tâm Phục vụ hành chính công',
            'Trung tâm Phục vụ hành chính công xã',
            'Hằng quý',
            '2026-12-31',
            { amount: 50, note: null },
          ),
          k('Triển khai chữ ký số cho cán bộ', 'Văn phòng HĐND và UBND xã', '6 tháng đầu năm', '2026-06-30', {
            amount: 10,
            note: null,
          }),
        ],
      },
    ],
    findings: [{ code: 'missing-budget', item: '3.2' }],
  };
}

/** A provincial department's plan: its own sections, one task after an event, one ending next year. */
function department(): BasePlan {
  return {
    name: 'department',
    year: 2025,
    reference: '210/KH-SNV ngày 26/12/2024',
    targetAreas: [
      {
        title: 'Cải cách thể chế',
        targets: [
          t(1, 'Rà soát 100% văn bản quy phạm pháp luật thuộc lĩnh vực quản lý', 'Phòng Pháp chế', [
            { id: '1', threshold: 100, comparator: '>=' },
          ]),
          t(2, 'Tự kiểm tra văn bản ban hành', 'Phòng Pháp chế'),
        ],
      },
      {
        title: 'Hiện đại hóa nền hành chính',
        targets: [
          t(3, 'Tỷ lệ văn bản điện tử đạt trên 95%', 'Văn phòng Sở', [{ id: '3', threshold: 95, comparator: '>' }]),
          t(
            4,
            'Tỷ lệ hồ sơ bị trả lại không quá 5%',
            'Văn phòng Sở',
            [{ id: '4', threshold: 5, comparator: '<=' }],
            'Các phòng thuộc Sở',
          ),
        ],
      },
    ],
    taskAreas: [
      {
        title: 'Cải cách thể chế',
        tasks: [
          k(
            'Rà soát văn bản quy phạm pháp luật',
            'Phòng Pháp chế',
            'Quý II/2025',
            '2025-06-30',
            { amount: 20, note: null },
            'Báo cáo rà soát',
          ),
          k('Xây dựng quy chế làm việc mới', 'Văn phòng Sở', 'Sau khi có quyết định công bố', null, {
            amount: 0,
            note: null,
          }),
        ],
      },
      {
        title: 'Cải cách tổ chức bộ máy',
        tasks: [
          k('Sắp xếp các phòng chuyên môn', 'Phòng Tổ chức cán bộ', 'Quý I/2026', '2026-03-31', {
            amount: 0,
            note: null,
          }),
          k(
            'Cập nhật đề án vị trí việc làm',
            'Phòng Tổ chức cán bộ',
            'Trong năm',
            '2025-12-31',
            { amount: 5, note: null },
            'Đề án',
            'Các phòng thuộc Sở',
          ),
        ],
      },
      {
        title: 'Hiện đại hóa nền hành chính',
        tasks: [
          k('Duy trì hệ thống quản lý chất lượng ISO', 'Văn phòng Sở', 'Thường xuyên', '2025-12-31', {
            amount: 25,
            note: null,
          }),
          k('Số hóa hồ sơ lưu trữ', 'Văn phòng Sở', 'Quý IV/2025', '2025-12-31', { amount: 100, note: null }),
        ],
      },
    ],
    findings: [
      { code: 'undated-deadline', item: '1.2' },
      { code: 'deadline-outside-plan-year', item: '2.1' },
    ],
  };
}

export const BASE_PLANS: readonly BasePlan[] = [seed(), commune(), department()];
