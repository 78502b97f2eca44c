/**
 * Numbering: STT 1, 2, 3… (a restart at 1 under a new section is allowed) and task codes 1.1, 1.2…
 * within each area, areas 1, 2, 3…; gaps and duplicates are flagged where they occur.
 */
import type { Finding } from '../findings/finding';
import type { ReadTable } from '../read/readTable';
import type { Check } from './context';
import { finding } from './context';

interface Numbered {
  row: number;
  n: number;
  label: string;
  /** Numbering may restart at 1 here (first row of a new section). */
  restartAllowed: boolean;
}

function sequenceFindings(t: ReadTable, column: string | null, items: Numbered[], prefix: string): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  let prev = 0;
  for (const it of items) {
    // The place is made only for a finding: a well-numbered plan of 50,000 tasks has none.
    const place = () => ({ sheet: t.sheet, row: it.row, column });
    if (it.restartAllowed && it.n === 1 && prev > 0) {
      prev = 0;
      seen.clear();
    }
    if (seen.has(it.label)) out.push(finding('numbering-duplicate', place(), it.label, { number: it.label }));
    seen.add(it.label);
    if (it.n > prev + 1) {
      const from = `${prefix}${prev + 1}`;
      const to = `${prefix}${it.n - 1}`;
      out.push(
        finding('numbering-gap', place(), it.label, {
          number: it.label,
          missing: from === to ? from : `${from}–${to}`,
        }),
      );
    }
    if (it.n > prev) prev = it.n;
  }
  return out;
}

function targetNumbering(t: ReadTable): Finding[] {
  let lastSection: string | null | undefined;
  const items: Numbered[] = [];
  for (const x of t.targets) {
    if (x.stt === null) continue;
    // A section without a numeral is told apart by its title.
    const section = x.section ?? x.sectionTitle;
    items.push({ row: x.row, n: x.stt, label: String(x.stt), restartAllowed: section !== lastSection });
    lastSection = section;
  }
  return sequenceFindings(t, t.columns.stt ?? null, items, '');
}

function taskNumbering(t: ReadTable): Finding[] {
  const column = t.columns.text ?? null;
  const dotted = t.tasks.filter((x) => /^\d+\.\d+/.test(x.code));
  if (dotted.length === 0) {
    const items = t.tasks
      .filter((x) => /^\d+$/.test(x.code))
      .map((x) => ({ row: x.row, n: Number(x.code), label: x.code, restartAllowed: false }));
    return sequenceFindings(t, t.columns.stt ?? column, items, '');
  }
  const out: Finding[] = [];
  // Areas in order of first appearance, each area's own sequence of second numbers.
  const areas = new Map<number, Numbered[]>();
  const areaOrder: Numbered[] = [];
  for (const x of dotted) {
    // Split once: the area, the number within it, and the two as the label.
    const parts = x.code.split('.');
    const a = Number(parts[0]);
    let list = areas.get(a);
    if (list === undefined) {
      areas.set(a, (list = []));
      areaOrder.push({ row: x.row, n: a, label: String(a), restartAllowed: false });
    }
    // A two-part code is its own label: no new string for each of 50,000 tasks.
    const label = parts.length === 2 ? x.code : `${parts[0]}.${parts[1]}`;
    list.push({ row: x.row, n: Number(parts[1]), label, restartAllowed: false });
  }
  out.push(...sequenceFindings(t, column, areaOrder, ''));
  for (const [a, items] of areas) out.push(...sequenceFindings(t, column, items, `${a}.`));
  return out;
}

export const numbering: Check = (ctx) =>
  ctx.tables.flatMap((t) => (t.located.kind === 'targets' ? targetNumbering(t) : taskNumbering(t)));
