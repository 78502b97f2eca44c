/**
 * Tổng hợp in one step: pick the units' files → a preview of the submissions found (unit, period,
 * file, rows read, findings; each removable) → "Tổng hợp N đơn vị" → the summary, on screen and as
 * summary sheets (downloaded outside Excel). The files are read in the engine with the project's
 * own reader, so consolidating never depends on importing them; importing their sheets as well
 * is an option, all or nothing. Nothing succeeds on zero units, on an unreadable file or without a
 * valid date: each is an error that says what to do.
 */
import {
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import { WordReportButton } from '../WordTools/WordReportButton';
import { useState } from 'react';
import { type ConsolidationResult, summaryLayouts, unitKey } from '../../../core/consolidate';
import { reportFileName } from '../../format/reportFileName';
import type { UnitFile } from '../../../host/workbookHost';
import { useLang, useStrings } from '../../i18n/LangContext';
import { usePane } from '../../state/PaneContext';
import { paneCodeError } from '../../errors/paneCodeError';
import { useFocusRequest } from '../../state/useFocusRequest';
import { readFileBytes } from '../../../browser/readFileBytes';
import { AsOfField } from '../AsOfField/AsOfField';
import { Headline } from '../ProgressTab/Headline';
import { PeriodFields, type PeriodChoice } from '../ProgressTab/PeriodFields';
import { FilePicker } from '../FilePicker/FilePicker';
import { usePanelStyles } from '../panelStyles';
import { SubmissionList } from './SubmissionList';
import { SummaryView } from './SummaryView';
import { useUnitFiles } from './useUnitFiles';

const useStyles = makeStyles({
  // The date, then the action under it: the button never sits beside the field's hint.
  actions: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
    marginBlock: tokens.spacingVerticalS,
  },
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export function ConsolidateTab() {
  const { host, engine, task, fileName, asOf, setAsOf, setReading, columns } = usePane();
  const { lang } = useLang();
  const s = useStrings();
  const styles = useStyles();
  const panel = usePanelStyles();
  const { sources, addFiles, addWorkbook, remove } = useUnitFiles(engine);
  const [importToo, setImportToo] = useState(false);
  const [result, setResult] = useState<ConsolidationResult | null>(null);
  const [choice, setChoice] = useState<PeriodChoice>({ period: '', preferLatest: false });
  const [heading, focusHeading] = useFocusRequest<HTMLHeadingElement>();
  const [listHeading, focusList] = useFocusRequest<HTMLHeadingElement>();
  const cannotImportTitle = useId('cannot-import');
  const busy = task.busy !== null;
  const canImport = host.capabilities.importSheets;
  const submissions = sources.flatMap((x) => x.submissions);
  const unitCount = new Set(submissions.map((x) => unitKey(x.unit))).size;

  const pick = async (files: File[]) => {
    setResult(null);
    const done = await task.run('reading', async (options) => {
      const read = await addFiles(files, options);
      const bad = read.filter((r) => r.error);
      // Every other file was still read; the bad one is named here and in the list.
      if (bad.length) throw paneCodeError('unreadable-units', { files: bad.map((b) => b.name).join(', ') });
      return true;
    });
    if (done) focusList();
  };

  const addFromWorkbook = async () => {
    setResult(null);
    const done = await task.run('reading', async (options) => {
      const found = await engine.workbookSubmissions(await host.readGrids(options), fileName, options);
      const { added, skipped } = addWorkbook(found, sources);
      task.setNotice({
        intent: added > 0 ? 'info' : 'warning',
        text: (w) => w.consolidate.workbookAdded(added, skipped),
      });
      return true;
    });
    if (done) focusList();
  };

  const consolidateAll = async () => {
    if (!asOf) {
      task.fail(paneCodeError('bad-date'));
      return;
    }
    const bad = sources.filter((x) => x.error);
    if (bad.length) {
      task.fail(paneCodeError('unreadable-units', { files: bad.map((b) => b.name).join(', ') }), bad[0].name);
      return;
    }
    if (submissions.length === 0) {
      task.fail(paneCodeError('no-submissions'));
      return;
    }
    const done = await task.run('consolidating', async (options) => {
      const grids = await host.readGrids(options);
      // The plan is read before anything is imported: a workbook without a plan changes nothing.
      const settings = { ...choice, columns: await columns.ready() };
      const { plan, result: r } = await engine.summarize(
        grids,
        fileName,
        asOf,
        submissions,
        sources.flatMap((x) => x.findings),
        options,
        settings,
      );
      if (importToo) {
        if (!canImport) throw paneCodeError('import-unsupported');
        const files: UnitFile[] = [];
        for (const src of sources)
          if (src.file && src.name) files.push({ name: src.name, data: await readFileBytes(src.file) });
        await host.importWorkbooks(files, options);
      }
      const out = await host.writeSheets(
        summaryLayouts(r, lang),
        'report',
        reportFileName(fileName, `${s.tabs.consolidate} ${asOf}`),
        options,
      );
      setReading(plan);
      setResult(r);
      const errors = r.findings.filter((f) => f.severity === 'error').length;
      const units = unitCount;
      task.setNotice({
        intent: errors > 0 ? 'warning' : 'success',
        text: (w) => {
          const what =
            out.kind === 'sheets'
              ? w.consolidate.summaryWritten(out.sheets.join(', '))
              : w.consolidate.summaryDownloaded(out.fileName);
          return `${w.consolidate.consolidated(units)} ${what}${errors > 0 ? ` ${w.consolidate.withErrors(errors)}` : ''}`;
        },
      });
      return true;
    });
    if (done) focusHeading();
  };

  return (
    <div>
      <p className={panel.intro}>{s.consolidate.intro}</p>
      <div className={styles.step}>
        <FilePicker
          label={s.consolidate.pick}
          hint={s.consolidate.pickHint}
          multiple
          testId="unit-files"
          status={s.consolidate.picked(sources.filter((x) => x.name).length)}
          onPick={(files) => void pick(files)}
          disabled={busy}
        />
        <div>
          <Button
            size="small"
            onClick={() => void addFromWorkbook()}
            disabledFocusable={busy}
            data-testid="add-workbook-units"
          >
            {s.consolidate.addWorkbook}
          </Button>
        </div>
      </div>
      {sources.length > 0 ? (
        <>
          <h2 ref={listHeading} tabIndex={-1} className={panel.heading} data-testid="list-heading">
            {s.consolidate.listHeading(submissions.length)}
          </h2>
          <SubmissionList
            sources={sources}
            findings={result?.findings ?? null}
            workbookName={fileName}
            onRemove={(id) => {
              setResult(null);
              remove(id);
              // An error about the list (an unreadable file) is out of date once the list changes.
              task.clearError();
            }}
            disabled={busy}
          />
        </>
      ) : null}
      {canImport ? (
        <Checkbox
          checked={importToo}
          onChange={(_, d) => setImportToo(d.checked === true)}
          label={s.consolidate.importToo}
          data-testid="import-too"
        />
      ) : (
        <MessageBar intent="info" layout="multiline" aria-labelledby={cannotImportTitle} data-testid="cannot-import">
          <MessageBarBody>
            <MessageBarTitle id={cannotImportTitle}>{s.consolidate.cannotImportTitle}</MessageBarTitle>
            {s.consolidate.cannotImport}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <PeriodFields value={choice} onChange={setChoice} onAsOf={setAsOf} testId="summary" />
        <AsOfField testId="summary-as-of" />
        <Button
          appearance="primary"
          onClick={() => void consolidateAll()}
          disabledFocusable={busy}
          data-testid="write-summary"
        >
          {s.consolidate.run(unitCount)}
        </Button>
        {result ? <WordReportButton result={result} /> : null}
      </div>
      {result ? (
        <SummaryView
          ref={heading}
          result={result}
          unitFile={(name) => sources.find((x) => x.name === name)?.file ?? null}
        />
      ) : null}
      {result && result.submissions.length > 0 ? <Headline result={result} /> : null}
    </div>
  );
}
