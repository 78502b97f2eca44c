/**
 * Reads one located plan table row by row into targets or tasks, with what the checks need to know
 * about the table as a whole (sections, the closing count, where it ends).
 */
import { columnLetter } from '../grid';
import type { LocatedTable, PlanRole } from '../locate/planTables';
import { indicatorsOf } from '../parse/percentages';
import { parseBudget } from '../parse/budget';
import { parseTimeframe } from '../parse/timeframe';
import type { Target, Task } from '../schema';
import { readable, readableLines } from '../text/normalize';
import { memoByText } from '../text/memo';
import type { CellValue } from '../grid';
import { classifyRow, numberingOf, romanToNumber } from './rowKinds';
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
  /** Section numerals in order (Roman or area numbers), as read. */
  sections: string[];
  totals: TotalsLine | null;
  /** Last physical row read (the closing line, or the last data row). */
  endRow: number;
  /** Rows with a number but no text. */
  rowsWithoutText: { row: number; number: string }[];
  /** Cells of the table's columns holding an Excel error value (`#DIV/0!`, `#REF!`, `#N/A`…). */
  errorCells: { row: number; column: string; value: string }[];
}

/** Excel's error values as Range.values and exceljs give them. */
export const EXCEL_ERROR = /^#(?:DIV\/0!|REF!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!)$/;

interface Context {
  planYear: number | null;
}

function letters(columns: Map<PlanRole, number>): Partial<Record<PlanRole, string>> {
  const out: Partial<Record<PlanRole, string>> = {};
  for (const [role, col] of columns) out[role] = columnLetter(col);
  return out;
}

const CODE_PREFIX = /^(\d{1,3}(?:\.\d{1,3})*)\.?\s+(?=\S)/;

export function readTable(t: LocatedTable, ctx: Context): ReadTable {
  const { view, columns } = t;
  // Owners, coordinators, timeframes and notes repeat down a sheet: each distinct text is read once.
  const text$ = memoByText((s) => readable(s));
  const readCell = (v: CellValue) => (typeof v === 'string' ? text$(v) : readable(v));
  const timeframe$ = memoByText((s) => parseTimeframe(s, null, { planYear: ctx.planYear }));
  const budget$ = memoByText((s) => parseBudget(s));
  const col = (role: PlanRole) => columns.get(role);
  const cellOf = (row: number, role: PlanRole) => {
    const c = col(role);
    return c === undefined ? null : view.value(row, c);
  };
  const out: ReadTable = {
    located: t,
    sheet: view.sheet,
    columns: letters(columns),
    targets: [],
    tasks: [],
    sections: [],
    totals: null,
    endRow: t.header.firstDataRow - 1,
    rowsWithoutText: [],
    errorCells: [],
  };
  const allCols = [...columns.values()];
  const firstCol = Math.min(...allCols, view.firstCol);
  const lastCol = Math.max(...allCols);
  let section: { numeral: string; title: string } | null = null;

  for (let row = t.header.firstDataRow; row <= t.lastRow; row++) {
    const kind = classifyRow(view, row, firstCol, lastCol);
    if (kind.kind === 'blank' || kind.kind === 'column-numbers') continue;
    if (kind.kind === 'next-title') break;
    out.endRow = row;
    if (kind.kind === 'totals') {
      out.totals = { row, text: kind.text, counts: kind.counts };
      break;
    }
    if (kind.kind === 'section') {
      section = { numeral: kind.numeral, title: kind.title };
      out.sections.push(kind.numeral);
      continue;
    }
    for (const c of allCols) {
      const v = view.raw(row, c);
      if (typeof v === 'string' && v.charCodeAt(0) === 35 && EXCEL_ERROR.test(v)) out.errorCells.push({ row, column: columnLetter(c), value: v });
    }
    const text = readable(cellOf(row, 'text'));
    const sttCol = col('stt');
    // A number merged down over several rows is an area number, not the row's own.
    const sttMerged = sttCol !== undefined && view.mergeAt(row, sttCol) !== undefined;
    const sttValue = sttCol !== undefined ? view.value(row, sttCol) : null;
    const lead = readCell(cellOf(row, 'lead'));
    const coordinators = readCell(cellOf(row, 'coordinators'));

    if (t.kind === 'targets') {
      const stt = numberingOf(sttValue);
      if (!text) {
        if (stt !== null) out.rowsWithoutText.push({ row, number: String(stt) });
        continue;
      }
      out.targets.push({
        sheet: view.sheet,
        row,
        section: section?.numeral ?? null,
        sectionTitle: section?.title ?? null,
        stt,
        text,
        lead,
        coordinators,
        indicators: indicatorsOf(stt, text),
      });
      continue;
    }

    const prefix = CODE_PREFIX.exec(text);
    let code: string | null = prefix ? prefix[1] : null;
    const own = sttMerged ? null : numberingOf(sttValue);
    if (code === null && own !== null) code = String(own);
    const taskText = prefix ? text.slice(prefix[0].length).trim() : text;
    if (!taskText) {
      if (code !== null) out.rowsWithoutText.push({ row, number: code });
      continue;
    }
    // The area: the first part of a dotted code, else a number merged over the area's rows, else the section.
    const areaFromCode = code && code.includes('.') ? Number(code.split('.')[0]) : null;
    const areaMerged = sttMerged ? numberingOf(sttValue) : null;
    const areaFromSection = section ? romanToNumber(section.numeral) : null;
    const area = areaFromCode ?? areaMerged ?? areaFromSection;
    const areaCell = readCell(cellOf(row, 'area'));
    const tfCol = col('timeframe');
    const tfValue = tfCol !== undefined ? view.value(row, tfCol) : null;
    const budgetValue = cellOf(row, 'budget');
    out.tasks.push({
      sheet: view.sheet,
      row,
      area,
      areaTitle: areaCell || section?.title || null,
      code: code ?? '',
      task: taskText,
      products: splitProducts(readableLines(cellOf(row, 'products'))),
      lead,
      coordinators,
      timeframe: typeof tfValue === 'string' ? timeframe$(tfValue) : parseTimeframe(tfValue, tfCol !== undefined ? view.numberFormat(row, tfCol) : null, { planYear: ctx.planYear }),
      budget: typeof budgetValue === 'string' ? (EXCEL_ERROR.test(budgetValue) ? { amount: null, note: null } : budget$(budgetValue)) : parseBudget(budgetValue),
    });
  }
  return out;
}
