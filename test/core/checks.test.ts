/** Each check firing on a row made to trip it, and staying quiet on the clean plan. */
import type { CellValue } from '../../src/core/grid';
import { readPlan } from '../../src/core/readPlan';
import { renderMessage } from '../../src/core/findings/render';
import { cleanPlan, gridOf } from '../helpers/grid';

function plan(edit?: (p: ReturnType<typeof cleanPlan>) => void, merges?: string[]) {
  const p = cleanPlan();
  edit?.(p);
  return readPlan([gridOf('PL1', p.targets), gridOf('PL2', p.tasks, merges ?? p.taskMerges)]);
}
const flat = (r: ReturnType<typeof readPlan>) => r.findings.map((f) => [f.code, f.sheet, f.cell]);

test('the clean plan gives no finding at all', () => {
  const r = plan();
  expect(flat(r)).toEqual([]);
  expect(r.summary).toMatchObject({ targets: 3, tasks: 3, indicators: 2, valid: true });
  expect(r.tasks.map((t) => [t.code, t.area, t.timeframe.due, t.budget.amount])).toEqual([
    ['1.1', 1, '2024-03-31', 10],
    ['1.2', 1, '2024-09-30', null],
    ['2.1', 2, '2024-12-31', 1200],
  ]);
});

test('table-not-found on a workbook with no plan table', () => {
  const r = readPlan([gridOf('Sheet1', [['Báo cáo tháng'], ['a', 'b']])]);
  expect(flat(r)).toEqual([['table-not-found', null, null]]);
  expect(r.summary.valid).toBe(false);
});

test('missing-column when the owner or timeframe column is absent', () => {
  const r = plan(
    (p) => {
      p.tasks = p.tasks.map((row) => row.filter((_, i) => i !== 4)); // drop "Cơ quan chủ trì"
    },
    ['A5:A6', 'B5:B6'],
  );
  expect(flat(r)).toContainEqual(['missing-column', 'PL2', null]);
  expect(r.findings.find((f) => f.code === 'missing-column')?.params.column).toBe('lead');
});

test('missing-text on a numbered row without text', () => {
  const r = plan((p) => p.targets.splice(7, 0, [3, '', 'Phòng Nội vụ']));
  expect(flat(r)).toContainEqual(['missing-text', 'PL1', 'B8']);
});

test('missing-lead on blank or space-only owners, not on an owner merged down', () => {
  const r = plan(
    (p) => {
      p.targets[6][2] = '   ';
      p.tasks[5][4] = null; // covered by E5:E6 below: not missing
    },
    ['A5:A6', 'B5:B6', 'E5:E6'],
  );
  expect(r.findings.filter((f) => f.code === 'missing-lead').map((f) => f.cell)).toEqual(['C7']);
});

test('missing-deadline, unparsed-deadline and undated-deadline', () => {
  const r = plan((p) => {
    p.tasks[4][6] = '';
    p.tasks[5][6] = 'Quý V/2024';
    p.tasks[6][6] = 'Sau khi có quyết định của tỉnh';
  });
  expect(flat(r).filter(([c]) => String(c).includes('deadline'))).toEqual([
    ['missing-deadline', 'PL2', 'G5'],
    ['unparsed-deadline', 'PL2', 'G6'],
    ['undated-deadline', 'PL2', 'G7'],
  ]);
  expect(
    renderMessage(
      r.findings.find((f) => f.code === 'unparsed-deadline')!,
      'vi',
    ),
  ).toContain('"Quý V/2024"');
});

test('deadline-outside-plan-year for a milestone ending before or after the plan year', () => {
  const r = plan((p) => {
    p.tasks[4][6] = 'Quý IV/2023, Quý I/2024';
    p.tasks[5][6] = 'Tháng 02/2025';
  });
  expect(r.findings.filter((f) => f.code === 'deadline-outside-plan-year').map((f) => [f.cell, f.params.end])).toEqual([
    ['G5', '2023-12-31'],
    ['G6', '2025-02-28'],
  ]);
});

test('missing-budget on an empty budget cell, not under a merged budget note', () => {
  const quiet = plan(
    (p) => {
      p.tasks[5][7] = null;
    },
    ['A5:A6', 'B5:B6', 'H5:H6'],
  );
  expect(quiet.findings.filter((f) => f.code === 'missing-budget')).toEqual([]);
  expect(quiet.tasks[1].budget.amount).toBe(10); // the merged value belongs to every task under it
  const loud = plan((p) => {
    p.tasks[5][7] = ' ';
  });
  expect(flat(loud)).toContainEqual(['missing-budget', 'PL2', 'H6']);
});

test('numbering-gap and numbering-duplicate in STT and task codes', () => {
  const r = plan((p) => {
    p.targets[6][0] = 4; // 1, 4, 3
    p.tasks[5][2] = '1.3. Kiểm tra CCHC'; // 1.1, 1.3
    p.tasks.splice(7, 0, [null, null, '2.1. Lặp lại', 'x', 'Phòng Tư pháp', '', 'Quý I/2024', 0]);
  });
  const codes = flat(r).filter(([c]) => String(c).startsWith('numbering'));
  expect(codes).toEqual(
    expect.arrayContaining([
      ['numbering-gap', 'PL1', 'A7'],
      ['numbering-gap', 'PL2', 'C6'],
      ['numbering-duplicate', 'PL2', 'C8'],
    ]),
  );
  expect(r.findings.find((f) => f.code === 'numbering-gap' && f.sheet === 'PL2')?.params.missing).toBe('1.2');
});

