/** Kiểm tra: read every sheet, show what was found and the findings; write them to a report. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import type { ColumnOverride } from '../../../core/locate/overrides';
import { findingsLayout } from '../../../core/report/findingsLayout';
import { reportFileName } from '../../format/reportFileName';
import { useLang, useStrings } from '../../i18n/LangContext';
import { usePane } from '../../state/PaneContext';
import { useFocusRequest } from '../../state/useFocusRequest';
import { CellPreview } from '../CellPreview/CellPreview';
import { FindingList } from '../FindingList/FindingList';
import { useShowFinding } from '../FindingList/useShowFinding';
import { usePanelStyles } from '../panelStyles';

// The mapping (Fluent's Dropdown, used nowhere else) loads with the first reading, not with the first screen.
const TableMapping = lazy(() =>
  import(/* webpackChunkName: "mapping" */ '../TableMapping/TableMapping').then((m) => ({ default: m.TableMapping })),
);
import { ReadingSummary } from './ReadingSummary';
import { WordImport } from '../WordTools/WordImport';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginBlock: tokens.spacingVerticalS },
});

export function CheckTab() {
  const { host, engine, task, reading, setReading, fileName, columns } = usePane();
  const { lang } = useLang();
  const s = useStrings();
  const styles = useStyles();
  const panel = usePanelStyles();
  const busy = task.busy !== null;
  const [heading, focusHeading] = useFocusRequest<HTMLHeadingElement>();
  const { preview, show } = useShowFinding();

  const runCheck = async (chosen?: ColumnOverride[]) => {
    const done = await task.run('reading', async (options) => {
      // A choice made in the mapping is kept first (workbook.settings inside Excel), then used.
      if (chosen) await columns.update(chosen);
      const overrides = chosen ?? (await columns.ready());
      const grids = await host.readGrids(options);
      setReading(await engine.check(grids, fileName, options, overrides));
      return true;
    });
    // A new mapping re-checks in place: focus stays in the mapping the user is working in.
    if (done && !chosen) focusHeading();
  };

  const writeReport = () =>
    task.run('writing', async (options) => {
      if (!reading) return;
      const layout = findingsLayout([{ file: fileName ?? '', reading }], lang);
      const out = await host.writeSheets([layout], 'report', reportFileName(fileName, s.tabs.check), options);
      task.setNotice({
        intent: 'success',
        focus: true,
        text: (w) =>
          out.kind === 'sheets' ? w.check.reportWritten(out.sheets[0]) : w.check.reportDownloaded(out.fileName),
      });
    });

  return (
    <div>
      <p className={panel.intro}>{s.check.intro}</p>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void runCheck()} disabledFocusable={busy} data-testid="run-check">
          {s.check.run}
        </Button>
        {reading ? (
          <Button onClick={() => void writeReport()} disabledFocusable={busy} data-testid="write-report">
            {host.kind === 'excel' ? s.check.writeReport : s.check.downloadReport}
          </Button>
        ) : null}
      </div>
      <WordImport />
      {reading ? (
        <>
          <h2 ref={heading} tabIndex={-1} className={panel.heading} data-testid="check-heading">
            {s.check.resultsHeading}
          </h2>
          <ReadingSummary reading={reading} />
          <Suspense fallback={null}>
            <TableMapping
              reading={reading}
              overrides={columns.overrides}
              persisted={columns.persisted}
              disabled={busy}
              onChange={(next) => void runCheck(next)}
            />
          </Suspense>
          <FindingList
            findings={reading.findings}
            selects={host.kind === 'excel'}
            onSelect={show}
            expanded={
              preview
                ? { key: preview.key, content: <CellPreview window={preview.window} file={preview.file} /> }
                : null
            }
          />
        </>
      ) : null}
    </div>
  );
}
