/**
 * Who submitted: units that sent more than one report for the period (every copy left out, or with
 * `preferLatest` the later one used), and, with a list of expected units, who is missing and who
 * is not on the list. Names compare by unitKey.
 */
import { makeFinding, type Finding } from '../findings/finding';
import { readable } from '../text/normalize';
import { severityOf } from './codes';
import { unitKey } from './keys';
import { diffCopies, MAX_CHANGES, orderCopies } from './resubmissions';
import type { Resubmission, Submission } from './types';

export interface UnitCheck {
  /** Every copy of a unit that submitted more than once, when none was chosen: all left out. */
  duplicates: Set<Submission>;
  /** Copies replaced by a later one (`preferLatest`): not consolidated, not shown per unit. */
  superseded: Set<Submission>;
  resubmissions: Resubmission[];
  findings: Finding[];
}

const where = (s: Submission) => `${s.file ?? ''}${s.file ? ' › ' : ''}${s.sheet}`;

export function checkUnits(
  submissions: readonly Submission[],
  expected: readonly string[] | undefined,
  preferLatest = false,
): UnitCheck {
  const byKey = new Map<string, Submission[]>();
  for (const s of submissions) {
    const k = unitKey(s.unit);
    const list = byKey.get(k);
    if (list) list.push(s);
    else byKey.set(k, [s]);
  }
  const duplicates = new Set<Submission>();
  const superseded = new Set<Submission>();
  const resubmissions: Resubmission[] = [];
  const findings: Finding[] = [];
  for (const copies of byKey.values()) {
    if (copies.length < 2) continue;
    const { ordered, basis } = orderCopies(copies);
    const changes = diffCopies(ordered[0], ordered[ordered.length - 1]);
    const chosen = preferLatest && basis !== null ? ordered[ordered.length - 1] : null;
    resubmissions.push({
      unit: copies[0].unit,
      period: copies[0].period,
      copies: ordered.map((c) => ({
        file: c.file,
        sheet: c.sheet,
        reportDate: c.reportDate ?? null,
        modified: c.modified ?? null,
      })),
      used: chosen ? ordered.length - 1 : null,
      basis,
      changes: changes.slice(0, MAX_CHANGES),
    });
    if (chosen) {
      for (const s of copies) if (s !== chosen) superseded.add(s);
      findings.push(
        makeFinding(
          'resubmission',
          severityOf('resubmission'),
          { file: chosen.file, sheet: chosen.sheet, ...chosen.unitCell },
          chosen.unit,
          {
            unit: chosen.unit,
            copies: copies.length,
            others: ordered
              .filter((o) => o !== chosen)
              .map(where)
              .join('; '),
            basis,
            date: basis === 'report-date' ? (chosen.reportDate ?? null) : (chosen.modified ?? null),
            changes: changes.length,
          },
        ),
      );
      continue;
    }
    for (const s of copies) {
      duplicates.add(s);
      findings.push(
        makeFinding(
          'duplicate-submission',
          severityOf('duplicate-submission'),
          { file: s.file, sheet: s.sheet, ...s.unitCell },
          s.unit,
          {
            unit: s.unit,
            copies: copies.length,
            others: copies
              .filter((o) => o !== s)
              .map(where)
              .join('; '),
            changes: changes.length,
            // Asked to choose, but no date tells the copies apart.
            undecided: preferLatest,
          },
        ),
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
      if (!byKey.has(k))
        findings.push(makeFinding('missing-submission', severityOf('missing-submission'), {}, name, { unit: name }));
    }
    for (const s of submissions) {
      if (!expectedKeys.has(unitKey(s.unit))) {
        findings.push(
          makeFinding(
            'unknown-unit',
            severityOf('unknown-unit'),
            { file: s.file, sheet: s.sheet, ...s.unitCell },
            s.unit,
            { unit: s.unit },
          ),
        );
      }
    }
  }
  return { duplicates, superseded, resubmissions, findings };
}
