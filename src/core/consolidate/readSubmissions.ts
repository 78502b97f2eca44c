/**
 * Reads unit submissions out of Grids: every sheet with a `Đơn vị:` row is one submission. Both
 * tables are found by their headers (findHeaders: any order, with or without diacritics, columns
 * added or dropped); the task table is optional. Values are kept raw here and judged by the rules,
 * so reading never decides what a number means.
 */
import { type CellValue, type Grid, columnLetter } from '../grid';
import { makeFinding, type Finding } from '../findings/finding';
import { findHeaders, type HeaderMatch } from '../locate/headers';
import { SheetView } from '../locate/sheetView';
import { foldKey, isBlank, readable } from '../text/normalize';
import { isoDate } from '../parse/dates';
import { parseDateCell } from './dates';
import { convertLegacyGrid, legacyEncodingFindings } from '../encoding';
import { INDICATOR_ROLES, TASK_ROLES } from './columns';
import { severityOf } from './codes';
import { indicatorKey, taskKey } from './keys';
import { findLabels } from './labels';
import type { RawCell, Submission, SubmissionIndicatorRow, SubmissionTaskRow } from './types';

/** Ids and codes are short; a longer text in that column is a note or a signature line. */
const MAX_KEY_LENGTH = 12;

function rawCell(view: SheetView, row: number, col: number | undefined): RawCell | null {
  if (col === undefined) return null;
  return { row, column: columnLetter(col), value: view.raw(row, col), numberFormat: view.numberFormat(row, col) };
}

function text(view: SheetView, row: number, col: number | undefined): string {
  return col === undefined ? '' : readable(view.value(row, col));
}

/**
 * A row whose only filled cell (among the table's columns) is the id or code cell is a section
 * title or a note typed into that column, not an entry. Raw values: a title merged across the row
 * fills no other cell of its own.
 */
function onlyKeyCell(view: SheetView, row: number, t: HeaderMatch, keyRole: string): boolean {
  const keyCol = t.columns.get(keyRole)!;
  const m = view.mergeAt(row, keyCol);
  if (m && m.endCol > m.startCol) return true;
  for (const [role, col] of t.columns) if (role !== keyRole && !isBlank(view.raw(row, col))) return false;
  return true;
}

function findIndicatorTable(view: SheetView): HeaderMatch | null {
  const found = findHeaders(view, INDICATOR_ROLES, { requireAll: ['id'], minRoles: 2 });
  // A table of indicators has somewhere to report: counts or a rate.
  return found.find((h) => h.columns.has('numerator') || h.columns.has('denominator') || h.columns.has('rate')) ?? null;
}

function findTaskTable(view: SheetView): HeaderMatch | null {
  return findHeaders(view, TASK_ROLES, { requireAll: ['code', 'status'], minRoles: 2 })[0] ?? null;
}

/**
 * Where a unit's task section begins, below its indicator table: a task header (a code column is
 * enough, with or without a status column), or a section title naming the tasks
 * (`II. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ`) in a row with no counts.
 */
function taskSectionStart(view: SheetView, indicators: HeaderMatch): number | null {
  const header = findHeaders(view, TASK_ROLES, { requireAll: ['code'], minRoles: 2 }).find(
    (h) => h.headerRow > indicators.headerRow,
  );
  const limit = header ? header.headerRow : view.lastRow + 1;
  const counts = ['numerator', 'denominator', 'rate']
    .map((r) => indicators.columns.get(r))
    .filter((c): c is number => c !== undefined);
  for (let r = indicators.firstDataRow; r < limit; r++) {
    if (counts.some((c) => !isBlank(view.raw(r, c)))) continue;
    for (let c = view.firstCol; c <= view.lastCol; c++) {
      const v = view.raw(r, c);
      if (typeof v === 'string' && v.length < 200 && /\bnhiem vu\b/.test(foldKey(v))) return r;
    }
  }
  return header ? header.headerRow : null;
}

/** A table ends where the next one's header starts, else at the end of the sheet. */
function lastRowOf(table: HeaderMatch, others: (HeaderMatch | null)[], view: SheetView): number {
  let end = view.lastRow;
  for (const o of others) if (o && o.headerRow > table.headerRow && o.headerRow - 1 < end) end = o.headerRow - 1;
  return end;
}

/**
 * The entries of a table keyed by an id or code column, in sheet order: blank keys, over-long keys
 * (a note or a signature) and rows holding nothing but the key (a section title) are not entries.
 */
function readKeyedRows<T>(
  view: SheetView,
  t: HeaderMatch,
  last: number,
  keyRole: string,
  keyOf: (v: CellValue) => string,
  entry: (row: number, keyValue: CellValue, key: string) => T,
): T[] {
  const keyCol = t.columns.get(keyRole)!;
  const rows: T[] = [];
  for (let r = t.firstDataRow; r <= last; r++) {
    const keyValue = view.value(r, keyCol);
    if (isBlank(keyValue)) continue;
    const key = keyOf(keyValue);
    if (!key || key.length > MAX_KEY_LENGTH || onlyKeyCell(view, r, t, keyRole)) continue;
    rows.push(entry(r, keyValue, key));
  }
  return rows;
}

