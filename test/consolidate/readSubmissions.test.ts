import { readSubmissions, readSubmissionWorkbook } from '../../src/core/consolidate';
import { grid } from './helpers/grids';
import { IND_HEADER, submissionGrid } from './helpers/sheets';

describe('readSubmissions', () => {
  it('reads the unit, the period and both tables of a template-shaped sheet', () => {
    const [s] = readSubmissions(
      [
        submissionGrid(
          'UBND Phường 1',
          [
            ['3', 100, 40, 40],
            ['4a', 85, '1.200', '1.500', '80%'],
          ],
          [['1.1', 'Hoàn thành', '15/03/2024']],
        ),
      ],
      'p1.xlsx',
    );
    expect(s.unit).toBe('UBND Phường 1');
    expect(s.period).toBe('Năm 2024');
    expect(s.file).toBe('p1.xlsx');
    expect(s.unitCell).toEqual({ row: 2, column: 'A' });
    expect(s.indicators.map((r) => [r.id, r.row, r.numerator?.value, r.denominator?.value, r.rate?.value])).toEqual([
      ['3', 6, 40, 40, null],
      ['4a', 7, '1.200', '1.500', '80%'],
    ]);
    expect(s.indicators[1].numerator).toMatchObject({ row: 7, column: 'D' });
    expect(s.tasks!.map((t) => [t.code, t.status?.value])).toEqual([['1.1', 'Hoàn thành']]);
    expect(s.findings).toEqual([]);
  });

  it('takes the unit from the same cell after the colon', () => {
    const g = grid('S', [
      ['Đơn vị: UBND Xã Bình Hiệp'],
      ['Kỳ báo cáo: Quý III/2024'],
      IND_HEADER,
      ['3', null, 100, 5, 5],
    ]);
    const [s] = readSubmissions([g]);
    expect([s.unit, s.period]).toEqual(['UBND Xã Bình Hiệp', 'Quý III/2024']);
  });

  it('finds headers in another order, without diacritics, with columns added and dropped, below title rows', () => {
    const g = grid('S', [
      ['Ten don vi:', null, 'Phong Noi vu'],
      [null],
      ['Ghi chu', 'Tong so', 'Cot them', 'So dat', 'Ma chi tieu'],
      [null, 10, 'x', 9, '3'],
      [null, null, null, null, null],
      [null, 4, null, 2, '4A'],
    ]);
    const [s] = readSubmissions([g]);
    expect(s.unit).toBe('Phong Noi vu');
    expect(s.indicators.map((r) => [r.key, r.numerator?.value, r.denominator?.value, r.rate])).toEqual([
      ['3', 9, 10, null],
      ['4a', 2, 4, null],
    ]);
    expect(s.tasks).toBeNull();
  });

  it('reads a header written in decomposed Unicode (NFD)', () => {
    const g = grid('S', [
      ['Đơn vị:'.normalize('NFD'), 'A'],
      IND_HEADER.map((h) => h.normalize('NFD')),
      ['3', null, 100, 1, 2],
    ]);
    expect(readSubmissions([g])[0].indicators[0].denominator?.value).toBe(2);
  });

  it('reads several submissions from one workbook, one per sheet, and skips other sheets', () => {
    const grids = [
      grid('Hướng dẫn', [['Cách điền báo cáo'], ['Đơn vị tính: hồ sơ']]),
      submissionGrid('A', [['3', 100, 1, 1]]),
      submissionGrid('B', [['3', 100, 2, 2]]),
    ];
    expect(readSubmissions(grids).map((s) => s.unit)).toEqual(['A', 'B']);
  });

  it('stops the indicator table at the task table and ignores rows without an id', () => {
    const g = submissionGrid(
      'A',
      [['3', 100, 1, 1]],
      [
        ['1.1', 'Đang thực hiện'],
        ['2.1.', ''],
      ],
    );
    g.values.splice(6, 0, [null, 'Ghi chú chung của đơn vị', null, null, null, null, null]);
    const [s] = readSubmissions([g]);
    expect(s.indicators.map((r) => r.id)).toEqual(['3']);
    expect(s.tasks!.map((t) => t.key)).toEqual(['1.1', '2.1']);
  });

  it('skips a section title merged across the table inside it', () => {
    const g = grid('S', [
      ['Đơn vị:', 'A'],
      IND_HEADER,
      ['Nhóm II', null, null, null, null, null, null],
      ['3', null, 100, 1, 2],
    ]);
    g.merges = [{ startRow: 3, startCol: 1, endRow: 3, endCol: 7 }];
    expect(readSubmissions([g])[0].indicators.map((r) => r.id)).toEqual(['3']);
  });

  it('a workbook without a `Đơn vị:` row is no submission', () => {
    const r = readSubmissionWorkbook([grid('Sheet1', [['Kế hoạch'], IND_HEADER])], 'plan.xlsx');
    expect(r.submissions).toEqual([]);
    expect(r.findings.map((f) => [f.code, f.severity, f.file])).toEqual([['no-submission', 'error', 'plan.xlsx']]);
  });

  it('a workbook with a submission has no workbook-level finding', () => {
    expect(readSubmissionWorkbook([submissionGrid('A', [['3', 100, 1, 1]])]).findings).toEqual([]);
  });

  it('a submission without an indicator table says so', () => {
    const [s] = readSubmissions([
      grid('S', [
        ['Đơn vị:', 'A'],
        ['Nội dung', 'Kết quả'],
      ]),
    ]);
    expect(s.findings.map((f) => [f.code, f.cell])).toEqual([['submission-table-not-found', 'A1']]);
  });

  it('a `Đơn vị:` row with no name says so', () => {
    const [s] = readSubmissions([grid('S', [['Đơn vị:'], IND_HEADER, ['3', null, 1, 1]])]);
    expect(s.unit).toBe('');
    expect(s.findings.map((f) => f.code)).toEqual(['missing-unit-name']);
  });
});
