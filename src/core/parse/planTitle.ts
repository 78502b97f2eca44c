/**
 * Title rows above a table: the appendix's year (`… NĂM 2024`) and the plan it cites
 * (`Ban hành kèm theo Kế hoạch số: 3838/KH-UBND ngày 28/12/2023 …`).
 */
import { foldSpaces } from '../text/normalize';
import { isoDate } from './dates';

export interface CitedReference {
  /** `3838/KH-UBND`, spaces removed. */
  number: string;
  /** The document kind in the number: `KH`, `QĐ`… */
  kind: string;
  issued: string | null;
}

/** The year an appendix title names: `NĂM 2024`, `năm 2024`, or a lone `2024` in a short title. */
export function titleYear(text: string): number | null {
  const t = foldSpaces(text.normalize('NFC'));
  const m = /n[ăa]m\s+(\d{4})/iu.exec(t);
  if (m) return Number(m[1]);
  return null;
}

/** The plan reference a title cites, or null. Tolerates spaces inside (`3838 /QĐ-UBND ngày 28 /12/2023`). */
export function citedReference(text: string): CitedReference | null {
  const t = foldSpaces(text.normalize('NFC'));
  // Letters as a range through Vietnamese's (À…ỹ, Đ and đ included), not \p{L}: V8 takes ~5 ms to
  // compile a case-insensitive property class, a tenth of checking a 1,000-row plan.
  const m = /(?:số|so)\s*:?\s*(\d+)\s*\/\s*([A-Za-zÀ-ỹ]+)\s*-\s*([A-Za-zÀ-ỹ]+)/iu.exec(t);
  if (!m) return null;
  const kind = m[2].toUpperCase();
  const number = `${m[1]}/${kind}-${m[3].toUpperCase()}`;
  const d = /ng[àa]y\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/iu.exec(t.slice((m.index ?? 0) + m[0].length));
  const issued = d ? isoDate(Number(d[3]), Number(d[2]), Number(d[1])) : null;
  return { number, kind, issued };
}

/** The kind of document a title says it is attached to: `Kế hoạch` → KH, `Quyết định` → QĐ. */
export function citedDocumentKind(text: string): string | null {
  const t = text.normalize('NFC').toLowerCase();
  if (/kế\s*hoạch|ke\s*hoach/u.test(t)) return 'KH';
  if (/quyết\s*định|quyet\s*dinh/u.test(t)) return 'QĐ';
  return null;
}
