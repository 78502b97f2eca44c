/**
 * Reads one located plan table: every body row classified by the rules (rowRules.ts), the area
 * numerals' style decided from their sequence (numerals.ts), then the fields of each target or task
 * read from the columns the header named.
 */
import { columnLetter, type CellValue } from '../grid';
import type { Ambiguity } from '../locate/headerBands';
import type { LocatedTable, PlanRole } from '../locate/planTables';
import { indicatorsOf } from '../parse/percentages';
import { parseBudget } from '../parse/budget';
import { parseTimeframe } from '../parse/timeframe';
import type { Budget, Target, Task, Timeframe } from '../schema';
import { readable, readableLines } from '../text/normalize';
import { memoByText } from '../text/memo';
import { codeOfCell, codePrefix } from './codes';
import { areaHead, decideStyle, numeralValue, type NumeralStyle } from './numerals';
import { classifyRow, rowFacts, type RowFacts, type RowKind } from './rowRules';
import { splitProducts } from './products';

export interface TotalsLine {
  row: number;
  text: string;
  counts: number[];
}

export interface ReadTable {
  located: LocatedTable;
  sheet: string;
  columns: Partial<Record<PlanRole, string>>;
  targets: Target[];
  tasks: Task[];
  /** Area numerals in order, as typed (`I`, `2`, `B`). */
  sections: string[];
  /** How the area numerals are written, decided from their sequence. */
  numeralStyle: NumeralStyle | null;
  totals: TotalsLine | null;
  /** Last physical row read (the closing line, or the last data row). */
  endRow: number;
  /** Rows with a number but no text: still rows of the table. */
  rowsWithoutText: { row: number; number: string }[];
  /** Cells of the table's columns holding an Excel error value (`#DIV/0!`, `#REF!`, `#N/A`…). */
  errorCells: { row: number; column: string; value: string }[];
  /** Roles that two columns name equally well. */
  ambiguous: Ambiguity[];
  /** How many body rows of each kind (the reading shown to the user). */
  rowKinds: Partial<Record<RowKind, number>>;
}

/** Excel's error values as Range.values and exceljs give them. */
export const EXCEL_ERROR =
  /^#(?:DIV\/0!|REF!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!)$/;

interface Context {
  planYear: number | null;
}

function letters(columns: Map<PlanRole, number>): Partial<Record<PlanRole, string>> {
  const out: Partial<Record<PlanRole, string>> = {};
  for (const [role, col] of columns) out[role] = columnLetter(col);
  return out;
}

interface Section {
  token: string;
  value: number | null;
  title: string;
}

/** The integer a numbering cell holds: 3, `3`, `3.`, `(3)`; null otherwise. */
export function numberingOf(v: unknown): number | null {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 ? v : null;
  if (typeof v !== 'string') return null;
  const m = /^\(?\s*(\d{1,7})\s*[.)]?\s*$/.exec(readable(v));
  return m ? Number(m[1]) : null;
}

/** Body rows with their kinds, up to the table's end; area rows whose numeral is not the table's style are items. */
function classifyBody(t: LocatedTable): {
  rows: { facts: RowFacts; kind: RowKind }[];
  style: NumeralStyle | null;
  totals: TotalsLine | null;
  endRow: number;
} {
  const { view } = t;
  const rows: { facts: RowFacts; kind: RowKind }[] = [];
  let totals: TotalsLine | null = null;
  let endRow = t.header.firstDataRow - 1;
  // The facts read while the table's end was sought, then any rows after them.
  const known = new Map<number, RowFacts>();
  for (const f of t.scanned) known.set(f.row, f);
  // Read once more they would be the same: let them go, rather than keep a 50,000-row table's
  // facts alive through the checks and the report.
  t.scanned.length = 0;
  for (let row = t.header.firstDataRow; row <= t.lastRow; row++) {
    if (t.repeatedHeaderRows.has(row)) continue;
    const facts = known.get(row) ?? rowFacts(view, row, t);
    const kind = classifyRow(facts);
    if (kind === 'footer' || kind === 'next-title') break;
    if (kind === 'blank') continue;
    endRow = row;
    if (kind === 'total') {
      const text = facts.cells.map((c) => readable(c.value)).join(' ');
      totals = { row, text, counts: [...text.matchAll(/\d+/g)].map((m) => Number(m[0])) };
      break;
    }
    rows.push({ facts, kind });
  }
  const style = decideStyle(
    rows.filter((r) => r.kind === 'area' && r.facts.areaHead!.token !== '').map((r) => r.facts.areaHead!.token),
  );
  for (const r of rows) {
    const token = r.kind === 'area' ? r.facts.areaHead!.token : '';
    if (r.kind !== 'area' || token === '' || (style !== null && numeralValue(token, style) !== null)) continue;
    r.kind = r.facts.numbered || r.facts.cells.some((c) => c.role === 'text') ? 'item' : 'note';
  }
  return { rows, style, totals, endRow };
}

/**
 * The cells of one table row, read through the columns the header named. Owners, coordinators,
 * timeframes and notes repeat down a sheet: each distinct text is read once.
 */
