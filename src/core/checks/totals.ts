/** The closing line (`Tổng cộng: 07 lĩnh vực, 30 nhiệm vụ./.`) must agree with what the table holds. */
import { foldKey } from '../text/normalize';
import type { ReadTable } from '../read/readTable';
import type { Check } from './context';
import { finding } from './context';

const GROUP_NOUNS = /^(noi dung|linh vuc|nhom|phan|muc lon|khu vuc)/;
const ROW_NOUNS = /^(muc tieu|chi tieu|nhiem vu|cong viec|hoat dong)/;

export interface StatedTotals {
  groups: number | null;
  rows: number | null;
}

/** Pairs each number of the line with the noun after it. */
export function statedTotals(text: string): StatedTotals {
  const key = foldKey(text);
  const out: StatedTotals = { groups: null, rows: null };
  for (const m of key.matchAll(/(\d+)\s+([a-z ]+)/g)) {
    const noun = m[2].trim();
    if (out.groups === null && GROUP_NOUNS.test(noun)) out.groups = Number(m[1]);
    else if (out.rows === null && ROW_NOUNS.test(noun)) out.rows = Number(m[1]);
  }
  return out;
}

function counted(t: ReadTable): { groups: number; rows: number } {
  // A row with a number but no text is still a row of the table (and has its own finding).
  const untexted = t.rowsWithoutText.length;
  if (t.located.kind === 'targets') return { groups: new Set(t.sections).size, rows: t.targets.length + untexted };
  const areas = new Set(t.tasks.map((x) => x.area).filter((a) => a !== null));
  return { groups: Math.max(areas.size, new Set(t.sections).size), rows: t.tasks.length + untexted };
}

export const totals: Check = (ctx) =>
  ctx.tables.flatMap((t) => {
    if (!t.totals) return [];
    const stated = statedTotals(t.totals.text);
    const actual = counted(t);
    const wrong: string[] = [];
    if (stated.groups !== null && stated.groups !== actual.groups) wrong.push('groups');
    if (stated.rows !== null && stated.rows !== actual.rows) wrong.push('rows');
    if (wrong.length === 0) return [];
    const column = t.columns.stt ?? t.columns.text ?? 'A';
    return [
      finding('totals-mismatch', { sheet: t.sheet, row: t.totals.row, column }, t.totals.text, {
        statedGroups: stated.groups,
        countedGroups: actual.groups,
        statedRows: stated.rows,
        countedRows: actual.rows,
        table: t.located.kind,
      }),
    ];
  });
