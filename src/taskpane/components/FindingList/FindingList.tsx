/** Findings grouped by severity, filterable by severity and text. */
import { Button, Input, ToggleButton, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useState } from 'react';
import type { Finding } from '../../../core/findings/finding';
import { useLang, useStrings } from '../../i18n/LangContext';
import { FindingItem } from './FindingItem';
import { SEVERITIES, type ShownFinding, useFindingFilter } from './useFindingFilter';

const useStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center', marginBlock: tokens.spacingVerticalS },
  search: { display: 'flex', flexDirection: 'column', gap: '2px', marginBottom: tokens.spacingVerticalS },
  group: { marginBottom: tokens.spacingVerticalM },
  heading: { fontSize: tokens.fontSizeBase300, margin: `0 0 ${tokens.spacingVerticalXS}` },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  count: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

const PAGE = 200;

export function FindingList({ findings, onSelect }: { findings: readonly Finding[]; onSelect: (f: ShownFinding) => void }) {
  const { lang } = useLang();
  const s = useStrings();
  const styles = useStyles();
  const searchId = useId('search');
  const { all, shown, severities, toggle, query, setQuery } = useFindingFilter(findings, lang);
  // A hostile workbook can yield thousands of findings: render a page at a time so the pane stays responsive.
  const [limit, setLimit] = useState(PAGE);
  if (all.length === 0) return <p data-testid="no-findings">{s.check.noFindings}</p>;
  return (
    <section>
      <div role="group" aria-label={s.check.filterLabel} className={styles.filters}>
        {SEVERITIES.map((sev) => (
          <ToggleButton key={sev} size="small" checked={severities.has(sev)} onClick={() => toggle(sev)} data-testid={`filter-${sev}`}>
            {s.check.severity[sev]} ({all.filter((x) => x.finding.severity === sev).length})
          </ToggleButton>
        ))}
      </div>
      <div className={styles.search}>
        <label htmlFor={searchId}>{s.check.searchLabel}</label>
        <Input id={searchId} type="search" value={query} placeholder={s.check.searchPlaceholder} onChange={(_, d) => setQuery(d.value)} data-testid="finding-search" />
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
            <h3 className={styles.heading}>
              {s.check.severity[sev]} ({group.length})
            </h3>
            <ul className={styles.list}>
              {visible.map((item) => (
                <li key={item.key}>
                  <FindingItem item={item} onSelect={onSelect} />
                </li>
              ))}
            </ul>
            {group.length > visible.length ? (
              <Button size="small" appearance="subtle" onClick={() => setLimit((n) => n + PAGE)} data-testid={`more-${sev}`}>
                {s.check.showMore(group.length - visible.length)}
              </Button>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
