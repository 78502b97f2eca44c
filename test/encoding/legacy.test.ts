/** TCVN3 and VNI: the tables, recognition (firing and quiet), and whole workbooks typed in both. */
import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { convertLegacyGrid, decodeTcvn3, detectLegacy, TCVN3 } from '../../src/core/encoding';
import { readPlan } from '../../src/core/readPlan';
import { readSubmissions } from '../../src/core/consolidate';
import { readWorkbookFile } from '../../src/xlsx/readFile';
import { runCli } from '../helpers/cli';
import { encodeTcvn3, encodeVni, legacyCopy } from './legacyWorkbooks';

jest.setTimeout(120_000);
const PLAN = join(__dirname, '../../assets/ke-hoach-cchc-2024.xlsx');

describe('the TCVN3 table', () => {
  const hasIconv = (() => {
    try {
      return execFileSync('iconv', ['-l'], { encoding: 'utf8' }).includes('TCVN5712-1');
    } catch {
      return false;
    }
  })();
  (hasIconv ? it : it.skip)('agrees with GNU libc’s TCVN5712-1 at every position it lists', () => {
    for (const [ch, uni] of Object.entries(TCVN3)) {
      const bytes = Buffer.from([ch.charCodeAt(0)]);
      const out = execFileSync('iconv', ['-f', 'TCVN5712-1', '-t', 'UTF-8'], { input: bytes })
        .toString('utf8')
        .normalize('NFC');
      expect([ch, out]).toEqual([ch, uni]);
    }
  });
});

