/**
 * A unit that sent more than one report for one period: which copy is the later one, and what
 * changed between them, cell by cell (matched by indicator id and task code, so a row moved down
 * is not a change).
 *
 * "Later" is decided by the report's own date first (the `Ngày báo cáo:` row or the dated line
 * `…, ngày 20 tháng 3 năm 2025` above the signature: what the unit says), then by the file's
 * modification time (what the host saw; copying a file can change it, so it is the last resort).
 * When neither tells every copy apart, nothing is chosen.
 */
import type { CellValue } from '../grid';
import type { Lang } from '../i18n/lang';
import { readable } from '../text/normalize';
import type { CopyChange, RawCell, Submission, SubmissionIndicatorRow, SubmissionTaskRow } from './types';

/**
 * The name of each field a copy's change can name (`CopyChange.field`), as the summary sheet and
 * the text report show it. Kept as strings: a field not listed here is shown by its own name.
 */
export const CHANGED_FIELD_LABELS: Record<Lang, Record<string, string>> = {
  vi: {
    target: 'Mục tiêu',
    numerator: 'Số đạt',
    denominator: 'Tổng số',
    rate: 'Tỷ lệ đạt',
    note: 'Ghi chú',
    status: 'Tình trạng',
    doneDate: 'Ngày hoàn thành',
    product: 'Sản phẩm',
    period: 'Kỳ báo cáo',
  },
  en: {
    target: 'target',
    numerator: 'achieved',
    denominator: 'total',
    rate: 'rate',
    note: 'note',
    status: 'status',
    doneDate: 'done on',
    product: 'product',
    period: 'period',
  },
};

/** A report of hundreds of changes helps nobody; the count is still given. */
export const MAX_CHANGES = 500;

export interface OrderedCopies {
  /** Oldest first when `basis` is known, else in the order given. */
  ordered: Submission[];
  basis: 'report-date' | 'modified' | null;
}

function allDistinct(values: (string | null | undefined)[]): values is string[] {
  return values.every((v) => !!v) && new Set(values).size === values.length;
}

export function orderCopies(copies: readonly Submission[]): OrderedCopies {
  const byDate = copies.map((c) => c.reportDate ?? null);
  if (allDistinct(byDate))
    return { ordered: [...copies].sort((a, b) => a.reportDate!.localeCompare(b.reportDate!)), basis: 'report-date' };
  const byModified = copies.map((c) => c.modified ?? null);
  if (allDistinct(byModified))
    return { ordered: [...copies].sort((a, b) => a.modified!.localeCompare(b.modified!)), basis: 'modified' };
  return { ordered: [...copies], basis: null };
}

const shown = (v: CellValue | undefined): string | null => {
  const t = readable(v ?? null);
  return t === '' ? null : t;
};
const cellOf = (c: RawCell | null): string | null => (c ? `${c.column}${c.row}` : null);

function compare<T>(
  kind: 'indicator' | 'task',
  a: readonly T[],
  b: readonly T[],
  keyOf: (r: T) => string,
  labelOf: (r: T) => string,
  fields: readonly [string, (r: T) => RawCell | string | null][],
  out: CopyChange[],
): void {
  const left = new Map(a.map((r) => [keyOf(r), r]));
  const right = new Map(b.map((r) => [keyOf(r), r]));
  const keys = [...left.keys(), ...[...right.keys()].filter((k) => !left.has(k))];
  for (const k of keys) {
    const x = left.get(k);
    const y = right.get(k);
    for (const [field, get] of fields) {
      const cx = x ? get(x) : null;
      const cy = y ? get(y) : null;
      const vx = typeof cx === 'string' ? shown(cx) : shown(cx?.value);
      const vy = typeof cy === 'string' ? shown(cy) : shown(cy?.value);
      if (vx === vy) continue;
      out.push({
        kind,
        key: labelOf((x ?? y)!),
        field,
        from: { cell: typeof cx === 'string' ? null : cellOf(cx), value: vx },
        to: { cell: typeof cy === 'string' ? null : cellOf(cy), value: vy },
      });
    }
  }
}

/** What changed from copy `a` to copy `b`. */
export function diffCopies(a: Submission, b: Submission): CopyChange[] {
  const out: CopyChange[] = [];
  if (shown(a.period) !== shown(b.period))
    out.push({
      kind: 'period',
      key: null,
      field: 'period',
      from: { cell: null, value: a.period },
      to: { cell: null, value: b.period },
    });
  compare<SubmissionIndicatorRow>(
    'indicator',
    a.indicators,
    b.indicators,
    (r) => r.key,
    (r) => r.id,
    [
      ['target', (r) => r.target],
      ['numerator', (r) => r.numerator],
      ['denominator', (r) => r.denominator],
      ['rate', (r) => r.rate],
      ['note', (r) => r.note],
    ],
    out,
  );
  compare<SubmissionTaskRow>(
    'task',
    a.tasks ?? [],
    b.tasks ?? [],
    (r) => r.key,
    (r) => r.code,
    [
      ['status', (r) => r.status],
      ['doneDate', (r) => r.doneDate],
      ['product', (r) => r.product],
      ['note', (r) => r.note],
    ],
    out,
  );
  return out;
}
