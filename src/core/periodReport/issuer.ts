/**
 * The issuing body, as the plan's appendix titles name it (`… Kế hoạch số 3838/KH-UBND ngày
 * 28/12/2023 của UBND thị xã Kiến Tường`), and how the report's heading writes it: the body in
 * full and upper case over two lines (`ỦY BAN NHÂN DÂN` / `THỊ XÃ KIẾN TƯỜNG`), the place name for
 * the date line (`Kiến Tường, ngày …`).
 */
import { cleanChars, foldSpaces } from '../text/normalize';

export interface Issuer {
  /** As written: `UBND thị xã Kiến Tường`. */
  name: string;
  /** A People's Committee (UBND): its reports are numbered `…/BC-UBND` and signed `TM. ỦY BAN NHÂN DÂN`. */
  isCommittee: boolean;
  /** `thị xã`, `huyện`, `xã`, …; null when the name gives none. */
  level: string | null;
  /** `Kiến Tường`; null when the name gives none. */
  place: string | null;
}

const LEVELS = ['thành phố', 'thị xã', 'thị trấn', 'tỉnh', 'huyện', 'quận', 'phường', 'xã'];
const COMMITTEE = /^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+/iu;
/** The body after `của`, up to the closing bracket or the end of the title. */
const OF_BODY = /\bcủa\s+((?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Sở|Phòng|Ban|Văn phòng)[^()]{1,120})/iu;

export function parseIssuer(name: string): Issuer {
  const clean = foldSpaces(cleanChars(name)).replace(/[.)\s]+$/u, '');
  const isCommittee = COMMITTEE.test(clean);
  const rest = clean.replace(COMMITTEE, '');
  const lower = rest.toLowerCase();
  const level = isCommittee ? (LEVELS.find((l) => lower.startsWith(`${l} `)) ?? null) : null;
  const place = level ? rest.slice(level.length).trim() || null : null;
  return { name: clean, isCommittee, level, place };
}

/** The issuer named in the first title that says `… của <body>`, or null. */
export function issuerFromTitles(titles: readonly string[]): Issuer | null {
  for (const t of titles) {
    const m = OF_BODY.exec(cleanChars(t));
    if (m) return parseIssuer(m[1]);
  }
  return null;
}

/** The heading block's lines: `ỦY BAN NHÂN DÂN` / `THỊ XÃ KIẾN TƯỜNG`, or the name in upper case. */
export function issuerLines(issuer: Issuer): string[] {
  if (!issuer.isCommittee) return [issuer.name.toLocaleUpperCase('vi')];
  const rest = issuer.name.replace(COMMITTEE, '');
  return ['ỦY BAN NHÂN DÂN', rest.toLocaleUpperCase('vi')];
}