describe('detectLegacy', () => {
  it.each([
    ['Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'tcvn3', 'Cộng hoà xã hội chủ nghĩa Việt Nam'],
    ['§éc lËp - Tù do - H¹nh phóc', 'tcvn3', 'Độc lập - Tự do - Hạnh phúc'],
    ['UBND Ph\u00ADêng 1', 'tcvn3', 'UBND Phường 1'],
    ['CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM', 'tcvn3', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'vni', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['Ñoäc laäp - Töï do - Haïnh phuùc', 'vni', 'Độc lập - Tự do - Hạnh phúc'],
    ['COÄNG HOØA', 'vni', 'CỘNG HÒA'],
  ])('%s → %s', (text, encoding, unicode) => {
    expect(detectLegacy(text)).toEqual({ encoding, text: unicode });
  });

  it('leaves Unicode, ASCII and Unicode words of Latin-1 letters alone', () => {
    for (const t of [
      'Cộng hòa xã hội',
      'Phòng Nội vụ',
      'và có',
      'Mã chỉ tiêu',
      'Tên',
      'UBND',
      '85%',
      '',
      'Hà Nội – “Quý I”',
    ])
      expect(detectLegacy(t)).toBeNull();
  });

  it('the font settles it: capitals for `.VnTimeH`, VNI for `VNI-Times`, nothing for a Unicode font', () => {
    expect(detectLegacy('céng hßa', '.VnTimeH')).toEqual({ encoding: 'tcvn3', text: 'CỘNG HÒA' });
    expect(detectLegacy('Hµ Néi', '.VnTime')?.text).toBe('Hà Nội');
    expect(detectLegacy('coù', 'VNI-Times')).toEqual({ encoding: 'vni', text: 'có' });
    expect(detectLegacy('coù')).toBeNull();
    expect(detectLegacy('Cộng hòa', '.VnTime')).toBeNull();
  });

  it('text that does not decode whole is not converted', () => {
    expect(decodeTcvn3('abc ¤ÿ')).toBeNull();
    expect(detectLegacy('Ærger ÿ')).toBeNull();
  });
});

describe('convertLegacyGrid', () => {
  it('converts cells from their bytes and from cellFonts, and says which; the input grid is kept', () => {
    const grid = {
      sheet: 'S',
      origin: { row: 2, col: 1 },
      values: [['Phßng Néi vô', 'céng hßa', 'Cộng hòa', 12]],
      merges: [],
      cellFonts: { '0:1': '.VnTimeH' },
    };
    const r = convertLegacyGrid(grid);
    expect(r.grid.values).toEqual([['Phòng Nội vụ', 'CỘNG HÒA', 'Cộng hòa', 12]]);
    expect(r.cells.map((c) => [c.row, c.col, c.encoding])).toEqual([
      [2, 1, 'tcvn3'],
      [2, 2, 'tcvn3'],
    ]);
    expect(grid.values[0][0]).toBe('Phßng Néi vô');
    expect(convertLegacyGrid({ ...grid, values: [['Cộng hòa']], cellFonts: undefined }).cells).toEqual([]);
  });
});

describe('workbooks typed in TCVN3 and VNI', () => {
  let dir: string;
  const p = (n: string) => join(dir, n);
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cchc-legacy-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const shape = (r: ReturnType<typeof readPlan>) => ({
    planYear: r.planYear,
    plan: r.plan,
    targets: r.targets.map((t) => [t.stt, t.text, t.lead, t.indicators]),
    tasks: r.tasks.map((t) => [t.code, t.task, t.lead, t.timeframe.due, t.budget]),
    findings: r.findings.filter((f) => f.code !== 'legacy-encoding').map((f) => [f.code, f.cell]),
  });

  it.each([
    ['tcvn3', encodeTcvn3],
    ['vni', encodeVni],
  ] as const)(
    '%s: the plan reads as its Unicode original, with a finding naming the converted cells',
    async (enc, encode) => {
      const n = await legacyCopy(PLAN, p(`plan-${enc}.xlsx`), encode);
      expect(n).toBeGreaterThan(50);
      const original = readPlan(await readWorkbookFile(PLAN));
      const legacy = readPlan(await readWorkbookFile(p(`plan-${enc}.xlsx`)));
      expect(shape(legacy)).toEqual(shape(original));
      const found = legacy.findings.filter((f) => f.code === 'legacy-encoding');
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((f) => f.params.encoding === enc && f.severity === 'info')).toBe(true);
      expect(found.reduce((s, f) => s + Number(f.params.count), 0)).toBe(n);
      expect(original.findings.some((f) => f.code === 'legacy-encoding')).toBe(false);
    },
  );

  it('a unit’s submission typed in TCVN3 names its unit in Unicode', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Báo cáo');
    ws.addRow(['§¬n vÞ:', 'UBND Ph\u00ADêng 1']);
    ws.addRow(['Kú b¸o c¸o:', 'Quý I/2025']);
    ws.addRow([]);
    ws.addRow(['M· chØ tiªu', 'ChØ tiªu', 'Môc tiªu (%)', 'Sè ®¹t', 'Tæng sè', 'Tû lÖ ®¹t (%)']);
    ws.addRow(['1', 'Tû lÖ hå s¬', 80, 8, 10, null]);
    ws.eachRow((row) => row.eachCell((c) => (c.font = { name: '.VnTime' })));
    await wb.xlsx.writeFile(p('sub-tcvn3.xlsx'));
    const [s] = readSubmissions(await readWorkbookFile(p('sub-tcvn3.xlsx')), 'sub-tcvn3.xlsx');
    expect([s.unit, s.period, s.indicators.map((i) => [i.id, i.numerator?.value, i.denominator?.value])]).toEqual([
      'UBND Phường 1',
      'Quý I/2025',
      [['1', 8, 10]],
    ]);
    expect(s.findings.map((f) => [f.code, f.params.count])).toEqual([['legacy-encoding', 10]]);
  });

  it('cchc convert writes a Unicode copy in Times New Roman and never touches the original', async () => {
    const src = p('plan-tcvn3.xlsx');
    const hash = () => createHash('sha256').update(readFileSync(src)).digest('hex');
    const before = hash();
    const r = await runCli(['convert', src, '--out', p('plan-unicode.xlsx')]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Đã ghi bản Unicode');
    expect(hash()).toBe(before);
    const converted = readPlan(await readWorkbookFile(p('plan-unicode.xlsx')));
    expect(converted.findings.some((f) => f.code === 'legacy-encoding')).toBe(false);
    expect(shape(converted)).toEqual(shape(readPlan(await readWorkbookFile(PLAN))));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(p('plan-unicode.xlsx'));
    const fonts = new Set<string>();
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => fonts.add(String(c.font?.name)))));
    expect([...fonts].some((f) => /^\.vn|^vni/i.test(f))).toBe(false);
    expect(fonts.has('Times New Roman')).toBe(true);
  });

  it('cchc convert refuses to write over its input (even with --force) or an existing file without --force', async () => {
    const src = p('plan-vni.xlsx');
    const a = await runCli(['convert', src, '--out', src, '--force']);
    expect(a.code).toBe(2);
    writeFileSync(p('taken.xlsx'), 'x');
    const b = await runCli(['convert', src, '--out', p('taken.xlsx')]);
    expect(b.code).toBe(2);
    expect(readFileSync(p('taken.xlsx'), 'utf8')).toBe('x');
    const c = await runCli(['convert', src, '--out', p('taken.xlsx'), '--force']);
    expect(c.code).toBe(0);
    const d = await runCli(['convert', src]);
    expect([d.code, existsSync(p('plan-vni-unicode.xlsx'))]).toEqual([0, true]);
  });

  it('cchc convert on a Unicode workbook writes nothing and says so', async () => {
    const r = await runCli(['convert', PLAN, '--out', p('same.xlsx')]);
    expect([r.code, existsSync(p('same.xlsx'))]).toEqual([0, false]);
    expect(r.out).toContain('không có ô nào');
  });
});
