/** Which findings are shown: by severity toggles and a free-text search over code, place and message. */
import { useMemo, useState } from 'react';
import type { Finding } from '../../../core/findings/finding';
import { placeOf, renderMessage } from '../../../core/findings/render';
import type { Lang } from '../../../core/i18n/lang';
import type { Severity } from '../../../core/schema';
import { stripAccents } from '../../../core/text/accents';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface ShownFinding {
  finding: Finding;
  message: string;
  place: string;
  key: string;
}

/** Folded for search: case and diacritics ignored, as users type without them. */
function fold(s: string): string {
  return stripAccents(s).toLowerCase();
}

export function useFindingFilter(findings: readonly Finding[], lang: Lang) {
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(new Set(SEVERITIES));
  const [query, setQuery] = useState('');
  const all = useMemo<ShownFinding[]>(
    () =>
      findings.map((f, i) => ({
        finding: f,
        message: renderMessage(f, lang),
        place: placeOf(f, lang),
        key: `${i}-${f.code}-${f.cell ?? ''}`,
      })),
    [findings, lang],
  );
  const shown = useMemo(() => {
    const q = fold(query.trim());
    return all.filter(
      (s) =>
        severities.has(s.finding.severity) && (!q || fold(`${s.finding.code} ${s.place} ${s.message}`).includes(q)),
    );
  }, [all, severities, query]);
  const toggle = (sev: Severity) =>
    setSeverities((prev) => {
      const next = new Set(prev);
      if (next.has(sev)) next.delete(sev);
      else next.add(sev);
      return next;
    });
  return { all, shown, severities, toggle, query, setQuery };
}
