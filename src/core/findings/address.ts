/**
 * Where a finding points in its sheet, as an A1 address a host can select: its cell (`G16`), or
 * the whole row (`16:16`) for a finding about a row (a section, a totals line).
 */
import type { Finding } from './finding';

/** Null when the finding names no row (a finding about a whole sheet or the workbook). */
export function addressOf(f: Pick<Finding, 'row' | 'cell'>): string | null {
  if (f.cell) return f.cell;
  return f.row !== null ? `${f.row}:${f.row}` : null;
}
