/** `cchc check` end to end: readable and JSON output, exit codes, unreadable files, the .xlsx report. */
import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { checkJson, readingOf, runCli } from '../helpers/cli';

const SEED = join(__dirname, '../../assets/ke-hoach-cchc-2024.xlsx');

const run = runCli;

test('readable report in Vietnamese by default: what was found and each finding with its place', async () => {
  const r = await run(['check', SEED]);
  expect(r.code).toBe(0);
  expect(r.out).toContain('Năm kế hoạch: 2024 · Kế hoạch 3838/KH-UBND ngày 28/12/2023');
  expect(r.out).toContain('19 mục tiêu (13 chỉ tiêu tỷ lệ %), 30 nhiệm vụ');
  expect(r.out).toMatch(/'Phụ lục 2'!H15 +\[missing-budget\] Nhiệm vụ 1\.11/);
  expect(r.out).toContain('Cảnh báo (9):');
  expect(r.err).toBe('');
});

test('English with --lang en', async () => {
  const r = await run(['check', SEED, '--lang', 'en']);
  expect(r.out).toContain('Plan year: 2024 · Plan 3838/KH-UBND of 28/12/2023');
  expect(r.out).toContain('Warnings (9):');
  expect(r.out).not.toMatch(/Cảnh báo|Nhiệm vụ 1\.11 chưa/);
});

test('--json prints exactly one object with the whole reading', async () => {
  const r = await run(['check', SEED, '--json']);
  const json = checkJson(r.out);
  expect(Object.keys(json)).toEqual(['schemaVersion', 'workbooks']);
  const wb = readingOf(json);
  expect([wb.planYear, wb.plan, wb.targets.length, wb.tasks.length]).toEqual([
    2024,
    { number: '3838/KH-UBND', issued: '2023-12-28' },
    19,
    30,
  ]);
  expect(Object.keys(wb.tasks[0]).sort()).toEqual(
    [
      'area',
      'areaTitle',
      'budget',
      'code',
      'coordinators',
      'lead',
      'products',
      'row',
      'sheet',
      'task',
      'timeframe',
    ].sort(),
  );
  expect(Object.keys(wb.tasks[0].timeframe).sort()).toEqual(['condition', 'due', 'milestones', 'recurring', 'text']);
  expect(wb.findings[0]).toEqual(
    expect.objectContaining({
      code: 'appendix-year-mismatch',
      severity: 'warning',
      sheet: 'Phụ lục 1',
      row: 2,
      cell: 'A2',
    }),
  );
  expect(typeof wb.findings[0].message).toBe('string');
  expect(wb.summary).toEqual({
    targets: 19,
    indicators: 13,
    tasks: 30,
    error: 0,
    warning: 9,
    info: 3,
    valid: true,
    partial: false,
  });
});

test('--plan-year moves the year checks; a bad year is a one-line error', async () => {
  const r = await run(['check', SEED, '--json', '--plan-year', '2023']);
  const wb = readingOf(checkJson(r.out));
  expect(wb.planYear).toBe(2023);
  expect(wb.findings.filter((f) => f.code === 'appendix-year-mismatch').map((f) => f.sheet)).toEqual(['Phụ lục 2']);
  const bad = await run(['check', SEED, '--plan-year', 'abcd']);
  expect(bad.code).toBe(2);
  expect(bad.err).toContain('--plan-year');
});

test('exit 1 when a finding is an error; exit 2 for an unreadable file while the others are still checked', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-check-'));
  const noTable = join(dir, 'khong-co-bang.xlsx');
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1').addRow(['Báo cáo tháng', 'x']);
  await wb.xlsx.writeFile(noTable);
  const text = join(dir, 'ghi-chu.xlsx');
  writeFileSync(text, 'đây là văn bản, không phải bảng tính');

  const one = await run(['check', noTable]);
  expect(one.code).toBe(1);
  expect(one.out).toContain('[table-not-found]');

  const r = await run(['check', text, SEED, '--json']);
  expect(r.code).toBe(2);
  expect(r.err.split('\n')).toHaveLength(1);
  expect(r.err).toContain('ghi-chu.xlsx');
  const json = checkJson(r.out);
  expect(json.workbooks[0]).toEqual({
    file: text,
    error: expect.objectContaining({ reason: expect.any(String) as string }) as unknown,
  });
  expect(readingOf(json, 1).tasks).toHaveLength(30);
});

