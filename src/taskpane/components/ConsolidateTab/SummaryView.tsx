/**
 * The consolidation just made: how many units, as of which date, each indicator against its
 * target, and the findings in the same list as Kiểm tra, each naming the unit's own file and cell
 * (clicking one shows the rows around it in that file).
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { forwardRef } from 'react';
import type { ConsolidationResult } from '../../../core/consolidate';
import { useStrings } from '../../i18n/LangContext';
import { usePane } from '../../state/PaneContext';
import { CellPreview } from '../CellPreview/CellPreview';
import { FindingList } from '../FindingList/FindingList';
import { useShowFinding } from '../FindingList/useShowFinding';
import { usePanelStyles } from '../panelStyles';
import { AsOfLine } from '../ProgressTab/AsOfLine';
import { IndicatorBar } from '../ProgressTab/IndicatorBar';

const useStyles = makeStyles({
  counts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(6.5em, 1fr))',
    gap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  item: {
    padding: tokens.spacingVerticalXS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  term: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

export interface SummaryViewProps {
  result: ConsolidationResult;
  unitFile: (name: string) => Blob | null;
}

export const SummaryView = forwardRef<HTMLHeadingElement, SummaryViewProps>(function SummaryView(
  { result, unitFile },
  ref,
) {
  const s = useStrings();
  const { host } = usePane();
  const styles = useStyles();
  const panel = usePanelStyles();
  const { preview, show } = useShowFinding(unitFile);
  const units = new Set(result.submissions.map((x) => x.unit)).size;
  const counts: [string, string, number][] = [
    ['units', s.consolidate.unitsCount, units],
    ['met', s.consolidate.indicatorsMet, result.indicators.filter((i) => i.met === true).length],
    ['not-met', s.consolidate.indicatorsNotMet, result.indicators.filter((i) => i.met === false).length],
    ['no-data', s.consolidate.indicatorsNoData, result.indicators.filter((i) => i.met === null).length],
    ['overdue', s.consolidate.tasksOverdue, result.tasks.filter((t) => t.overdue).length],
  ];
  return (
    <section aria-labelledby="summary-heading" data-testid="summary">
      <h2 ref={ref} id="summary-heading" tabIndex={-1} className={panel.heading} data-testid="summary-heading">
        {s.consolidate.summaryHeading(units)}
      </h2>
      <AsOfLine asOf={result.asOf} />
      <dl className={styles.counts}>
        {counts.map(([key, term, n]) => (
          <div key={key} className={styles.item}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value} data-testid={`summary-${key}`}>
              {n}
            </dd>
          </div>
        ))}
      </dl>
      <h3 className={panel.subheading}>{s.progress.indicator}</h3>
      {result.indicators.map((i) => (
        <IndicatorBar key={i.id} indicator={i} />
      ))}
      <h3 className={panel.subheading} data-testid="consolidation-findings">
        {s.consolidate.findings(result.findings.length)}
      </h3>
      <FindingList
        findings={result.findings}
        level={4}
        selects={host.kind === 'excel'}
        onSelect={show}
        expanded={
          preview ? { key: preview.key, content: <CellPreview window={preview.window} file={preview.file} /> } : null
        }
      />
    </section>
  );
});
