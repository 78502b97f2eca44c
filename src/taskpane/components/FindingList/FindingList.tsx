/**
 * Findings grouped by severity, filterable by severity and text; the same list in Kiểm tra and
 * Tổng hợp. The severity filters are toggle buttons whose pressed state shows as a filled button
 * with a tick, and as an outline without one (never by a faint shade alone).
 */
import { Button, Input, ToggleButton, makeStyles, tokens, useId } from '@fluentui/react-components';
import { type ReactNode, useState } from 'react';
import type { Finding } from '../../../core/findings/finding';
import { SEVERITY_GROUP_LABELS } from '../../../core/i18n/severity';
import { useLang, useStrings } from '../../i18n/LangContext';
import { FindingItem } from './FindingItem';
import { SEVERITIES, type ShownFinding, useFindingFilter } from './useFindingFilter';

const useStyles = makeStyles({
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'center',
    marginBlock: tokens.spacingVerticalS,
  },
  off: { color: tokens.colorNeutralForeground3, textDecorationLine: 'line-through' },
  search: { display: 'flex', flexDirection: 'column', gap: '2px', marginBottom: tokens.spacingVerticalS },
  group: { marginBottom: tokens.spacingVerticalM },
  heading: { fontSize: tokens.fontSizeBase300, margin: `0 0 ${tokens.spacingVerticalXS}` },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  count: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
});

const PAGE = 200;

export interface FindingListProps {
  findings: readonly Finding[];
  onSelect: (f: ShownFinding) => void;
  /** Whether a click selects the cell (Excel) or opens the rows around it below the finding. */
  selects: boolean;
  /** The finding opened below, and what to show there. */
  expanded?: { key: string; content: ReactNode } | null;
  /** Heading level of the severity groups (one below the tab's results heading). */
  level?: 3 | 4;
}

export function FindingList({ findings, onSelect, selects, expanded = null, level = 3 }: FindingListProps) {
  const { lang } = useLang();
  const s = useStrings();
  const styles = useStyles();
  const searchId = useId('search');
  const { all, shown, severities, toggle, query, setQuery } = useFindingFilter(findings, lang);
  // A hostile workbook can yield thousands of findings: render a page at a time so the pane stays responsive.
  const [limit, setLimit] = useState(PAGE);
  if (all.length === 0) return <p data-testid="no-findings">{s.check.noFindings}</p>;
  const H = level === 3 ? 'h3' : 'h4';
  return (
    <section aria-label={s.check.findingsLabel}>
      <div role="group" aria-label={s.check.filterLabel} className={styles.filters}>
        {SEVERITIES.map((sev) => {
          const on = severities.has(sev);
          return (
            <ToggleButton
              key={sev}
              size="small"
              shape="circular"
              appearance={on ? 'primary' : 'outline'}
              checked={on}
              onClick={() => toggle(sev)}
              data-testid={`filter-${sev}`}
            >
              <span aria-hidden="true">{on ? '✓ ' : ''}</span>
              <span className={on ? undefined : styles.off}>
                {s.check.severity[sev]} ({all.filter((x) => x.finding.severity === sev).length})
              </span>
            </ToggleButton>
          );
        })}
      </div>
      <div className={styles.search}>
        <label htmlFor={searchId}>{s.check.searchLabel}</label>
        <Input
          id={searchId}
          type="search"
          value={query}
          placeholder={s.check.searchPlaceholder}
          onChange={(_, d) => setQuery(d.value)}
          data-testid="finding-search"
        />
      </div>
      <p className={styles.count} aria-live="polite">
        {s.check.shown(shown.length, all.length)}
      </p>
      {shown.length === 0 ? <p>{s.check.noMatch}</p> : null}
      {SEVERITIES.map((sev) => {
        const group = shown.filter((x) => x.finding.severity === sev);
        const visible = group.slice(0, limit);
        if (group.length === 0) return null;
        return (
          <div key={sev} className={styles.group}>
            <H className={styles.heading}>
              {SEVERITY_GROUP_LABELS[lang][sev]} ({group.length})
            </H>
            <ul className={styles.list}>
              {visible.map((item) => (
                <li key={item.key}>
                  <FindingItem
                    item={item}
                    onSelect={onSelect}
                    selects={selects}
                    expanded={expanded?.key === item.key}
                  />
                  {expanded?.key === item.key ? expanded.content : null}
                </li>
              ))}
            </ul>
            {group.length > visible.length ? (
              <Button
                size="small"
                appearance="subtle"
                onClick={() => setLimit((n) => n + PAGE)}
                data-testid={`more-${sev}`}
              >
                {s.check.showMore(group.length - visible.length)}
              </Button>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
