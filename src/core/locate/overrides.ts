/**
 * The user's corrections to a reading: which column holds a role, or which row is a table's header,
 * per sheet. Written on the command line as `Phụ lục 2!deadline=H,lead=E;Phụ lục 1!header=5`, or as
 * JSON (`{"Phụ lục 2": {"deadline": "H", "lead": "E"}}`), and kept by the pane in the workbook's
 * settings in the JSON form.
 */
import { columnLetter, columnNumber } from '../grid';
import { stripAccents } from '../text/accents';
import type { PlanRole } from './vocabulary';

export interface ColumnOverride {
  sheet: string;
  /** Physical row of the header's first row, when the user names it. */
  headerRow?: number;
  headerRows?: number;
  /** Role → physical column; null drops the role. */
  roles: Partial<Record<PlanRole, number | null>>;
}

/** The words a user may use for each role (English and Vietnamese, folded: no diacritics). */
const ROLE_WORDS: Record<string, PlanRole> = {
  stt: 'stt',
  tt: 'stt',
  number: 'stt',
  code: 'stt',
  text: 'text',
  task: 'text',
  target: 'text',
  'noi-dung': 'text',
  'nhiem-vu': 'text',
  area: 'area',
  'linh-vuc': 'area',
  products: 'products',
  product: 'products',
  'san-pham': 'products',
  lead: 'lead',
  owner: 'lead',
  'chu-tri': 'lead',
  coordinators: 'coordinators',
  'phoi-hop': 'coordinators',
  deadline: 'timeframe',
  timeframe: 'timeframe',
  due: 'timeframe',
  end: 'timeframe',
  'thoi-han': 'timeframe',
  start: 'start',
  'bat-dau': 'start',
  budget: 'budget',
  'kinh-phi': 'budget',
  note: 'note',
  'ghi-chu': 'note',
};

export type OverrideResult = { ok: true; overrides: ColumnOverride[] } | { ok: false; error: string };

function roleOf(word: string): PlanRole | null {
  const k = stripAccents(word).toLowerCase().trim().replace(/\s+/g, '-');
  return ROLE_WORDS[k] ?? null;
}

function columnOf(v: string): number | null | undefined {
  const s = v.trim().toUpperCase();
  if (s === '-' || s === 'NONE' || s === '') return null;
  return /^[A-Z]{1,3}$/.test(s) ? columnNumber(s) : undefined;
}

function entry(sheet: string, pairs: [string, string][]): ColumnOverride | string {
  const o: ColumnOverride = { sheet, roles: {} };
  for (const [k, v] of pairs) {
    const key = k.trim().toLowerCase();
    if (key === 'header' || key === 'tieu-de') {
      const m = /^(\d{1,7})(?:\s*[-:]\s*(\d{1,7}))?$/.exec(v.trim());
      if (!m) return `header=${v}`;
      o.headerRow = Number(m[1]);
      if (m[2]) o.headerRows = Math.max(1, Math.min(3, Number(m[2]) - Number(m[1]) + 1));
      continue;
    }
    const role = roleOf(k);
    const col = columnOf(v);
    if (!role || col === undefined) return `${k}=${v}`;
    o.roles[role] = col;
  }
  return o;
}

/** `Sheet!role=COL,role=COL;Sheet2!header=5` → overrides, or the part that could not be read. */
export function parseColumnSpec(spec: string): OverrideResult {
  const overrides: ColumnOverride[] = [];
  for (const part of spec.split(';')) {
    if (!part.trim()) continue;
    const bang = part.lastIndexOf('!');
    if (bang <= 0) return { ok: false, error: part.trim() };
    const sheet = part
      .slice(0, bang)
      .trim()
      .replace(/^'(.*)'$/, '$1');
    const pairs: [string, string][] = [];
    for (const kv of part.slice(bang + 1).split(',')) {
      const eq = kv.indexOf('=');
      if (eq <= 0) return { ok: false, error: kv.trim() || part.trim() };
      pairs.push([kv.slice(0, eq), kv.slice(eq + 1)]);
    }
    const o = entry(sheet, pairs);
    if (typeof o === 'string') return { ok: false, error: `${sheet}!${o}` };
    overrides.push(o);
  }
  return { ok: true, overrides };
}

/** `{"Sheet": {"deadline": "H", "header": 5}}` (or a list of such objects with a "sheet" field). */
export function parseColumnJson(value: unknown): OverrideResult {
  const overrides: ColumnOverride[] = [];
  const add = (sheet: string, body: unknown): string | null => {
    if (!body || typeof body !== 'object' || Array.isArray(body)) return sheet;
    const pairs = Object.entries(body as Record<string, unknown>)
      .filter(([k]) => k !== 'sheet')
      .map(
        ([k, v]) =>
          [
            k,
            v === null ? '-' : typeof v === 'object' ? JSON.stringify(v) : String(v as string | number | boolean),
          ] as [string, string],
      );
    const o = entry(sheet, pairs);
    if (typeof o === 'string') return `${sheet}!${o}`;
    overrides.push(o);
    return null;
  };
  if (Array.isArray(value)) {
    for (const item of value) {
      const sheet = item && typeof item === 'object' ? (item as { sheet?: unknown }).sheet : undefined;
      if (typeof sheet !== 'string') return { ok: false, error: JSON.stringify(item) };
      const err = add(sheet, item);
      if (err) return { ok: false, error: err };
    }
  } else if (value && typeof value === 'object') {
    for (const [sheet, body] of Object.entries(value as Record<string, unknown>)) {
      const err = add(sheet, body);
      if (err) return { ok: false, error: err };
    }
  } else return { ok: false, error: String(value) };
  return { ok: true, overrides };
}

/** The JSON form of overrides (what the pane keeps in the workbook's settings). */
export function overridesJson(
  overrides: readonly ColumnOverride[],
): Record<string, Record<string, string | number | null>> {
  const out: Record<string, Record<string, string | number | null>> = {};
  for (const o of overrides) {
    const body: Record<string, string | number | null> = (out[o.sheet] ??= {});
    if (o.headerRow !== undefined)
      body.header = o.headerRows && o.headerRows > 1 ? `${o.headerRow}-${o.headerRow + o.headerRows - 1}` : o.headerRow;
    for (const [role, col] of Object.entries(o.roles))
      body[role] = col === null || col === undefined ? null : columnLetter(col);
  }
  return out;
}
