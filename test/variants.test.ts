/**
 * Layout tolerance, end to end: each workbook in test/fixtures/variants (made by
 * scripts/make-fixtures.js from the seed plan) is read through the xlsx host and the engine and must
 * give the seed's reading — the same targets and indicators, the same tasks with the same due dates,
 * owners and budgets. Rows differ between variants, so they are not compared.
 */
import { existsSync } from 'fs';
import { join } from 'path';
import { readPlan, type PlanReading } from '../src/core/readPlan';
import { readable } from '../src/core/text/normalize';
import { readWorkbookFile } from '../src/xlsx/readFile';
import expected from './fixtures/kien-tuong-2024.expected.json';

const DIR = join(__dirname, 'fixtures/variants');

interface Variant {
  file: string;
  what: string;
  /** Budgets the variant deliberately changes (task code → amount). */
  budgets?: Record<string, number>;
}

const VARIANTS: Variant[] = [
  { file: 'no-title-rows.xlsx', what: 'no title rows above either table' },
  { file: 'two-row-header.xlsx', what: 'two-row headers, `Cơ quan thực hiện` merged over `Chủ trì | Phối hợp`' },
  { file: 'plain-headers-reordered.xlsx', what: 'headers without diacritics, extra spaces, columns in another order' },
  { file: 'one-sheet.xlsx', what: 'both appendices on one sheet, each with its titles' },
  { file: 'nfd-nbsp-tones.xlsx', what: 'NFD text, non-breaking spaces, the other tone placement' },
  // 1.2 and 1.9 are typed as `15,5` and `1.200` so that both separators occur.
  {
    file: 'dates-and-text-budgets.xlsx',
    what: 'timeframes as date cells, budgets as text with Vietnamese separators',
    budgets: { '1.2': 15.5, '1.9': 1200 },
  },
  { file: 'libreoffice-roundtrip.xlsx', what: 'the seed saved by LibreOffice Calc (via .ods)' },
];

/** Tone placement made uniform (`hóa` → `hoá`) after the engine's own cleaning, so both spellings compare equal. */
function textKey(s: string): string {
  const o = 'óòỏõọ';
  const u = 'úùủũụ';
  const marked: Record<string, string> = { a: 'áàảãạ', e: 'éèẻẽẹ', y: 'ýỳỷỹỵ' };
  return readable(s)
    .normalize('NFC')
    .replace(/([óòỏõọ])([ae])(?!\p{L})/gu, (_m, v: string, w: string) => `o${marked[w][o.indexOf(v)]}`)
    .replace(/([úùủũụ])(y)(?!\p{L})/gu, (_m, v: string, w: string) => `u${marked[w][u.indexOf(v)]}`);
}

/** 2.1 is due "before 5 December": the README lets the engine say the 4th or the 5th. */
function dueMatches(code: string, got: string | null, want: string | null): boolean {
  if (code === '2.1' && want === '2024-12-05') return got === '2024-12-05' || got === '2024-12-04';
  return got === want;
}

describe.each(VARIANTS)('$file ($what)', ({ file, budgets }) => {
  let reading: PlanReading;
  beforeAll(async () => {
    const path = join(DIR, file);
    if (!existsSync(path)) throw new Error(`${file} is missing: run node scripts/make-fixtures.js`);
    reading = readPlan(await readWorkbookFile(path));
  });

  it('finds both tables and the 2024 plan year', () => {
    expect(reading.tables.map((t) => t.kind).sort()).toEqual(['targets', 'tasks']);
    expect(reading.planYear).toBe(2024);
  });

  it('reads the 19 targets with the seed STT and indicators', () => {
    expect(reading.targets).toHaveLength(19);
    expect(reading.targets.map((t) => t.stt)).toEqual(expected.appendix1.targets.map((t) => t.stt));
    reading.targets.forEach((t, i) => {
      expect({ stt: t.stt, indicators: t.indicators }).toEqual({
        stt: expected.appendix1.targets[i].stt,
        indicators: expected.appendix1.targets[i].indicators,
      });
    });
  });

  it('reads every target owner', () => {
    reading.targets.forEach((t, i) => {
      expect({ stt: t.stt, lead: textKey(t.lead) }).toEqual({
        stt: t.stt,
        lead: textKey(expected.appendix1.targets[i].lead),
      });
    });
  });

  it('reads the 30 tasks with the seed codes', () => {
    expect(reading.tasks).toHaveLength(30);
    expect(reading.tasks.map((t) => t.code)).toEqual(expected.appendix2.tasks.map((t) => t.code));
  });

  it('reads every due date', () => {
    const wrong = reading.tasks
      .map((t, i) => ({ code: t.code, got: t.timeframe.due, want: expected.appendix2.tasks[i].due }))
      .filter((d) => !dueMatches(d.code, d.got, d.want));
    expect(wrong).toEqual([]);
  });

  it('reads every budget amount and note', () => {
    const got = reading.tasks.map((t) => ({ code: t.code, amount: t.budget.amount, note: t.budget.note !== null }));
    const want = expected.appendix2.tasks.map((t) => ({
      code: t.code,
      amount: budgets?.[t.code] ?? t.budget.amount,
      note: t.budget.note !== null,
    }));
    expect(got).toEqual(want);
  });

  it('reads every task owner', () => {
    const got = reading.tasks.map((t) => ({ code: t.code, lead: textKey(t.lead) }));
    const want = expected.appendix2.tasks.map((t) => ({ code: t.code, lead: textKey(t.lead) }));
    expect(got).toEqual(want);
  });
});
