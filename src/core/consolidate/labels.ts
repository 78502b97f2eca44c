/**
 * The labelled rows above a submission's tables: `Đơn vị: UBND Phường 1` and `Kỳ báo cáo: Năm 2024`,
 * the value after the colon in the same cell or in the next non-blank cell of the row.
 */
import type { CellValue } from '../grid';
import { stripAccents } from '../text/accents';
import { cellText, cleanChars, readable } from '../text/normalize';
import type { SheetView } from '../locate/sheetView';

export type LabelKind = 'unit' | 'period' | 'date';

export interface LabelHit {
  kind: LabelKind;
  row: number;
  col: number;
  /** The value, readable; '' when the label has none. */
  value: string;
  /** The value's cell as read (a date cell stays a serial number). */
  raw: CellValue;
}

/** Lower case, no diacritics, but the colon kept: the colon is what tells a label from a header. */
function foldLabel(s: string): string {
  return stripAccents(cleanChars(s)).toLowerCase().replace(/\s+/g, ' ').trim();
}

const LABELS: readonly [LabelKind, RegExp][] = [
  // `Đơn vị tính:` (unit of measure) must not read as the reporting unit.
  ['unit', /^(ten )?(don vi|co quan)( bao cao| thuc hien)?$/],
  ['period', /^(ky bao cao|ky|thoi ky bao cao|reporting period|period)$/],
  ['date', /^(ngay bao cao|ngay lap|ngay lap bao cao|report date|date of report)$/],
];

/** Labels are short: a long cell is prose that happens to contain a colon. */
const MAX_LABEL_CELL = 200;

function labelOf(text: string): { kind: LabelKind; rest: string } | null {
  if (text.length > MAX_LABEL_CELL) return null;
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  const head = foldLabel(text.slice(0, colon));
  for (const [kind, re] of LABELS) if (re.test(head)) return { kind, rest: readable(text.slice(colon + 1)) };
  // English templates write `Unit:`.
  if (head === 'unit' || head === 'reporting unit') return { kind: 'unit', rest: readable(text.slice(colon + 1)) };
  return null;
}

/** The first label of each kind, top to bottom, left to right. */
export function findLabels(view: SheetView): Map<LabelKind, LabelHit> {
  const hits = new Map<LabelKind, LabelHit>();
  for (let row = view.firstRow; row <= view.lastRow && hits.size < LABELS.length; row++) {
    for (let col = view.firstCol; col <= view.lastCol; col++) {
      const v = view.raw(row, col);
      if (typeof v !== 'string' || !v.includes(':')) continue;
      const l = labelOf(cellText(v));
      if (!l || hits.has(l.kind)) continue;
      let value = l.rest;
      let raw: CellValue = l.rest;
      if (!value) {
        for (let c = col + 1; c <= view.lastCol; c++) {
          const next = readable(view.raw(row, c));
          if (next) {
            value = next;
            raw = view.raw(row, c);
            break;
          }
        }
      }
      hits.set(l.kind, { kind: l.kind, row, col, value, raw });
    }
  }
  return hits;
}
