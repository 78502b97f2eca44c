/** What the engine found in the workbook, as counts a user can compare with the plan's own totals. */
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { PlanReading } from '../../../core/readPlan';
import { formatDate } from '../../../core/i18n/format';
import { useStrings } from '../../i18n/LangContext';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(6.5em, 1fr))',
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    padding: tokens.spacingVerticalXS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  term: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  plan: {
    marginTop: tokens.spacingVerticalS,
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
});

export function ReadingSummary({ reading }: { reading: PlanReading }) {
  const s = useStrings();
  const styles = useStyles();
  const sum = reading.summary;
  const items: [string, string, string][] = [
    ['targets', s.check.targets, String(sum.targets)],
    ['indicators', s.check.indicators, String(sum.indicators)],
    ['tasks', s.check.tasks, String(sum.tasks)],
    ['plan-year', s.check.planYear, reading.planYear ? String(reading.planYear) : s.check.none],
  ];
  return (
    <section aria-label={s.check.found}>
      <dl className={styles.grid}>
        {items.map(([key, term, value]) => (
          <div key={key} className={styles.item}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value} data-testid={`count-${key}`}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <div className={styles.plan}>
        <Badge appearance="tint" color={sum.valid ? 'success' : 'danger'} data-testid="validity">
          {sum.valid ? s.check.valid : s.check.invalid}
        </Badge>
        {reading.plan.number ? (
          <span>
            {s.check.planNumber} {reading.plan.number}
            {reading.plan.issued ? ` (${formatDate(reading.plan.issued)})` : ''}
          </span>
        ) : null}
      </div>
    </section>
  );
}
