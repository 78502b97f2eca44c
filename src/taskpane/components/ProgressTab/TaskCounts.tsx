/** Tasks done / in progress / not started / unreported, and which are overdue as of the date picked. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ConsolidationResult } from '../../../core/consolidate';
import { formatDate } from '../../../core/i18n/format';
import { useStrings } from '../../i18n/LangContext';

const useStyles = makeStyles({
  counts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(7em, 1fr))',
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  item: {
    padding: tokens.spacingVerticalXS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  overdueItem: { backgroundColor: tokens.colorPaletteRedBackground1 },
  term: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  list: { paddingInlineStart: '1.2em', fontSize: tokens.fontSizeBase200 },
});

export function TaskCounts({ result }: { result: ConsolidationResult }) {
  const s = useStrings();
  const styles = useStyles();
  const by = (st: string) => result.tasks.filter((t) => t.status === st).length;
  const overdue = result.tasks.filter((t) => t.overdue);
  const items: [string, string, number][] = [
    ['done', s.progress.done, by('done')],
    ['in-progress', s.progress.inProgress, by('in-progress')],
    ['not-started', s.progress.notStarted, by('not-started')],
    ['unreported', s.progress.unreported, by('unreported')],
    ['overdue', s.progress.overdue, overdue.length],
  ];
  return (
    <section>
      <dl className={styles.counts}>
        {items.map(([key, term, n]) => (
          <div key={key} className={`${styles.item} ${key === 'overdue' && n > 0 ? styles.overdueItem : ''}`}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value} data-testid={`tasks-${key}`}>
              {n}
            </dd>
          </div>
        ))}
      </dl>
      {overdue.length > 0 ? (
        <ul className={styles.list} aria-label={s.progress.overdue}>
          {overdue.slice(0, 50).map((t) => (
            <li key={t.code}>
              {t.code} · {formatDate(t.due)} · {t.task}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
