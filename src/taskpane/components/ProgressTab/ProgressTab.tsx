/** Tiến độ: each indicator's consolidated rate against its target, the unit matrix, task states. */
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ConsolidationResult } from '../../../core/consolidate';
import { todayIso } from '../../engine/today';
import { useStrings } from '../../i18n/LangContext';
import { usePane } from '../../state/PaneContext';
import { IndicatorBar } from './IndicatorBar';
import { TaskCounts } from './TaskCounts';
import { UnitMatrix } from './UnitMatrix';

const useStyles = makeStyles({
  controls: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, marginBlock: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase400, marginBlock: `${tokens.spacingVerticalM} ${tokens.spacingVerticalXS}` },
  intro: { marginTop: 0 },
});

export function ProgressTab() {
  const { host, engine, task, fileName, setReading } = usePane();
  const s = useStrings();
  const styles = useStyles();
  const [asOf, setAsOf] = useState(todayIso());
  const [result, setResult] = useState<ConsolidationResult | null>(null);

  const compute = () =>
    task.run('consolidating', async (options) => {
      const grids = await host.readGrids(options);
      const { plan, result: r } = await engine.consolidate(grids, fileName, /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : todayIso(), options);
      setReading(plan);
      setResult(r);
    });

  return (
    <div>
      <p className={styles.intro}>{s.progress.intro}</p>
      <div className={styles.controls}>
        <Field label={s.progress.asOf}>
          <Input type="date" value={asOf} onChange={(_, d) => setAsOf(d.value)} data-testid="as-of" />
        </Field>
        <Button appearance="primary" onClick={compute} disabled={task.busy !== null} data-testid="run-progress">
          {s.progress.run}
        </Button>
      </div>
      {result ? (
        result.submissions.length === 0 ? (
          <p data-testid="no-submissions">{s.progress.noSubmissions}</p>
        ) : (
          <>
            <p data-testid="submission-count">{s.progress.submissions(result.submissions.length)}</p>
            <h3 className={styles.heading}>{s.progress.indicator}</h3>
            {result.indicators.map((i) => (
              <IndicatorBar key={i.id} indicator={i} />
            ))}
            <h3 className={styles.heading}>{s.progress.matrix}</h3>
            <UnitMatrix result={result} />
            <h3 className={styles.heading}>{s.progress.tasks}</h3>
            <TaskCounts result={result} />
          </>
        )
      ) : null}
    </div>
  );
}
