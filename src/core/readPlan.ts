/**
 * The engine's front door: Grids in, the plan's reading and its findings out. Pure: no Office, DOM
 * or Node APIs, so the pane, the command line and the tests all run exactly this.
 */
import type { Grid } from './grid';
import { countBySeverity, type Finding, SEVERITY_ORDER } from './findings/finding';
import { locatePlanTables, type LocatedTable } from './locate/planTables';
import type { ColumnOverride } from './locate/overrides';
import { PLAN_ROLE_ORDER } from './locate/vocabulary';
import { columnLetter } from './grid';
import { yearsNamed } from './parse/timeframe';
import { readTable, type ReadTable } from './read/readTable';
import { readTitles, type TitleInfo } from './read/titles';
import type { PlanReference, Target, Task } from './schema';
import { runChecks } from './checks';
import { convertLegacyGrid, legacyEncodingFindings } from './encoding';
import { memoByText } from './text/memo';
import { readable } from './text/normalize';

export interface CheckOptions {
  /** Forces the plan year; otherwise the year most titles and timeframes name. */
  planYear?: number;
  /** The user's corrections: a role's column, or a table's header row, per sheet. */
  columns?: readonly ColumnOverride[];
}

/** One column of a table as read: the role, its column letter, the header text over it. */
export interface ColumnReading {
  role: string;
  column: string;
  header: string;
  /** Set by the user rather than read from the header. */
  overridden: boolean;
}

export interface TableInfo {
  kind: 'targets' | 'tasks';
  sheet: string;
  /** Physical row of the (first) header row. */
  headerRow: number;
  /** 1 to 3. */
  headerRows: number;
  /** The row numbering the columns under the header (`(1) (2) (3)…`), if any. */
  numberingRow: number | null;
  firstDataRow: number;
  lastDataRow: number;
  /** Role → column letter. */
  columns: Record<string, string>;
  /** The columns in reading order, with the header text each was read from. */
  mapping: ColumnReading[];
  /** Every column of the sheet, with its header text (for choosing another column). */
  span: { column: string; header: string }[];
  /** Rows of the header repeated inside the table (skipped). */
  repeatedHeaderRows: number[];
  endedBy: string;
  year: number | null;
  reference: PlanReference | null;
}

export interface ReadingSummary {
  targets: number;
  indicators: number;
  tasks: number;
  error: number;
  warning: number;
  info: number;
  valid: boolean;
  /** True when more findings were found than MAX_FINDINGS and only the first (most severe) are listed. */
  partial: boolean;
}

/** More findings than this help nobody read a plan, and would swamp the pane and the report sheet. */
export const MAX_FINDINGS = 10_000;

export interface PlanReading {
  planYear: number | null;
  plan: { number: string | null; issued: string | null };
  tables: TableInfo[];
  targets: Target[];
  tasks: Task[];
  findings: Finding[];
  summary: ReadingSummary;
}

/** The year most titles and timeframes name; ties go to the later year, as plans look ahead. */
function guessPlanYear(located: LocatedTable[], titles: TitleInfo[]): number | null {
  const votes = new Map<number, number>();
  const vote = (y: number) => votes.set(y, (votes.get(y) ?? 0) + 1);
  const yearsByText = memoByText((s) => [...new Set(yearsNamed(s))]);
  for (const t of titles) if (t.year !== null) vote(t.year);
  for (const t of located) {
    const col = t.columns.get('timeframe');
    if (t.kind !== 'tasks' || col === undefined) continue;
    for (let row = t.header.firstDataRow; row <= t.lastRow; row++) {
      const v = t.view.raw(row, col);
      for (const y of typeof v === 'string' ? yearsByText(v) : yearsNamed(v)) vote(y);
    }
  }
  let best: number | null = null;
  let bestVotes = 0;
  for (const [y, n] of votes) {
    if (n > bestVotes || (n === bestVotes && best !== null && y > best)) {
      best = y;
      bestVotes = n;
    }
  }
  return best;
}

/** The plan as the titles cite it: the reference whose kind matches the document named (`Kế hoạch số` → KH). */
function choosePlan(titles: TitleInfo[]): { number: string | null; kind: string | null; issued: string | null } {
  const refs = titles.filter((t) => t.reference !== null);
  const consistent = refs.find((t) => t.citedKind !== null && t.reference?.kind === t.citedKind) ?? refs[0];
  const ref = consistent?.reference ?? null;
  return { number: ref?.number ?? null, kind: ref?.kind ?? null, issued: ref?.issued ?? null };
}

