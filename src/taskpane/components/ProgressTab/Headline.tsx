/**
 * The figures a report leads with (tasks done of those due, indicators met), the four timings and
 * "due soon", the ranking of units, the period over period rates, and units that resubmitted —
 * all from core's typed model, in core's vi/en wording.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ConsolidationResult } from '../../../core/consolidate';
import { TIMING_LABELS } from '../../../core/consolidate/tasks';
import {
  breakdownText,
  headlinePercent,
  indicatorsMetText,
  periodLine,
  tasksDoneText,
} from '../../../core/consolidate/headlineText';
import { useLang, useStrings } from '../../i18n/LangContext';

const useStyles = makeStyles({
  heading: { fontSize: tokens.fontSizeBase400, marginBlock: `${tokens.spacingVerticalM} ${tokens.spacingVerticalXS}` },
  lead: { fontWeight: tokens.fontWeightSemibold, marginBlock: tokens.spacingVerticalXS },
  small: { fontSize: tokens.fontSizeBase200, marginBlock: tokens.spacingVerticalXS },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, display: 'block', overflowX: 'auto' },
  cell: {
    padding: `2px ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'start',
  },
});

/** Units shown in the pane's ranking; the summary workbook lists them all. */
const RANKED_SHOWN = 20;

export function Headline({ result }: { result: ConsolidationResult }) {
  const { lang } = useLang();
  const s = useStrings();
  const styles = useStyles();
  const h = result.headline;
  const series = result.series;
  return (
    <section data-testid="headline">
      <h3 className={styles.heading}>{s.progress.headline}</h3>
      {result.period ? (
        <p className={styles.small} data-testid="period-line">
          {periodLine(result.period, lang)}
        </p>
      ) : null}
      <p className={styles.lead} data-testid="headline-tasks">
        {tasksDoneText(h.tasks, lang)}; {indicatorsMetText(h.indicators, lang)}.
      </p>
      <p className={styles.small} data-testid="headline-timing" aria-label={s.progress.timing}>
        {breakdownText(h.tasks, result.dueSoonDays, lang)}.
      </p>
      {h.units.length > 1 ? (
        <>
          <h3 className={styles.heading}>{s.progress.ranking}</h3>
          <ol className={styles.small} data-testid="ranking">
            {h.units.slice(0, RANKED_SHOWN).map((u) => (
              <li key={`${u.file ?? ''}|${u.sheet}`}>
                {u.rank === null ? '– ' : ''}
                {u.unit}: {tasksDoneText(u.tasks, lang)}; {indicatorsMetText(u.indicators, lang)}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {series ? (
        <>
          <h3 className={styles.heading}>{s.progress.series}</h3>
          <table className={styles.table} data-testid="series">
            <thead>
              <tr>
                <th className={styles.cell}>{s.progress.indicator}</th>
                {series.periods.map((p) => (
                  <th key={p.key} className={styles.cell} scope="col">
                    {p.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {series.indicators.map((i) => (
                <tr key={`i${i.id}`}>
                  <th className={styles.cell} scope="row">
                    {i.id}
                  </th>
                  {i.points.map((p, n) => (
                    <td key={n} className={styles.cell}>
                      {headlinePercent(p?.rate ?? null, lang)}
                    </td>
                  ))}
                </tr>
              ))}
              {series.tasks.map((t) => (
                <tr key={`t${t.code}`}>
                  <th className={styles.cell} scope="row">
                    {t.code}
                  </th>
                  {t.points.map((p, n) => (
                    <td key={n} className={styles.cell}>
                      {p ? TIMING_LABELS[lang][p.timing] : '—'}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {result.resubmissions.length ? (
        <>
          <h3 className={styles.heading}>{s.progress.resubmissions(result.resubmissions.length)}</h3>
          <ul className={styles.small} data-testid="resubmissions">
            {result.resubmissions.map((x) => {
              const c = x.used === null ? null : x.copies[x.used];
              return (
                <li key={x.unit}>
                  {x.unit}: {c ? s.progress.copyUsed(`${c.file ? `${c.file} › ` : ''}${c.sheet}`) : s.progress.copyNone}
                  ; {s.progress.changes(x.changes.length)}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}