class RowReader {
  private readonly readableByText = memoByText((s) => readable(s));
  private readonly timeframeByText: (s: string) => Timeframe;
  private readonly budgetByText = memoByText((s) => parseBudget(s));
  private readonly areaHeadByText = memoByText((s) => areaHead(s));

  constructor(
    private readonly t: LocatedTable,
    private readonly ctx: Context,
  ) {
    this.timeframeByText = memoByText((s) => parseTimeframe(s, null, { planYear: ctx.planYear }));
  }

  col(role: PlanRole): number | undefined {
    return this.t.columns.get(role);
  }

  /** The value a reader sees in the role's column (a covered cell gives its merge's value). */
  cell(row: number, role: PlanRole): CellValue {
    const c = this.col(role);
    return c === undefined ? null : this.t.view.value(row, c);
  }

  readable(v: CellValue): string {
    return typeof v === 'string' ? this.readableByText(v) : readable(v);
  }

  timeframe(row: number): Timeframe {
    const tfCol = this.col('timeframe');
    const v = tfCol !== undefined ? this.t.view.value(row, tfCol) : null;
    if (typeof v === 'string') return this.timeframeByText(v);
    return parseTimeframe(v, tfCol !== undefined ? this.t.view.numberFormat(row, tfCol) : null, {
      planYear: this.ctx.planYear,
    });
  }

  /** An area column repeats its area's name on every task row: each name is matched once. */
  areaHead(text: string): ReturnType<typeof areaHead> {
    return this.areaHeadByText(text);
  }

  budget(row: number): Budget {
    const v = this.cell(row, 'budget');
    if (typeof v !== 'string') return parseBudget(v);
    return EXCEL_ERROR.test(v) ? { amount: null, note: null } : this.budgetByText(v);
  }
}

/** The reading before any row is read: the table's place, columns and what classifying found. */
function emptyReading(t: LocatedTable, body: ReturnType<typeof classifyBody>): ReadTable {
  return {
    located: t,
    sheet: t.view.sheet,
    columns: letters(t.columns),
    targets: [],
    tasks: [],
    sections: [],
    numeralStyle: body.style,
    totals: body.totals,
    endRow: body.endRow,
    rowsWithoutText: [],
    errorCells: [],
    ambiguous: t.header.ambiguous.filter((a) => !t.overridden.includes(a.role)),
    rowKinds: {},
  };
}

/** An area heading: its numeral's value in the table's style; without a numeral, its place in the table. */
function sectionOf(head: NonNullable<RowFacts['areaHead']>, style: NumeralStyle | null, before: number): Section {
  const value = head.token ? (style ? numeralValue(head.token, style) : null) : before + 1;
  return { token: head.token, value, title: head.title };
}

/** The row's cells in the table's columns that hold an Excel error value. */
function errorCellsOf(t: LocatedTable, row: number, out: ReadTable['errorCells']): void {
  for (const c of t.columns.values()) {
    const v = t.view.raw(row, c);
    if (typeof v === 'string' && v.charCodeAt(0) === 35 && EXCEL_ERROR.test(v))
      out.push({ row, column: columnLetter(c), value: v });
  }
}

/** What every item row has: its text, its number cell, its owner and coordinators. */
interface ItemLine {
  row: number;
  text: string;
  /** The number column's value, and whether a merge carries it down over several rows (an area number). */
  sttValue: CellValue;
  sttMerged: boolean;
  sttFormat: string | null;
  lead: string;
  coordinators: string;
}

function itemLine(r: RowReader, t: LocatedTable, row: number): ItemLine {
  const { view } = t;
  const sttCol = r.col('stt');
  const text = readable(r.cell(row, 'text'));
  // A number merged down over several rows is an area number, not the row's own.
  const sttMerge = sttCol !== undefined ? view.mergeAt(row, sttCol) : undefined;
  return {
    row,
    text,
    sttMerged: sttMerge !== undefined && sttMerge.endRow > sttMerge.startRow,
    sttValue: sttCol !== undefined ? view.value(row, sttCol) : null,
    sttFormat: sttCol !== undefined && sttMerge === undefined ? view.numberFormat(row, sttCol) : null,
    lead: r.readable(r.cell(row, 'lead')),
    coordinators: r.readable(r.cell(row, 'coordinators')),
  };
}

/** A target row; a numbered row without text is listed, not read. */
function readTargetRow(line: ItemLine, section: Section | null, sheet: string, out: ReadTable): void {
  const { row, text } = line;
  const stt = line.sttMerged ? null : numberingOf(line.sttValue);
  if (!text) {
    if (stt !== null) out.rowsWithoutText.push({ row, number: String(stt) });
    return;
  }
  out.targets.push({
    sheet,
    row,
    section: section ? section.token || null : null,
    sectionTitle: section?.title ?? null,
    stt,
    text,
    lead: line.lead,
    coordinators: line.coordinators,
    indicators: indicatorsOf(stt, text),
  });
}