/** Titles of each table: upward from its header, not past the previous table on the same sheet. */
function titlesOf(located: LocatedTable[]): TitleInfo[] {
  return located.map((t, i) => {
    const prev = located[i - 1];
    const stopAbove =
      prev && prev.view === t.view ? Math.max(prev.header.firstDataRow, prev.lastRow) : t.view.firstRow - 1;
    return readTitles(t, stopAbove);
  });
}

/** The header words over a column: its text in each header row, group first (`Thời gian thực hiện / Hoàn thành`). */
function headerTextOver(t: LocatedTable, col: number): string {
  const parts: string[] = [];
  for (let row = t.header.headerRow; row < t.header.headerRow + t.header.headerRows; row++) {
    const m = t.view.mergeAt(row, col);
    if (m && m.startRow !== row) continue;
    const v = m ? t.view.raw(m.startRow, m.startCol) : t.view.raw(row, col);
    const text = readable(v);
    if (text && parts[parts.length - 1] !== text) parts.push(text);
  }
  return parts.join(' / ');
}

function mappingOf(t: LocatedTable): ColumnReading[] {
  return PLAN_ROLE_ORDER.filter((role) => t.columns.has(role)).map((role) => {
    const col = t.columns.get(role) as number;
    return { role, column: columnLetter(col), header: headerTextOver(t, col), overridden: t.overridden.includes(role) };
  });
}

/** The sheet's columns (at most 200: a wider plan table does not exist) with their header words. */
function spanLetters(t: LocatedTable): { column: string; header: string }[] {
  const out: { column: string; header: string }[] = [];
  const last = Math.min(t.view.lastCol, t.view.firstCol + 200);
  for (let c = t.view.firstCol; c <= last; c++) out.push({ column: columnLetter(c), header: headerTextOver(t, c) });
  return out;
}

export function readPlan(typed: Grid[], options: CheckOptions = {}): PlanReading {
  // Text typed in TCVN3 or VNI is read as the Unicode it means; a finding lists the cells.
  const converted = typed.map(convertLegacyGrid);
  const grids = converted.map((c) => c.grid);
  const located = locatePlanTables(grids, options.columns ?? []);
  const titleInfos = titlesOf(located);
  const planYear = options.planYear ?? guessPlanYear(located, titleInfos);
  const plan = choosePlan(titleInfos);
  const tables: ReadTable[] = located.map((t) => readTable(t, { planYear }));

  const titles = new Map<ReadTable, TitleInfo>(tables.map((t, i) => [t, titleInfos[i]]));
  const findings = runChecks({ tables, titles, planYear, plan });
  converted.forEach((c) => findings.push(...legacyEncodingFindings(c.grid.sheet, c.cells)));
  findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.sheet ?? '').localeCompare(b.sheet ?? '') ||
      (a.row ?? 0) - (b.row ?? 0) ||
      (a.column ?? '').localeCompare(b.column ?? ''),
  );

  const targets = tables.flatMap((t) => t.targets);
  const tasks = tables.flatMap((t) => t.tasks);
  // Counts are of every finding; the list is capped after sorting, so errors are never the ones cut.
  const counts = countBySeverity(findings);
  const partial = findings.length > MAX_FINDINGS;
  if (partial) findings.length = MAX_FINDINGS;
  return {
    planYear,
    plan: { number: plan.number, issued: plan.issued },
    tables: tables.map((t, i) => ({
      kind: t.located.kind,
      sheet: t.sheet,
      headerRow: t.located.header.headerRow,
      headerRows: t.located.header.headerRows,
      numberingRow: t.located.header.numberingRow,
      firstDataRow: t.located.header.firstDataRow,
      lastDataRow: t.endRow,
      columns: t.columns,
      mapping: mappingOf(t.located),
      span: spanLetters(t.located),
      repeatedHeaderRows: [...t.located.repeatedHeaderRows].sort((a, b) => a - b),
      endedBy: t.located.endedBy,
      year: titleInfos[i].year,
      reference: titleInfos[i].reference,
    })),
    targets,
    tasks,
    findings,
    summary: {
      targets: targets.length,
      indicators: targets.reduce((n, t) => n + t.indicators.length, 0),
      tasks: tasks.length,
      ...counts,
      valid: counts.error === 0,
      partial,
    },
  };
}
