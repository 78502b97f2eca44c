/** `cchc check PLAN.docx`: the same engine, places as Word numbers them, one line for an unreadable file. */
import { checkJson, readingOf, runCli } from '../helpers/cli';

const PLAN = 'test/fixtures/docx/ke-hoach-libreoffice.docx';

describe('cchc check on a Word document', () => {
  it('reads the appendices and names findings by table, row and column', async () => {
    const vi = await runCli(['check', PLAN]);
    expect(vi.code).toBe(0);
    expect(vi.out).toContain('19 mục tiêu (13 chỉ tiêu tỷ lệ %), 30 nhiệm vụ');
    expect(vi.out).toContain('Bảng 3, dòng 3, cột 7  [deadline-outside-plan-year]');
    const en = await runCli(['check', PLAN, '--lang', 'en']);
    expect(en.out).toContain('Table 3, row 3, column 7  [deadline-outside-plan-year]');
  });

  it("puts the Word place in the JSON beside the grid's", async () => {
    const run = await runCli(['check', PLAN, '--json', '--lang', 'en']);
    const findings = readingOf(checkJson(run.out)).findings as { code: string; table?: unknown }[];
    expect(findings.find((f) => f.code === 'undated-deadline')?.table).toEqual({
      table: 3,
      part: 'body',
      row: 11,
      column: 7,
      place: 'Table 3, row 11, column 7',
    });
  });

  it('a legacy .doc gets one line that says to save it as .docx, exit 2', async () => {
    const run = await runCli(['check', 'test/fixtures/docx/ke-hoach-cu.doc']);
    expect(run.code).toBe(2);
    expect(run.err.split('\n')).toHaveLength(1);
    expect(run.err).toContain('lưu lại dạng .docx');
  });
});