/**
 * The task's area: the first part of a dotted code, else a number merged over the area's rows,
 * else a numeral heading the area column, else the area row above.
 */
function areaOf(
  r: RowReader,
  t: LocatedTable,
  line: ItemLine,
  code: string | null,
  section: Section | null,
): { area: number | null; title: string | null } {
  const areaCol = r.col('area');
  const areaText = areaCol !== undefined ? r.readable(t.view.value(line.row, areaCol)) : '';
  const areaTextHead = areaText ? r.areaHead(areaText) : null;
  const areaFromCode = code && code.includes('.') ? Number(code.split('.')[0]) : null;
  const areaMerged = line.sttMerged ? numberingOf(line.sttValue) : null;
  const areaFromText = areaTextHead
    ? (numeralValue(areaTextHead.token, 'arabic') ?? numeralValue(areaTextHead.token, 'roman'))
    : null;
  return {
    area: areaFromCode ?? areaMerged ?? areaFromText ?? section?.value ?? null,
    title: (areaTextHead ? areaTextHead.title : areaText) || section?.title || null,
  };
}

/** A task row, or null for a numbered row without text (listed in `rowsWithoutText`). */
function readTaskRow(
  r: RowReader,
  t: LocatedTable,
  line: ItemLine,
  section: Section | null,
  out: ReadTable,
): Task | null {
  const { row, text } = line;
  const prefix = codePrefix(text);
  const own = line.sttMerged ? null : codeOfCell(line.sttValue, line.sttFormat);
  const code: string | null =
    prefix && (prefix.code.includes('.') || own === null) ? prefix.code : (own ?? prefix?.code ?? null);
  const taskText = prefix ? prefix.rest : text;
  if (!taskText) {
    if (code !== null) out.rowsWithoutText.push({ row, number: code });
    return null;
  }
  const { area, title } = areaOf(r, t, line, code, section);
  const task: Task = {
    sheet: t.view.sheet,
    row,
    area,
    areaTitle: title,
    code: code ?? '',
    task: taskText,
    products: splitProducts(readableLines(r.cell(row, 'products'))),
    lead: line.lead,
    coordinators: line.coordinators,
    timeframe: r.timeframe(row),
    budget: r.budget(row),
  };
  out.tasks.push(task);
  return task;
}

export function readTable(t: LocatedTable, ctx: Context): ReadTable {
  const body = classifyBody(t);
  const out = emptyReading(t, body);
  const reader = new RowReader(t, ctx);
  let section: Section | null = null;
  /** Plain task numbers as typed, with their area, to tell a per-area restart from a duplicate. */
  const plain: { task: Task; n: number }[] = [];
  for (const { facts, kind } of body.rows) {
    out.rowKinds[kind] = (out.rowKinds[kind] ?? 0) + 1;
    if (kind === 'area') {
      const head = facts.areaHead!;
      section = sectionOf(head, body.style, out.sections.length);
      // An area without a numeral is told apart by its title.
      out.sections.push(head.token || head.title);
      continue;
    }
    if (kind !== 'item') continue;
    errorCellsOf(t, facts.row, out.errorCells);
    const line = itemLine(reader, t, facts.row);
    if (t.kind === 'targets') {
      readTargetRow(line, section, t.view.sheet, out);
      continue;
    }
    const task = readTaskRow(reader, t, line, section, out);
    if (task && /^\d+$/.test(task.code)) plain.push({ task, n: Number(task.code) });
  }
  qualifyRestartingCodes(plain);
  qualifyRestartingTargets(out.targets);
  return out;
}

/**
 * Plain task numbers that restart at 1 in each area (`1, 2, 3` under I, `1, 2` under II) are
 * numbered within the area: task 2 of area II is `2.2`, as a reader would cite it, and as a unit's
 * report must key it. Numbers running on across areas stay as typed.
 */
function qualifyRestartingCodes(plain: { task: Task; n: number }[]): void {
  let restarts = false;
  for (let i = 1; i < plain.length; i++) {
    const a = plain[i];
    const prev = plain[i - 1];
    if (a.n === 1 && a.task.area !== null && a.task.area !== prev.task.area) restarts = true;
  }
  if (!restarts) return;
  for (const { task, n } of plain) if (task.area !== null) task.code = `${task.area}.${n}`;
}

/** Targets numbered again from 1 in each section get their section in their indicator ids (`2.1`, `2.3a`), so no two share one. */
function qualifyRestartingTargets(targets: Target[]): void {
  const seen = new Set<number>();
  let restarts = false;
  for (const t of targets) {
    if (t.stt === null) continue;
    if (seen.has(t.stt)) restarts = true;
    seen.add(t.stt);
  }
  if (!restarts) return;
  const sections = new Map<string, number>();
  for (const t of targets) {
    // A section without a numeral is told apart by its title.
    const key = t.section ?? t.sectionTitle;
    if (t.stt === null || key === null) continue;
    if (!sections.has(key)) sections.set(key, sections.size + 1);
    t.indicators = indicatorsOf(`${sections.get(key)}.${t.stt}`, t.text);
  }
}
