/** Kiểm tra: read every sheet, show what was found and the findings; write them to a report. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { findingsLayout } from '../../../core/report/findingsLayout';
import { reportFileName } from '../../engine/fileNames';
import { useLang, useStrings } from '../../i18n/LangContext';
import { usePane } from '../../state/PaneContext';
import { FindingList } from '../FindingList/FindingList';
import { ReadingSummary } from './ReadingSummary';
import { TableMapping } from '../TableMapping/TableMapping';
import { useColumnOverrides } from '../TableMapping/useColumnOverrides';
import type { ColumnOverride } from '../../../core/locate/overrides';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginBlock: tokens.spacingVerticalS },
  intro: { marginTop: 0 },
});

export function CheckTab() {
  const { host, engine, task, reading, setReading, fileName } = usePane();
  const { lang } = useLang();
  const s = useStrings();
  const styles = useStyles();
  const busy = task.busy !== null;
  const columns = useColumnOverrides(host);

  const runCheck = (chosen?: ColumnOverride[]) =>
    task.run(
      'reading',
      async (options) => {
        // A choice made in the mapping is kept first (workbook.settings inside Excel), then used.
        if (chosen) await columns.update(chosen);
        const overrides = chosen ?? (await columns.ready());
        const grids = await host.readGrids(options);
        setReading(await engine.check(grids, fileName, options, overrides));
      },
      fileName,
    );

  const writeReport = () =>
    task.run('writing', async (options) => {
      if (!reading) return;
      const layout = findingsLayout([{ file: fileName ?? '', reading }], lang);
      const out = await host.writeSheets([layout], 'report', reportFileName(fileName, s.tabs.check), options);
      task.setNotice({ intent: 'success', text: out.kind === 'sheets' ? s.check.reportWritten(out.sheets[0]) : s.check.reportDownloaded(out.fileName) });
    });

  return (
    <div>
      <p className={styles.intro}>{s.check.intro}</p>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => runCheck()} disabled={busy} data-testid="run-check">
          {s.check.run}
        </Button>
        {reading ? (
          <Button onClick={writeReport} disabled={busy} data-testid="write-report">
            {host.kind === 'excel' ? s.check.writeReport : s.check.downloadReport}
          </Button>
        ) : null}
      </div>
      {reading ? (
        <>
          <ReadingSummary reading={reading} />
          <TableMapping
            reading={reading}
            overrides={columns.overrides}
            persisted={columns.persisted}
            disabled={busy}
            onChange={(next) => void runCheck(next)}
          />
          <FindingList
            findings={reading.findings}
            onSelect={(item) => {
              const f = item.finding;
              if (host.kind !== 'excel' || !f.sheet) return;
              // A finding about a whole row (a section, a totals line) selects that row.
              const address = f.cell ?? (f.row !== null ? `${f.row}:${f.row}` : null);
              void task.run('reading', async () => {
                await host.selectCell(f.sheet as string, address);
              });
            }}
          />
        </>
      ) : null}
    </div>
  );
}
