/**
 * Numbers typed as text, Vietnamese style: `.` groups thousands and `,` marks decimals
 * (`1.200` is one thousand two hundred, `15,5` fifteen and a half). English style is read too when
 * it cannot be mistaken (`1,200.5`).
 */
import { cleanChars } from '../text/normalize';

const GROUPED_DOTS = /^\d{1,3}(\.\d{3})+$/;
const GROUPED_COMMAS = /^\d{1,3}(,\d{3}){2,}$/;

/** Reads the numeric part of a string; null when it is not a plain number. */
export function parseVietnameseNumber(input: string): number | null {
  let s = cleanChars(input).replace(/\s+/g, '');
  if (!s) return null;
  let sign = 1;
  if (/^[-−–]/.test(s)) {
    sign = -1;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  let normalised: string;
  const hasDot = s.includes('.');
  const hasComma = s.includes(',');
  if (hasDot && hasComma) {
    const decimalIsComma = s.lastIndexOf(',') > s.lastIndexOf('.');
    const [group, dec] = decimalIsComma ? ['.', ','] : [',', '.'];
    const parts = s.split(dec);
    if (parts.length !== 2) return null;
    const intPart = parts[0].split(group);
    if (intPart.slice(1).some((g) => g.length !== 3)) return null;
    normalised = `${intPart.join('')}.${parts[1]}`;
  } else if (hasDot) {
    if (GROUPED_DOTS.test(s)) normalised = s.replace(/\./g, '');
    else if ((s.match(/\./g) ?? []).length === 1) normalised = s;
    else return null;
  } else if (hasComma) {
    if (GROUPED_COMMAS.test(s)) normalised = s.replace(/,/g, '');
    else if ((s.match(/,/g) ?? []).length === 1) normalised = s.replace(',', '.');
    else return null;
  } else normalised = s;
  if (normalised.startsWith('.') || normalised.endsWith('.')) return null;
  const n = Number(normalised);
  return Number.isFinite(n) ? sign * n : null;
}
