/**
 * "Nhập vào sổ tính" from a Word plan: the two appendix tables of the picked .docx become new
 * sheets (titles and merged cells kept) that the checker then reads; outside Excel the same sheets
 * download as an .xlsx and join the opened file for this session. The Word host and the layouts
 * are loaded on first use, so the pane's first screen does not carry them.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { readFileBytes } from '../../../browser/readFileBytes';
import { useLang, useStrings } from '../../i18n/LangContext';
import { usePane } from '../../state/PaneContext';
import { DOCX_ACCEPT, FilePicker } from '../FilePicker/FilePicker';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginBlock: tokens.spacingVerticalS },
});

const loadWordHost = () => import(/* webpackChunkName: "docx-read" */ './wordImportJob');

export function WordImport() {
  const { host, engine, task, setReading, fileName } = usePane();
  const { lang } = useLang();
  const s = useStrings();
  const styles = useStyles();
  const [file, setFile] = useState<File | null>(null);
  const [pickerKey, setPickerKey] = useState(0);
  const busy = task.busy !== null;

  const importWord = () =>
    task.run(
      'importing',
      async (options) => {
        if (!file) return;
        const { appendixLayoutsOf } = await loadWordHost();
        const layouts = await appendixLayoutsOf(await readFileBytes(file), file.name, engine, lang, options);
        const xlsxName = `${file.name.replace(/\.docx$/i, '')}.xlsx`;
        const out = await host.writeSheets(layouts, 'submission', xlsxName, options);
        setFile(null);
        setPickerKey((k) => k + 1);
        // The checker reads the new sheets at once, as the user would next.
        setReading(await engine.check(await host.readGrids(options), fileName, options));
        task.setNotice({
          intent: 'success',
          text: (w) =>
            out.kind === 'sheets' ? w.word.imported(out.sheets.join(', ')) : w.word.importedDownload(out.fileName),
        });
      },
      file?.name ?? null,
    );

  return (
    <div data-testid="word-import">
      <FilePicker
        key={pickerKey}
        label={s.word.importLabel}
        hint={s.word.importHint}
        testId="word-file"
        accept={DOCX_ACCEPT}
        status={file?.name}
        onPick={(files) => setFile(files[0] ?? null)}
      />
      <div className={styles.actions}>
        <Button onClick={() => void importWord()} disabled={busy || file === null} data-testid="import-word">
          {s.word.importButton}
        </Button>
      </div>
    </div>
  );
}
