/**
 * Who submitted: duplicates (every copy left out until resolved), and, with a list of expected
 * units, who is missing and who is not on the list. Names compare by unitKey.
 */
import { makeFinding, type Finding } from '../findings/finding';
import { readable } from '../text/normalize';
import { severityOf } from './codes';
import { unitKey } from './keys';
import type { Submission } from './types';

export interface UnitCheck {
  /** Submissions whose unit submitted more than once. */
  duplicates: Set<Submission>;
  findings: Finding[];
}

export function checkUnits(submissions: readonly Submission[], expected: readonly string[] | undefined): UnitCheck {
  const byKey = new Map<string, Submission[]>();
  for (const s of submissions) {
    const k = unitKey(s.unit);
    const list = byKey.get(k);
    if (list) list.push(s);
    else byKey.set(k, [s]);
  }
  const duplicates = new Set<Submission>();
  const findings: Finding[] = [];
  for (const copies of byKey.values()) {
    if (copies.length < 2) continue;
    for (const s of copies) {
      duplicates.add(s);
      const others = copies.filter((o) => o !== s).map((o) => `${o.file ?? ''}${o.file ? ' › ' : ''}${o.sheet}`);
      findings.push(
        makeFinding('duplicate-submission', severityOf('duplicate-submission'), { file: s.file, sheet: s.sheet, ...s.unitCell }, s.unit, {
          unit: s.unit,
          copies: copies.length,
          others: others.join('; '),
        }),
      );
    }
  }
  if (expected) {
    const expectedKeys = new Set<string>();
    for (const raw of expected) {
      const name = readable(raw);
      if (!name) continue;
      const k = unitKey(name);
      if (expectedKeys.has(k)) continue;
      expectedKeys.add(k);
      if (!byKey.has(k)) findings.push(makeFinding('missing-submission', severityOf('missing-submission'), {}, name, { unit: name }));
    }
    for (const s of submissions) {
      if (!expectedKeys.has(unitKey(s.unit))) {
        findings.push(makeFinding('unknown-unit', severityOf('unknown-unit'), { file: s.file, sheet: s.sheet, ...s.unitCell }, s.unit, { unit: s.unit }));
      }
    }
  }
  return { duplicates, findings };
}
