/**
 * Agency and unit names in their short and long forms: `Phòng TC-KT` = `Phòng Tài chính - Kế hoạch`,
 * `Phòng VH&TT` = `Phòng Văn hoá và Thông tin`, `hoá` = `hóa`, `UBND` = `Ủy ban nhân dân`.
 * Two names are the same agency when their keys are equal.
 */
import { foldKey } from './normalize';

/** Abbreviations (as folded word sequences) and what they stand for. Longer ones first. */
const ALIASES: readonly [string, string][] = [
  ['tc kt', 'tai chinh ke hoach'],
  ['tc kh', 'tai chinh ke hoach'],
  ['tckh', 'tai chinh ke hoach'],
  ['tckt', 'tai chinh ke hoach'],
  ['vh va tt', 'van hoa va thong tin'],
  ['vh tt', 'van hoa va thong tin'],
  ['vhtt', 'van hoa va thong tin'],
  ['tn va mt', 'tai nguyen va moi truong'],
  ['tnmt', 'tai nguyen va moi truong'],
  ['ld tb va xh', 'lao dong thuong binh va xa hoi'],
  ['ldtbxh', 'lao dong thuong binh va xa hoi'],
  ['kt va ht', 'kinh te va ha tang'],
  ['qlđt', 'quan ly do thi'],
  ['qldt', 'quan ly do thi'],
  ['gd va dt', 'giao duc va dao tao'],
  ['gddt', 'giao duc va dao tao'],
  ['vp', 'van phong'],
  ['ubnd', 'uy ban nhan dan'],
  ['hdnd', 'hoi dong nhan dan'],
  ['p', 'phuong'],
  ['tx', 'thi xa'],
];

const ALIAS_RE = new RegExp(`(?:^| )(${ALIASES.map(([a]) => a.replace(/ /g, ' ')).join('|')})(?= |$)`, 'g');
const EXPAND = new Map(ALIASES);

/** The comparison key of an agency or unit name. */
export function agencyKey(name: string): string {
  const folded = foldKey(name).replace(/\buy ban\b/g, 'uy ban');
  return folded
    .replace(ALIAS_RE, (whole, abbr: string) => `${whole.startsWith(' ') ? ' ' : ''}${EXPAND.get(abbr) ?? abbr}`)
    .replace(/\s+/g, ' ')
    .trim();
}

export function sameAgency(a: string, b: string): boolean {
  return agencyKey(a) === agencyKey(b);
}
