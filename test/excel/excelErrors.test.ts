/**
 * What the user is told when Excel refuses: cell-edit mode, a lost focus, a protected workbook,
 * an unsupported operation. The host enters Excel with `delayForCellEdit`, so typing in a cell
 * makes a task wait instead of fail; every refusal reaches the pane as a line that says what to do.
 */
import { FULL_CAPABILITIES } from '../../src/host/capabilities';
import { ExcelHostError, toExcelHostError } from '../../src/excel/errors';
import { readGrids } from '../../src/excel/readGrids';
import { createExcelRun } from '../../src/excel/run';
import { writeLayouts } from '../../src/excel/writeLayouts';
import { describeError } from '../../src/taskpane/state/paneError';
import { STRINGS } from '../../src/taskpane/i18n/strings';
import { FakeContext, fakeExcelRun, officeError, snapshotUserCells } from './fakeExcel';
import { seedGrids } from './seed';

const report = { name: 'Kết quả kiểm tra', rows: [['a', 1]] };

describe('cell-edit mode', () => {
  it('the host asks Excel to wait: a read started while the user types finishes once they leave the cell', async () => {
    const ctx = new FakeContext(await seedGrids());
    ctx.cellEditMode = true;
    const run = createExcelRun(fakeExcelRun(ctx));
    let done = false;
    const reading = run((context) => readGrids(context, { capabilities: FULL_CAPABILITIES })).then((g) => {
      done = true;
      return g;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    ctx.leaveCellEdit();
    const grids = await reading;
    expect(grids.length).toBeGreaterThan(0);
  });

  it('an Excel that ignores the option fails the batch: the pane says to leave the cell (vi, en)', async () => {
    const ctx = new FakeContext(await seedGrids());
    ctx.cellEditMode = true;
    // Excel.run without RunOptions: what older Excels effectively do.
    const run = createExcelRun((_options, batch) => batch(ctx as unknown as Excel.RequestContext));
    const err = await run((context) => readGrids(context, { capabilities: FULL_CAPABILITIES })).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ExcelHostError);
    expect((err as ExcelHostError).reason).toBe('cell-edit');
    expect(describeError(err, 'vi').message).toBe(STRINGS.vi.errors.excelBusy);
    expect(describeError(err, 'en').message).toMatch(/Enter or Esc/);
  });
});

describe('each refusal becomes a line that says what to do', () => {
  const cases: [string, keyof typeof STRINGS.vi.errors.excel | 'excelBusy' | 'protectedWorkbook' | 'tooLarge'][] = [
    ['InvalidOperationInCellEditMode', 'excelBusy'],
    ['InvalidOperation', 'invalidOperation'],
    ['InactiveWorkbook', 'inactiveWorkbook'],
    ['UnsupportedFeature', 'unsupportedFeature'],
    ['AccessDenied', 'accessDenied'],
    ['RequestPayloadSizeLimitExceeded', 'tooLarge'],
  ];
  it.each(cases)('%s', (code, key) => {
    const err = toExcelHostError(officeError(code, 'raw message from Excel'));
    for (const lang of ['vi', 'en'] as const) {
      const s = STRINGS[lang].errors;
      const want =
        key in s.excel ? (s.excel as Record<string, unknown>)[key] : (s as unknown as Record<string, unknown>)[key];
      expect(describeError(err, lang).message).toBe(want);
      expect(describeError(err, lang).message).not.toContain('raw message');
    }
  });

  it('an unknown code keeps Excel’s own message, so a bug report can quote it', () => {
    const err = toExcelHostError(officeError('GeneralException', 'There was an internal error'));
    expect(describeError(err, 'en').message).toContain('There was an internal error');
  });

  it('a lost focus (several workbooks open) is reported as such', async () => {
    const ctx = new FakeContext(await seedGrids());
    ctx.inactive = true;
    const run = createExcelRun(fakeExcelRun(ctx));
    const err = await run((context) => readGrids(context, { capabilities: FULL_CAPABILITIES })).catch(
      (e: unknown) => e,
    );
    expect(describeError(err, 'vi').message).toBe(STRINGS.vi.errors.excel.inactiveWorkbook);
  });
});

describe('a protected workbook', () => {
  it('is checked before any sheet is added, and said so; nothing is written', async () => {
    const ctx = new FakeContext(await seedGrids());
    ctx.protected = true;
    const before = snapshotUserCells(ctx);
    const names = ctx.sheets.map((s) => s.name);
    const run = createExcelRun(fakeExcelRun(ctx));
    const err = await run((context) => writeLayouts(context, [report], { capabilities: FULL_CAPABILITIES })).catch(
      (e: unknown) => e,
    );
    expect((err as ExcelHostError).reason).toBe('workbook-protected');
    expect(describeError(err, 'vi').message).toBe(STRINGS.vi.errors.protectedWorkbook);
    expect(ctx.sheets.map((s) => s.name)).toEqual(names);
    expect(snapshotUserCells(ctx)).toBe(before);
    // The sheet list and the protection state in one round trip; no add was sent.
    expect(ctx.stats.syncs).toBe(1);
  });

  it('an AccessDenied that is not protection is not called protection', () => {
    const err = toExcelHostError(officeError('AccessDenied', 'You cannot perform the requested operation.'));
    expect(describeError(err, 'vi').message).not.toBe(STRINGS.vi.errors.protectedWorkbook);
    expect(describeError(err, 'vi').message).toBe(STRINGS.vi.errors.excel.accessDenied);
  });
});