test('--report writes the findings as an .xlsx that reads back with every finding', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-report-'));
  const out = join(dir, 'bao-cao.xlsx');
  const r = await run(['check', SEED, '--report', out]);
  expect(r.code).toBe(0);
  expect(r.out).toContain(`Đã ghi báo cáo: ${out}`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('CCHC - Kiểm tra');
  expect(ws).toBeDefined();
  const rows: string[][] = [];
  ws!.eachRow((row) => rows.push(Array.from({ length: row.cellCount }, (_, i) => row.getCell(i + 1).text)));
  const header = rows.findIndex((r) => r[1] === 'Mức độ');
  expect(header).toBeGreaterThan(0);
  const findings = rows.slice(header + 1);
  expect(findings).toHaveLength(12);
  expect(findings.map((f) => [f[2], f[3], f[5]])).toContainEqual(['missing-budget', 'Phụ lục 2', 'H15']);
});

test('the installed command runs: `cchc --help` and a check through bin/cchc.js', () => {
  // lib/ is built by `npm install` (prepare); build it here too so the test does not depend on order.
  execFileSync(
    process.execPath,
    [join(__dirname, '../../node_modules/typescript/bin/tsc'), '-p', join(__dirname, '../../tsconfig.cli.json')],
    { stdio: 'pipe' },
  );
  const help = spawnSync(process.execPath, [join(__dirname, '../../bin/cchc.js'), '--help'], { encoding: 'utf8' });
  expect(help.status).toBe(0);
  expect(help.stdout).toContain('check');
  const r = spawnSync(process.execPath, [join(__dirname, '../../bin/cchc.js'), 'check', SEED, '--json'], {
    encoding: 'utf8',
  });
  expect(r.status).toBe(0);
  expect(readingOf(checkJson(r.stdout)).tasks).toHaveLength(30);
});

test('a reader that closes the pipe early stops the command quietly, with the SIGPIPE status', () => {
  // Built by the test above. `head -c 1` leaves after one byte; the JSON of three plans (~160 KB)
  // is more than a pipe holds (64 KB), so the command is sure to write into the closed pipe.
  const cmd = `"$0" "$1" check "$2" "$2" "$2" --json 2>&3 | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"`;
  const r = spawnSync(
    'bash',
    ['-c', `exec 3>&2; ${cmd}`, process.execPath, join(__dirname, '../../bin/cchc.js'), SEED],
    { encoding: 'utf8' },
  );
  expect(r.stderr).toBe('');
  expect(r.stdout.trim()).toBe('141');
});

test('--timings: measured inside the process, in JSON and as one text line', async () => {
  const timings = checkJson((await run(['check', SEED, '--json', '--timings'])).out).timings!;
  expect(Object.keys(timings)).toEqual(['readMs', 'checkMs', 'totalMs']);
  expect(timings.totalMs).toBeGreaterThanOrEqual(timings.readMs + timings.checkMs - 0.5);
  const t = await run(['check', SEED, '--timings']);
  expect(t.out.split('\n').filter((l) => l.startsWith('Thời gian: đọc tệp'))).toHaveLength(1);
  expect(checkJson((await run(['check', SEED, '--json'])).out).timings).toBeUndefined();
});

test("unit report sheets and the add-in's own sheets in the plan workbook are not read as plan tables", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-parts-'));
  const file = join(dir, 'ke-hoach-va-bao-cao.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(SEED) as unknown as ArrayBuffer);
  const unit = wb.addWorksheet('Phường 1');
  unit.addRow(['Đơn vị:', 'UBND Phường 1']);
  unit.addRow(['Kỳ báo cáo:', 'Năm 2024']);
  unit.addRow(['Mã nhiệm vụ', 'Nhiệm vụ', 'Thời hạn', 'Tình trạng', 'Ngày hoàn thành', 'Sản phẩm/văn bản', 'Ghi chú']);
  unit.addRow(['1.1', 'Xây dựng kế hoạch', 'Quý II/2024', 'Hoàn thành']);
  const own = wb.addWorksheet('CCHC - Tổng hợp');
  own.addRow(['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện']);
  own.addRow([1, 'Bảng của add-in', '', '']);
  await wb.xlsx.writeFile(file);
  const r = readingOf(checkJson((await run(['check', file, '--json'])).out));
  expect([r.targets.length, r.tasks.length]).toEqual([19, 30]);
  expect(r.findings.map((f) => f.sheet).filter((s) => s === 'Phường 1' || s === 'CCHC - Tổng hợp')).toEqual([]);
});

test('a report that cannot be written: exit 2 and one line naming it, the check itself still printed', async () => {
  const out = join(tmpdir(), 'khong-co-thu-muc-nay', 'bao-cao.xlsx');
  const r = await run(['check', SEED, '--report', out]);
  expect(r.code).toBe(2);
  expect(r.out).toContain('Kết quả: không có lỗi.');
  expect(r.err.split('\n')).toHaveLength(1);
  expect(r.err).toContain(`Không ghi được ${out}`);
  const t = await run(['template', '--plan', SEED, '--unit', 'UBND Phường 1', '--out', out, '--lang', 'en']);
  expect([t.code, t.err.startsWith(`Could not write ${out}`)]).toEqual([2, true]);
});
