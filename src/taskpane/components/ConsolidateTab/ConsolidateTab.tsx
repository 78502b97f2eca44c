/** Tổng hợp: bring units' workbooks into this one, then write the summary sheets. */
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { FilePicker } from '../FilePicker/FilePicker';
import { useState } from 'react';
import { summaryLayouts } from '../../../core/consolidate';
import { readFileBytes } from '../../../browser/readFileBytes';
import { reportFileName } from '../../engine/fileNames';
import { todayIso } from '../../engine/today';
import type { UnitFile } from '../../host/types';
import { useLang, useStrings } from '../../i18n/LangContext';
import { usePane } from '../../state/PaneContext';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginBlock: tokens.spacingVerticalS },
  intro: { marginTop: 0 },
});

async function readFiles(files: File[]): Promise<UnitFile[]> {
  return Promise.all(files.map(async (f) => ({ name: f.name, data: await readFileBytes(f) })));
}

export function ConsolidateTab() {
  const { host, engine, task, fileName } = usePane();
  const { lang } = useLang();
  const s = useStrings();
  const styles = useStyles();
  const [files, setFiles] = useState<File[]>([]);
  const [pickerKey, setPickerKey] = useState(0);
  const [findings, setFindings] = useState<number | null>(null);
  const busy = task.busy !== null;
  const canImport = host.capabilities.importSheets;

  const importUnits = () =>
    task.run(
      'importing',
      async (options) => {
        const out = await host.importWorkbooks(await readFiles(files), options);
        setFiles([]);
        setPickerKey((k) => k + 1);
        task.setNotice({ intent: 'success', text: s.consolidate.imported(out.files, out.sheets) });
      },
      files[0]?.name ?? null,
    );

  const writeSummary = () =>
    task.run('consolidating', async (options) => {
      const grids = await host.readGrids(options);
      const { result } = await engine.consolidate(grids, fileName, todayIso(), options);
      setFindings(result.findings.length);
      const out = await host.writeSheets(summaryLayouts(result, lang), 'report', reportFileName(fileName, s.tabs.consolidate), options);
      task.setNotice({
        intent: 'success',
        text: out.kind === 'sheets' ? s.consolidate.summaryWritten(out.sheets.join(', ')) : s.consolidate.summaryDownloaded(out.fileName),
      });
    });

  return (
    <div>
      <p className={styles.intro}>{s.consolidate.intro}</p>
      {canImport ? (
        <>
          <FilePicker
            key={pickerKey}
            label={s.consolidate.pick}
            hint={s.consolidate.pickHint}
            multiple
            testId="unit-files"
            status={files.length > 0 ? `${s.consolidate.picked(files.length)}: ${files.map((f) => f.name).join(', ')}` : undefined}
            onPick={setFiles}
          />
          <div className={styles.actions}>
            <Button onClick={importUnits} disabled={busy || files.length === 0} data-testid="import-units">
              {s.consolidate.importButton}
            </Button>
          </div>
        </>
      ) : (
        <MessageBar intent="warning" layout="multiline" data-testid="cannot-import">
          <MessageBarBody>{s.consolidate.cannotImport}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={writeSummary} disabled={busy} data-testid="write-summary">
          {host.kind === 'excel' ? s.consolidate.writeSummary : s.consolidate.downloadSummary}
        </Button>
      </div>
      {findings !== null ? <Text data-testid="consolidation-findings">{s.consolidate.findings(findings)}</Text> : null}
    </div>
  );
}
