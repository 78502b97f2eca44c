/**
 * Outside Excel: the workbook the pane works on, picked from disk (the bundled sample at first).
 * A file that cannot be read is said so here, naming it, as soon as it is picked.
 */
import { useLang, useStrings } from '../../i18n/LangContext';
import { type PaneError, describeError } from '../../state/paneError';
import { FilePicker, PLAN_ACCEPT } from '../FilePicker/FilePicker';

export interface WorkbookPickerProps {
  current: string | null;
  loadingSample: boolean;
  problem: PaneError | null;
  onPick: (file: File) => void;
}

export function WorkbookPicker({ current, loadingSample, problem, onPick }: WorkbookPickerProps) {
  const s = useStrings();
  const { lang } = useLang();
  const status = loadingSample ? s.workbook.loadingSample : current ? s.workbook.current(current) : s.files.none;
  return (
    <div data-testid="workbook-name" data-name={current ?? ''}>
      <FilePicker
        label={s.workbook.label}
        hint={s.workbook.hint}
        testId="workbook-file"
        status={status}
        accept={PLAN_ACCEPT}
        error={problem ? describeError(problem.data, lang, problem.fileName).message : undefined}
        onPick={(files) => onPick(files[0])}
      />
    </div>
  );
}
