/**
 * "Tải dự thảo báo cáo (Word)": the consolidation on screen drafted as the period report
 * (core/periodReport) and downloaded as .docx, in Excel as outside it. The docx writer is loaded on
 * first use.
 */
import { Button } from '@fluentui/react-components';
import type { ConsolidationResult } from '../../../core/consolidate';
import { downloadBytes } from '../../../browser/download';
import { useLang, useStrings } from '../../i18n/LangContext';
import { usePane } from '../../state/PaneContext';

const loadWriter = () => import(/* webpackChunkName: "docx-write" */ './wordReportJob');

export interface WordReportButtonProps {
  /** The consolidation shown; its plan is the pane's current reading. */
  result: ConsolidationResult;
}

export function WordReportButton({ result }: WordReportButtonProps) {
  const { task, reading } = usePane();
  const { lang } = useLang();
  const s = useStrings();

  const download = () =>
    task.run('writing', async () => {
      if (!reading) return;
      const { reportBytes } = await loadWriter();
      const name = `${s.word.reportFile}-${result.asOf}.docx`;
      downloadBytes(await reportBytes(reading, result, lang), name);
      task.setNotice({ intent: 'success', text: (w) => w.word.reportDownloaded(name) });
    });

  return (
    <Button
      onClick={() => void download()}
      disabledFocusable={task.busy !== null || !reading}
      data-testid="download-word-report"
    >
      {s.word.reportButton}
    </Button>
  );
}
