/**
 * `cchc template` and `cchc consolidate` end to end through main(), on the seed plan: output, JSON
 * shape, languages, the summary workbook, exit codes as `cchc check` (0 clean, 1 an error finding,
 * 2 a file that cannot be read).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { consolidateJson, runCli } from '../helpers/cli';
import { readWorkbookFile } from '../../src/xlsx/readFile';
import { fillTemplate } from './helpers/fill';

jest.setTimeout(120_000);
const PLAN = join(__dirname, '../../assets/ke-hoach-cchc-2024.xlsx');

const cchc = (...argv: string[]) => runCli(argv);

let dir: string;
const p = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cchc-cli-'));
  for (const [file, unit] of [
    ['p1.xlsx', 'UBND Phường 1'],
    ['p2.xlsx', 'UBND Phường 2'],
    ['bad.xlsx', 'UBND Phường 3'],
  ]) {
    const r = await cchc('template', '--plan', PLAN, '--unit', unit, '--out', p(file));
    expect(r).toMatchObject({ code: 0, err: '' });
  }
  await fillTemplate(p('p1.xlsx'), { counts: { '3': [40, 40], '4a': [17, 20] }, statuses: { '1.1': 'Hoàn thành' } });
  await fillTemplate(p('p2.xlsx'), {
    counts: { '3': [55, 60], '4a': [30, 40] },
    statuses: { '1.1': 'Đang thực hiện' },
  });
  await fillTemplate(p('bad.xlsx'), { counts: { '3': [12, 10] } });
  writeFileSync(p('units.txt'), 'UBND Phường 1\nUBND Phường 2\nUBND Phường 9\n');
  writeFileSync(p('not-a-workbook.xlsx'), 'hello');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cchc template', () => {
  it('says what it wrote, in Vietnamese by default', async () => {
    const r = await cchc(
      'template',
      '--plan',
      PLAN,
      '--unit',
      'UBND Xã Bình Hiệp',
      '--period',
      'Quý III/2024',
      '--out',
      p('bh.xlsx'),
    );
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(`Đã ghi mẫu báo cáo cho UBND Xã Bình Hiệp: ${p('bh.xlsx')} (13 chỉ tiêu, 30 nhiệm vụ).`);
    const grids = await readWorkbookFile(p('bh.xlsx'));
    expect(grids[0].values.slice(0, 4).map((r) => r.slice(0, 2))).toEqual([
      ['BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024', null],
      ['Thực hiện Kế hoạch số 3838/KH-UBND ngày 28/12/2023', null],
      ['Đơn vị:', 'UBND Xã Bình Hiệp'],
      ['Kỳ báo cáo:', 'Quý III/2024'],
    ]);
  });

  it('refuses a unit submission given as --plan (exit 1)', async () => {
    const r = await cchc('template', '--plan', p('p1.xlsx'), '--unit', 'A', '--out', p('y.xlsx'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('là báo cáo của đơn vị');
    expect(existsSync(p('y.xlsx'))).toBe(false);
  });

  it('exits 2 with one line naming an unreadable plan', async () => {
    const r = await cchc('template', '--plan', p('not-a-workbook.xlsx'), '--unit', 'A', '--out', p('x.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('not-a-workbook.xlsx');
    expect(existsSync(p('x.xlsx'))).toBe(false);
  });
});

describe('cchc consolidate', () => {
  it('--json prints exactly one object of the README’s shape; exit 0 without error findings', async () => {
    const r = await cchc('consolidate', '--plan', PLAN, '--as-of', '2024-10-01', '--json', p('p1.xlsx'), p('p2.xlsx'));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const j = consolidateJson(r.out);
    expect(Object.keys(j)).toEqual([
      'schemaVersion',
      'planYear',
      'asOf',
      'submissions',
      'indicators',
      'tasks',
      'findings',
      'period',
      'dueSoonDays',
      'headline',
      'resubmissions',
      'series',
      'unreadable',
    ]);
    expect([j.planYear, j.asOf]).toEqual([2024, '2024-10-01']);
    expect(j.submissions).toEqual([
      {
        unit: 'UBND Phường 1',
        file: p('p1.xlsx'),
        sheet: 'Báo cáo',
        period: 'Năm 2024',
        periodKey: '2024-year',
        used: true,
      },
      {
        unit: 'UBND Phường 2',
        file: p('p2.xlsx'),
        sheet: 'Báo cáo',
        period: 'Năm 2024',
        periodKey: '2024-year',
        used: true,
      },
    ]);
    const i3 = j.indicators.find((i: { id: string }) => i.id === '3');
    expect(i3).toMatchObject({
      target: 100,
      comparator: '>=',
      numerator: 95,
      denominator: 100,
      rate: 95,
      met: false,
      units: ['UBND Phường 1', 'UBND Phường 2'],
    });
    expect(i3?.perUnit[0]).toMatchObject({
      unit: 'UBND Phường 1',
      numerator: 40,
      denominator: 40,
      rate: 100,
      met: true,
      included: true,
    });
    expect(j.indicators.find((i: { id: string }) => i.id === '4a')).toMatchObject({
      numerator: 47,
      denominator: 60,
      rate: (100 * 47) / 60,
      met: false,
    });
    expect(j.tasks.find((t: { code: string }) => t.code === '1.1')).toMatchObject({
      code: '1.1',
      due: '2024-09-30',
      status: 'in-progress',
      overdue: true,
    });
    expect(j.findings).toEqual([]);
  });

  it('exits 1 on an error finding, and names it in the readable report (Vietnamese by default)', async () => {
    const r = await cchc('consolidate', '--plan', PLAN, '--as-of', '2024-10-01', p('p1.xlsx'), p('bad.xlsx'));
    expect(r.code).toBe(1);
    expect(r.out).toContain('Tổng hợp kết quả thực hiện kế hoạch CCHC năm 2024, tính đến ngày 01/10/2024');
    expect(r.out).toMatch(
      /Lỗi \(1\):\n {2}\[numerator-exceeds-denominator\] UBND Phường 3, chỉ tiêu 3: Số đạt 12 lớn hơn Tổng số 10/,
    );
    expect(r.out).toContain('Kết quả: có lỗi cần xử lý');
  });

  it('--lang en prints English', async () => {
    const r = await cchc('consolidate', '--plan', PLAN, '--as-of', '2024-10-01', '--lang', 'en', p('p1.xlsx'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('Consolidated results of the CCHC plan 2024, as of 01/10/2024');
    expect(r.out).toMatch(/ 3 +≥ 100% +40\/40 = 100% +MET +1\/1 units/);
  });

  it('exits 2 when a file cannot be read, says so in one line, and still consolidates the others', async () => {
    const r = await cchc(
      'consolidate',
      '--plan',
      PLAN,
      '--json',
      '--as-of',
      '2024-10-01',
      p('not-a-workbook.xlsx'),
      p('p1.xlsx'),
    );
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    const j = consolidateJson(r.out);
    expect(j.submissions.map((s: { unit: string }) => s.unit)).toEqual(['UBND Phường 1']);
    expect(j.unreadable).toEqual([
      { file: p('not-a-workbook.xlsx'), reason: expect.any(String) as string, message: r.err.trim() },
    ]);
  });

  it('--units: missing and unknown units are warnings (exit 0)', async () => {
    const r = await cchc(
      'consolidate',
      '--plan',
      PLAN,
      '--json',
      '--as-of',
      '2024-10-01',
      '--units',
      p('units.txt'),
      p('p1.xlsx'),
      p('p2.xlsx'),
    );
    expect(r.code).toBe(0);
    expect(consolidateJson(r.out).findings.map((f) => [f.code, f.unit])).toEqual([
      ['missing-submission', 'UBND Phường 9'],
    ]);
  });

  it('a plan workbook given as a submission is a no-submission error', async () => {
    const r = await cchc('consolidate', '--plan', PLAN, '--json', '--as-of', '2024-10-01', PLAN);
    expect(r.code).toBe(1);
    expect(consolidateJson(r.out).findings.map((f: { code: string }) => f.code)).toEqual(['no-submission']);
  });

  it('a --plan with neither a percentage target nor a task exits 1 with one line', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['Danh sách đơn vị']);
    await wb.xlsx.writeFile(p('no-plan.xlsx'));
    const r = await cchc('consolidate', '--plan', p('no-plan.xlsx'), p('p2.xlsx'));
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err.trim()).toBe(
      `${p('no-plan.xlsx')}: không tìm thấy chỉ tiêu tỷ lệ % hay nhiệm vụ nào; chạy "cchc check ${p('no-plan.xlsx')}" để xem vì sao.`,
    );
  });

  it('a submission given as --plan exits 1 and says so', async () => {
    const r = await cchc('consolidate', '--plan', p('p1.xlsx'), p('p2.xlsx'));
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('là báo cáo của đơn vị');
  });

  it('rejects a malformed --as-of with exit 2', async () => {
    const r = await cchc('consolidate', '--plan', PLAN, '--as-of', '2024-02-30', p('p1.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('--as-of');
  });

  it('--out writes the summary workbook: indicators, matrix, tasks, findings', async () => {
    const r = await cchc(
      'consolidate',
      '--plan',
      PLAN,
      '--as-of',
      '2024-10-01',
      '--out',
      p('summary.xlsx'),
      p('p1.xlsx'),
      p('p2.xlsx'),
      p('bad.xlsx'),
    );
    expect(r.code).toBe(1);
    expect(r.out).toContain(`Đã ghi bảng tổng hợp: ${p('summary.xlsx')}`);
    const grids = await readWorkbookFile(p('summary.xlsx'));
    expect(grids.map((g) => g.sheet)).toEqual([
      'Chỉ tiêu',
      'Kết quả chung',
      'Đơn vị x chỉ tiêu',
      'Nhiệm vụ',
      'Phát hiện',
    ]);
    const row3 = grids[0].values.find((r) => r[0] === '3')!;
    expect(row3.slice(0, 10)).toEqual(['3', expect.any(String), '≥', 1, 95, 100, 0.95, 'Không đạt', 1, 2]);
    expect(grids[0].numberFormats![grids[0].values.indexOf(row3)][6]).toBe('0.0#%');
    expect(grids[2].values[3].slice(0, 2)).toEqual(['UBND Phường 1', 1]);
    expect(grids[4].values[3].slice(0, 3)).toEqual(['Lỗi', 'numerator-exceeds-denominator', 'UBND Phường 3']);
  });
});

test('consolidate --timings: readMs, checkMs, consolidateMs and totalMs measured in the process', async () => {
  const j = consolidateJson(
    (
      await cchc(
        'consolidate',
        '--plan',
        PLAN,
        '--as-of',
        '2024-12-31',
        '--json',
        '--timings',
        p('p1.xlsx'),
        p('p2.xlsx'),
      )
    ).out,
  );
  expect(Object.keys(j.timings!)).toEqual(['readMs', 'checkMs', 'consolidateMs', 'totalMs']);
  expect(j.timings!.totalMs).toBeGreaterThanOrEqual(j.timings!.readMs);
  const t = await cchc('consolidate', '--plan', PLAN, '--as-of', '2024-12-31', '--timings', p('p1.xlsx'));
  expect(t.out).toMatch(/^Thời gian: đọc tệp [\d.]+ ms · kiểm tra [\d.]+ ms · tổng hợp [\d.]+ ms · tổng [\d.]+ ms$/m);
});

describe('consolidate --period, --due-soon-days, --prefer-latest', () => {
  it('--period takes the as-of date from the end of its data window; --as-of still wins', async () => {
    const j = consolidateJson(
      (await cchc('consolidate', '--plan', PLAN, '--period', 'Nam 2024', '--json', p('p1.xlsx'), p('p2.xlsx'))).out,
    );
    expect([j.asOf, j.period?.key, j.period?.from, j.period?.due]).toEqual([
      '2024-12-14',
      '2024-year',
      '2023-12-15',
      '2024-12-20',
    ]);
    expect(j.headline.tasks.total).toBe(30);
    const k = consolidateJson(
      (
        await cchc(
          'consolidate',
          '--plan',
          PLAN,
          '--period',
          'Năm 2024',
          '--as-of',
          '2024-10-01',
          '--json',
          p('p1.xlsx'),
        )
      ).out,
    );
    expect(k.asOf).toBe('2024-10-01');
    const t = await cchc('consolidate', '--plan', PLAN, '--period', 'Quý I/2024', p('p1.xlsx'));
    expect(t.out).toContain(
      'Kỳ báo cáo: Quý I/2024 (số liệu từ 15/12/2023 đến 14/03/2024; hạn gửi báo cáo 20/03/2024)',
    );
    expect(t.out).toContain('[mixed-periods]');
  });

  it('refuses a period or a number of days it cannot read, in one line', async () => {
    const a = await cchc('consolidate', '--plan', PLAN, '--period', 'Quý V/2024', p('p1.xlsx'));
    expect([a.code, a.err.trim().split('\n').length]).toEqual([2, 1]);
    expect(a.err).toContain('--period');
    const b = await cchc('consolidate', '--plan', PLAN, '--due-soon-days', 'mười', p('p1.xlsx'));
    expect([b.code, b.err]).toEqual([2, expect.stringContaining('--due-soon-days')]);
  });

  it('--prefer-latest uses the copy changed last when no report date tells them apart', async () => {
    const { copyFileSync, utimesSync } = await import('fs');
    copyFileSync(p('p1.xlsx'), p('p1-old.xlsx'));
    utimesSync(p('p1-old.xlsx'), new Date('2024-01-01'), new Date('2024-01-01'));
    const j = consolidateJson(
      (
        await cchc(
          'consolidate',
          '--plan',
          PLAN,
          '--as-of',
          '2024-10-01',
          '--prefer-latest',
          '--json',
          p('p1-old.xlsx'),
          p('p1.xlsx'),
        )
      ).out,
    );
    expect(j.resubmissions[0]).toMatchObject({ used: 1, basis: 'modified', changes: [] });
    expect(j.submissions.map((s) => s.used)).toEqual([false, true]);
    expect(j.findings.map((f: { code: string }) => f.code)).toEqual(['resubmission']);
  });
});