test('numbering that restarts at 1 under each section is not a gap', () => {
  const r = plan((p) => {
    p.targets[8][0] = 1;
  });
  expect(flat(r).filter(([c]) => String(c).startsWith('numbering'))).toEqual([]);
});

test('totals-mismatch when the closing line disagrees', () => {
  const r = plan((p) => {
    p.targets[9][0] = 'Tổng cộng: 02 nội dung, 04 mục tiêu, chỉ tiêu./.';
    p.tasks[7][0] = 'Tổng cộng: 03 lĩnh vực, 03 nhiệm vụ./.';
  });
  expect(
    r.findings
      .filter((f) => f.code === 'totals-mismatch')
      .map((f) => [f.sheet, f.cell, f.params.statedRows, f.params.countedRows]),
  ).toEqual([
    ['PL1', 'A10', 4, 3],
    ['PL2', 'A8', 3, 3],
  ]);
});

test('appendix-year-mismatch and plan-reference-mismatch', () => {
  const r = plan((p) => {
    p.targets[1][0] = 'MỤC TIÊU, CHỈ TIÊU NĂM 2023';
    p.tasks[2][0] = '(Ban hành kèm theo Kế hoạch số: 12 /QĐ-UBND ngày 21/12/2023)';
  });
  expect(flat(r)).toEqual(
    expect.arrayContaining([
      ['appendix-year-mismatch', 'PL1', 'A2'],
      ['plan-reference-mismatch', 'PL2', 'A3'],
    ]),
  );
  expect(r.plan).toEqual({ number: '12/KH-UBND', issued: '2023-12-20' });
  expect(r.planYear).toBe(2024);
});

test('--plan-year overrides the guess and moves the findings with it', () => {
  const p = cleanPlan();
  const r = readPlan([gridOf('PL1', p.targets), gridOf('PL2', p.tasks, p.taskMerges)], { planYear: 2025 });
  expect(r.planYear).toBe(2025);
  expect(r.findings.filter((f) => f.code === 'appendix-year-mismatch')).toHaveLength(2);
});

test('messages exist in both languages for every code the checks emit', () => {
  const r = plan((p) => {
    p.tasks[4][6] = 'Quý V/2024';
    p.tasks[5][7] = null;
  });
  for (const f of r.findings) {
    const vi = renderMessage(f, 'vi');
    const en = renderMessage(f, 'en');
    expect(vi).not.toBe(en);
    expect(vi).not.toMatch(/undefined|\[object/);
    expect(en).not.toMatch(/undefined|\[object/);
  }
});

test('rows typed as a column-number line under the header are not data', () => {
  const rows: CellValue[][] = cleanPlan().targets;
  rows.splice(4, 0, ['(1)', '(2)', '(3)', '(4)', '(5)']);
  const r = readPlan([gridOf('PL1', rows)]);
  expect(r.targets.map((t) => t.stt)).toEqual([1, 2, 3]);
});

test('error-value for an Excel error in a table cell, instead of a missing or odd budget', () => {
  const r = plan((p) => {
    p.tasks[4][7] = '#DIV/0!';
    p.tasks[5][4] = '#REF!';
  });
  expect(flat(r).filter(([c]) => c === 'error-value' || c === 'missing-budget')).toEqual([
    ['error-value', 'PL2', 'H5'],
    ['error-value', 'PL2', 'E6'],
  ]);
  expect(r.tasks[0].budget).toEqual({ amount: null, note: null });
  expect(
    renderMessage(
      r.findings.find((f) => f.cell === 'H5')!,
      'vi',
    ),
  ).toContain('"#DIV/0!"');
});

test('a flood of findings is capped, errors first, and the summary says the list is partial', () => {
  const { MAX_FINDINGS } = jest.requireActual<typeof import('../../src/core/readPlan')>('../../src/core/readPlan');
  const header: CellValue[] = ['TT', 'Nhiệm vụ cụ thể', 'Cơ quan chủ trì', 'Thời gian thực hiện', 'Kinh phí'];
  const rows: CellValue[][] = [['NĂM 2024'], header];
  for (let i = 1; i <= MAX_FINDINGS / 2 + 10; i++)
    rows.push([i, `Việc ${i}`, i === 4000 ? '' : 'Phòng Nội vụ', 'Quý V/2024', null]);
  const r = readPlan([gridOf('PL2', rows)]);
  expect(r.summary.partial).toBe(true);
  expect(r.summary.warning).toBe((MAX_FINDINGS / 2 + 10) * 2);
  expect(r.findings).toHaveLength(MAX_FINDINGS);
  expect(r.findings[0].code).toBe('missing-lead');
});

test('plan-year-unknown when no title or timeframe names a year, quiet when --plan-year gives it', () => {
  const rows: CellValue[][] = [
    ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì'],
    [1, 'Rà soát văn bản', 'Phòng Tư pháp'],
  ];
  expect(flat(readPlan([gridOf('PL1', rows)]))).toEqual([['plan-year-unknown', 'PL1', null]]);
  expect(flat(readPlan([gridOf('PL1', rows)], { planYear: 2024 }))).toEqual([]);
});
