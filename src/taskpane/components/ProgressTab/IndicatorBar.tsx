/**
 * An indicator's consolidated rate as a bar with its target marked. The numbers are also written
 * out in text, and the bar is an ARIA meter with its value, so colour is never the only carrier of
 * meaning; an indicator without data has no meter at all (a meter must have a value). The
 * indicator's text wraps: nothing is hidden in a hover tooltip.
 */
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { IndicatorResult } from '../../../core/consolidate';
import { COMPARATOR_SIGN } from '../../../core/consolidate/planItems';
import { formatPercent } from '../../../core/i18n/format';
import { useLang, useStrings } from '../../i18n/LangContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '2px', paddingBlock: tokens.spacingVerticalXS },
  head: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'baseline' },
  id: { fontWeight: tokens.fontWeightSemibold },
  text: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
    minWidth: 0,
    flexBasis: '100%',
    margin: 0,
  },
  track: {
    position: 'relative',
    height: '12px',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground4,
  },
  fill: { position: 'absolute', insetBlock: 0, insetInlineStart: 0, borderRadius: tokens.borderRadiusSmall },
  met: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  notMet: { backgroundColor: tokens.colorPaletteRedBackground3 },
  marker: {
    position: 'absolute',
    top: '-3px',
    bottom: '-3px',
    width: '2px',
    marginInlineStart: '-1px',
    backgroundColor: tokens.colorNeutralForeground1,
  },
  numbers: { fontSize: tokens.fontSizeBase200 },
});

export function IndicatorBar({ indicator }: { indicator: IndicatorResult }) {
  const { lang } = useLang();
  const s = useStrings();
  const styles = useStyles();
  const target = `${COMPARATOR_SIGN[indicator.comparator]} ${formatPercent(indicator.target, lang)}`;
  const rate = indicator.rate === null ? null : formatPercent(indicator.rate, lang, 1);
  const reporting = indicator.perUnit.filter((u) => u.state === 'included' || u.state === 'rate-only');
  const met = reporting.filter((u) => u.met === true).length;
  const status = indicator.met === null ? 'noData' : indicator.met ? 'met' : 'notMet';
  const clamp = (n: number) => Math.max(0, Math.min(100, n));
  return (
    <div className={styles.root} data-testid="indicator" data-id={indicator.id} data-status={status}>
      <div className={styles.head}>
        <span className={styles.id}>{s.progress.indicatorId(indicator.id)}</span>
        <Badge appearance="tint" color={status === 'met' ? 'success' : status === 'notMet' ? 'danger' : 'subtle'}>
          {s.progress[status]}
        </Badge>
        <span className={styles.numbers}>
          {rate === null ? s.progress.noRate : s.progress.rateIs(rate)} · {s.progress.target(target)} ·{' '}
          {s.progress.unitsMet(met, reporting.length)}
        </span>
        <p className={styles.text}>{indicator.text}</p>
      </div>
      {indicator.rate !== null && rate !== null ? (
        <div
          className={styles.track}
          role="meter"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={clamp(indicator.rate)}
          aria-valuetext={rate}
          aria-label={s.progress.barLabel(indicator.id, rate, target)}
        >
          <div
            className={`${styles.fill} ${indicator.met ? styles.met : styles.notMet}`}
            style={{ width: `${clamp(indicator.rate)}%` }}
          />
          <div className={styles.marker} style={{ insetInlineStart: `${clamp(indicator.target)}%` }} />
        </div>
      ) : null}
    </div>
  );
}
