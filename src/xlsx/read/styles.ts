/**
 * The styles part, reduced to what a Grid needs per cell style index (a cell's `s`): its number
 * format (custom `<numFmts>` or Excel's built-in ones), whether that format shows a date, and the
 * cell's font when it is a legacy Vietnamese one (TCVN3/ABC `.Vn…`, VNI `VNI-…`), whose text is
 * not Unicode and must be converted by the caller. Everything is worked out once per style here,
 * so a cell costs one array lookup.
 */
import type { ReadLimits } from '../readErrors';
import { walkPart } from './partXml';
import type { Attributes } from './xmlTokenizer';

/** Excel's built-in number formats (ECMA-376 part 1, 18.8.30), as exceljs names them too. */
const BUILT_IN: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

export interface CellStyle {
  /** The number format, or null for General. */
  numFmt: string | null;
  isDate: boolean;
  /** The font's name when it is a legacy Vietnamese font, else null. */
  legacyFont: string | null;
}

const PLAIN: CellStyle = { numFmt: null, isDate: false, legacyFont: null };

/**
 * True when a format shows a date or time: a date letter outside quoted text and `[…]` sections
 * (colours, conditions, locales). One pass, no regular expression.
 */
export function isDateFormat(fmt: string): boolean {
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (quoted) {
      if (c === '"') quoted = false;
    } else if (bracket) {
      if (c === ']') bracket = false;
    } else if (c === '"') quoted = true;
    else if (c === '[') bracket = true;
    else if (c === 'y' || c === 'm' || c === 'd' || c === 'h' || c === 'M' || c === 's' || c === 'b') return true;
  }
  return false;
}

/** TCVN3 (ABC) fonts are named `.VnTime`, `.VnTimeH`, `.VnArial`…; VNI fonts `VNI-Times`, `VNI-Helve`… */
export function isLegacyVietnameseFont(name: string): boolean {
  return name.startsWith('.Vn') || name.startsWith('VNI-');
}

export class Styles {
  constructor(private readonly byIndex: CellStyle[]) {}

  static readonly NONE = new Styles([]);

  /** The style of a cell's `s` index; a missing or unknown index is General. */
  of(index: number): CellStyle {
    return this.byIndex[index] ?? PLAIN;
  }

  get hasLegacyFonts(): boolean {
    return this.byIndex.some((s) => s.legacyFont !== null);
  }
}

export function readStyles(name: string, xml: Uint8Array | null, limits: ReadLimits): Styles {
  if (xml === null) return Styles.NONE;
  const formats = new Map<number, string>();
  const fonts: (string | null)[] = [];
  const xfs: { numFmtId: number; fontId: number }[] = [];
  // Where we are: the top-level list being read, and the depth inside it.
  let list: 'numFmts' | 'fonts' | 'cellXfs' | null = null;
  let depth = 0;
  let fontName: string | null = null;
  walkPart(
    name,
    xml,
    {
      wantText: false,
      open(tag: string, a: Attributes) {
        depth++;
        if (depth === 2) {
          list = tag === 'numFmts' || tag === 'fonts' || tag === 'cellXfs' ? tag : null;
          return;
        }
        if (list === 'numFmts' && depth === 3 && tag === 'numFmt') {
          const id = Number(a.get('numFmtId'));
          const code = a.get('formatCode');
          if (Number.isInteger(id) && code !== undefined && code.length <= limits.maxStringChars) formats.set(id, code);
        } else if (list === 'fonts' && depth === 3 && tag === 'font') {
          fontName = null;
        } else if (list === 'fonts' && depth === 4 && tag === 'name') {
          fontName = a.get('val') ?? null;
        } else if (list === 'cellXfs' && depth === 3 && tag === 'xf') {
          xfs.push({ numFmtId: Number(a.get('numFmtId') ?? 0) || 0, fontId: Number(a.get('fontId') ?? 0) || 0 });
        }
      },
      close(tag: string) {
        if (list === 'fonts' && depth === 3 && tag === 'font')
          fonts.push(fontName !== null && isLegacyVietnameseFont(fontName) ? fontName : null);
        if (depth === 2) list = null;
        depth--;
      },
      text() {},
    },
    limits,
  );
  const byIndex = xfs.map((xf): CellStyle => {
    const code = xf.numFmtId ? (formats.get(xf.numFmtId) ?? BUILT_IN[xf.numFmtId] ?? null) : null;
    const numFmt = code === null || code === 'General' ? null : code;
    return { numFmt, isDate: numFmt !== null && isDateFormat(numFmt), legacyFont: fonts[xf.fontId] ?? null };
  });
  return new Styles(byIndex);
}