function readIndicatorRows(view: SheetView, t: HeaderMatch, last: number): SubmissionIndicatorRow[] {
  const c = t.columns;
  return readKeyedRows(view, t, last, 'id', indicatorKey, (r, idValue, key) => ({
    id: readable(idValue),
    key,
    row: r,
    target: rawCell(view, r, c.get('target')),
    numerator: rawCell(view, r, c.get('numerator')),
    denominator: rawCell(view, r, c.get('denominator')),
    rate: rawCell(view, r, c.get('rate')),
    note: text(view, r, c.get('note')),
  }));
}

function readTaskRows(view: SheetView, t: HeaderMatch, last: number): SubmissionTaskRow[] {
  const c = t.columns;
  return readKeyedRows(view, t, last, 'code', taskKey, (r, codeValue, key) => ({
    code: readable(codeValue),
    key,
    row: r,
    status: rawCell(view, r, c.get('status')),
    doneDate: rawCell(view, r, c.get('doneDate')),
    product: text(view, r, c.get('product')),
    note: text(view, r, c.get('note')),
  }));
}

/** `Phường 1, ngày 20 tháng 3 năm 2025`: the line a report is dated by, above its signature. */
const RE_DATED_LINE = /(?:^|\s)ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})$/;
/** The dated line is short; a longer cell is prose that mentions a date. */
const MAX_DATED_LINE = 120;

/** The latest date a sheet is dated by, from its dated lines; null when there is none. */
function datedLine(view: SheetView): string | null {
  let best: string | null = null;
  for (let row = view.firstRow; row <= view.lastRow; row++) {
    for (let col = view.firstCol; col <= view.lastCol; col++) {
      const v = view.raw(row, col);
      if (typeof v !== 'string' || v.length > MAX_DATED_LINE || !/th/i.test(v)) continue;
      const m = RE_DATED_LINE.exec(foldKey(v));
      if (!m) continue;
      const d = isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
      if (d && (best === null || d > best)) best = d;
    }
  }
  return best;
}

/** One sheet: a submission when it holds a `Đơn vị:` row, else null. */
export function readSubmissionSheet(typed: Grid, file: string | null): Submission | null {
  // Text typed in TCVN3 or VNI is read as the Unicode it means; a finding lists the cells.
  const converted = convertLegacyGrid(typed);
  const grid = converted.grid;
  const view = SheetView.of(grid);
  const labels = findLabels(view);
  const unitLabel = labels.get('unit');
  if (!unitLabel) return null;
  const period = labels.get('period')?.value || null;
  const dateLabel = labels.get('date');
  const reportDate = (dateLabel ? parseDateCell(dateLabel.raw) : null) ?? datedLine(view);
  const place = { file, sheet: grid.sheet };
  const findings: Finding[] = legacyEncodingFindings(grid.sheet, converted.cells, file);
  const unitCell = { row: unitLabel.row, column: columnLetter(unitLabel.col) };
  if (!unitLabel.value) {
    findings.push(
      makeFinding('missing-unit-name', severityOf('missing-unit-name'), { ...place, ...unitCell }, null, {
        unit: null,
      }),
    );
  }
  const indicatorTable = findIndicatorTable(view);
  const taskTable = findTaskTable(view);
  let indicators: SubmissionIndicatorRow[] = [];
  if (indicatorTable) {
    const taskStart = taskSectionStart(view, indicatorTable);
    const last = lastRowOf(indicatorTable, [taskTable], view);
    indicators = readIndicatorRows(view, indicatorTable, taskStart !== null ? Math.min(last, taskStart - 1) : last);
  } else {
    findings.push(
      makeFinding(
        'submission-table-not-found',
        severityOf('submission-table-not-found'),
        { ...place, ...unitCell },
        null,
        {
          unit: unitLabel.value || null,
        },
      ),
    );
  }
  const tasks = taskTable ? readTaskRows(view, taskTable, lastRowOf(taskTable, [indicatorTable], view)) : null;
  return { unit: unitLabel.value, file, sheet: grid.sheet, period, reportDate, unitCell, indicators, tasks, findings };
}

/** Every submission in a workbook, one per sheet, in sheet order. */
export function readSubmissions(grids: readonly Grid[], source: string | null = null): Submission[] {
  const out: Submission[] = [];
  for (const g of grids) {
    const s = readSubmissionSheet(g, source);
    if (s) out.push(s);
  }
  return out;
}

export interface SubmissionWorkbook {
  submissions: Submission[];
  /** `no-submission` when no sheet holds a `Đơn vị:` row: the file was probably not a submission. */
  findings: Finding[];
}

export function readSubmissionWorkbook(grids: readonly Grid[], source: string | null = null): SubmissionWorkbook {
  const submissions = readSubmissions(grids, source);
  const findings = submissions.length
    ? []
    : [makeFinding('no-submission', severityOf('no-submission'), { file: source }, null, { sheets: grids.length })];
  return { submissions, findings };
}
