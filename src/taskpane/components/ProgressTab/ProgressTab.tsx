/** Tiến độ: each indicator's consolidated rate against its target, the unit matrix, task states. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ConsolidationResult } from '../../../core/consolidate';
import { useStrings } from '../../i18n/LangContext';
import { usePane } from '../../state/PaneContext';
import { paneCodeError } from '../../errors/paneCodeError';
import { useFocusRequest } from '../../state/useFocusRequest';
import { AsOfField } from '../AsOfField/AsOfField';
import { usePanelStyles } from '../panelStyles';
import { AsOfLine } from './AsOfLine';
import { IndicatorBar } from './IndicatorBar';
import { TaskCounts } from './TaskCounts';
import { UnitMatrix } from './UnitMatrix';
import { Headline } from './Headline';
import { PeriodFields, type PeriodChoice } from './PeriodFields';

const useStyles = makeStyles({
  controls: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalS,
    marginBlock: tokens.spacingVerticalS,
  },
});

export function ProgressTab() {
  const { host, engine, task, fileName, setReading, columns, asOf, setAsOf } = usePane();
  const s = useStrings();
  const styles = useStyles();
  const panel = usePanelStyles();
  const [result, setResult] = useState<ConsolidationResult | null>(null);
  const [choice, setChoice] = useState<PeriodChoice>({ period: '', preferLatest: false });
  const [heading, focusHeading] = useFocusRequest<HTMLHeadingElement>();

  const compute = async () => {
    if (!asOf) {
      task.fail(paneCodeError('bad-date'));
      return;
    }
    const done = await task.run('consolidating', async (options) => {
      const grids = await host.readGrids(options);
      const { plan, result: r } = await engine.consolidate(grids, fileName, asOf, options, {
        ...choice,
        columns: await columns.ready(),
      });
      setReading(plan);
      setResult(r);
      return true;
    });
    if (done) focusHeading();
  };

  return (
    <div>
      <p className={panel.intro}>{s.progress.intro}</p>
      <div className={styles.controls}>
        <PeriodFields value={choice} onChange={setChoice} onAsOf={setAsOf} testId="progress" />
        <AsOfField testId="as-of" />
        <Button
          appearance="primary"
          onClick={() => void compute()}
          disabledFocusable={task.busy !== null}
          data-testid="run-progress"
        >
          {s.progress.run}
        </Button>
      </div>
      {result ? (
        <>
          <h2 ref={heading} tabIndex={-1} className={panel.heading} data-testid="progress-heading">
            {s.progress.resultsHeading}
          </h2>
          <AsOfLine asOf={result.asOf} />
          {result.submissions.length === 0 ? (
            <p data-testid="no-submissions">{s.progress.noSubmissions}</p>
          ) : (
            <>
              <p data-testid="submission-count">{s.progress.submissions(result.submissions.length)}</p>
              <Headline result={result} />
              <h3 className={panel.subheading}>{s.progress.indicator}</h3>
              {result.indicators.map((i) => (
                <IndicatorBar key={i.id} indicator={i} />
              ))}
              <h3 className={panel.subheading}>{s.progress.matrix}</h3>
              <UnitMatrix result={result} />
              <h3 className={panel.subheading}>{s.progress.tasks}</h3>
              <TaskCounts result={result} />
            </>
          )}
        </>
      ) : null}
    </div>
  );
}
