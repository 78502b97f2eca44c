/** lagging-year: a task or deliverable naming a year two or more before the plan's, or another year than its task. */
import fc from 'fast-check';
import { RE_NAM_YEAR, laggingYears, mayNameYear } from '../../src/core/checks/laggingYears';
import { foldKey } from '../../src/core/text/normalize';
import type { CheckContext } from '../../src/core/checks/context';
import type { ReadTable } from '../../src/core/read/readTable';
import type { Task } from '../../src/core/schema';
import { renderMessage } from '../../src/core/findings/render';

function ctx(tasks: [string, string, string[]][], planYear: number | null = 2024): CheckContext {
  const rows: Task[] = tasks.map(
    ([code, task, products], i) =>
      ({
        sheet: 'Phụ lục 2',
        row: 5 + i,
        area: null,
        areaTitle: null,
        code,
        task,
        products,
        lead: 'Phòng Nội vụ',
        coordinators: '',
        timeframe: { text: 'Quý I/2024', due: '2024-03-31', milestones: [], recurring: false, condition: null },
        budget: { amount: null, note: null },
      }) as unknown as Task,
  );
  const table = {
    sheet: 'Phụ lục 2',
    columns: { text: 'C', products: 'D' },
    tasks: rows,
    targets: [],
  } as unknown as ReadTable;
  return { tables: [table], titles: new Map(), planYear, plan: { number: null, kind: null, issued: null } };
}
const flat = (c: CheckContext) =>
  laggingYears(c).map((f) => [f.code, f.severity, f.cell, f.params.kind, f.params.year]);

describe('lagging-year', () => {
  it('fires on a task naming a year two or more before the plan year (the seed’s 1.9)', () => {
    const c = ctx([
      ['1.9', 'Hội nghị tổng kết công tác CCHC năm 2022, triển khai Kế hoạch CCHC năm 2024.', ['Báo cáo năm 2023']],
    ]);
    expect(flat(c)).toEqual([['lagging-year', 'info', 'C5', 'task', 2022]]);
    expect(renderMessage(laggingYears(c)[0], 'vi')).toContain('năm 2022, trước năm kế hoạch 2024 từ hai năm trở lên');
  });

  it('fires on a deliverable naming another year than its task (the seed’s 2.4), and on an old deliverable', () => {
    expect(
      flat(
        ctx([
          [
            '2.4',
            'Rà soát, công bố danh mục VBQPPL hết hiệu lực năm 2024.',
            ['Quyết định … ngưng hiệu lực trong năm 2023'],
          ],
        ]),
      ),
    ).toEqual([['lagging-year', 'info', 'D5', 'product-vs-task', 2023]]);
    expect(flat(ctx([['3.1', 'Tuyên truyền CCHC', ['Báo cáo năm 2021']]]))).toEqual([
      ['lagging-year', 'info', 'D5', 'product', 2021],
    ]);
  });

  it('quiet for the previous year, for years in document numbers, and without a plan year', () => {
    expect(flat(ctx([['1.1', 'Khắc phục hạn chế của Chỉ số CCHC năm 2023', ['Báo cáo kết quả năm 2023']]]))).toEqual(
      [],
    );
    expect(
      flat(
        ctx([
          ['1.2', 'Triển khai Nghị định số 61/2018/NĐ-CP', ['Kế hoạch theo Quyết định 1291/QĐ-TTg ngày 7/10/2019']],
        ]),
      ),
    ).toEqual([]);
    expect(flat(ctx([['1.3', 'Kế hoạch CCHC năm 2024', ['Kế hoạch năm 2024']]]))).toEqual([]);
    expect(flat(ctx([['1.9', 'Tổng kết năm 2020', []]], null))).toEqual([]);
  });

  it('reads a year however it is typed: decomposed, with invisible characters, in markup or as entities', () => {
    for (const text of [
      'Tổng kết NA\u0306M 2022',
      'Tổng kết năm 20\u200b22',
      'Tổng kết năm <b>2022</b>',
      'Tổng kết năm &#50;&#48;&#50;&#50;',
    ]) {
      expect([text, flat(ctx([['1.9', text, []]]))]).toEqual([text, [['lagging-year', 'info', 'C5', 'task', 2022]]]);
    }
  });
});

describe('the quick test for a year', () => {
  // Pieces that make and break years: digits, separators folding keeps or drops, markup, entities.
  const pieces = [
    'năm ',
    'Năm',
    'nam',
    ' ',
    '1',
    '9',
    '2',
    '0',
    '4',
    '\u00ad',
    '\u200b',
    '-',
    '.',
    'x',
    'ệ',
    '<b>',
    '</b>',
    '&#50;',
    '&amp;',
    '\u00a0',
    '%',
  ];
  const text = fc.oneof(
    fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((a) => a.join('')),
    fc.string({ maxLength: 40 }),
  );

  it('never skips a text the pattern finds a year in', () => {
    fc.assert(
      fc.property(text, (t) => {
        if (!mayNameYear(t)) expect([...foldKey(t).matchAll(RE_NAM_YEAR)]).toEqual([]);
      }),
      { numRuns: 20_000, seed: 2024 },
    );
  });

  it('skips the long numbers of a big plan and keeps the years', () => {
    expect(mayNameYear('Nhiệm vụ số 12345 của lĩnh vực 7')).toBe(false);
    expect(mayNameYear('Nhiệm vụ số 1999')).toBe(true);
    expect(mayNameYear('tổng kết năm 20\u00ad22')).toBe(true);
    expect(mayNameYear('Quý II/2024')).toBe(true);
  });
});
