/** Outside Excel: the workbook the pane works on, picked from disk (the bundled sample at first). */
import { useStrings } from '../../i18n/LangContext';
import { FilePicker } from '../FilePicker/FilePicker';

export interface WorkbookPickerProps {
  current: string | null;
  loadingSample: boolean;
  onPick: (file: File) => void;
}

export function WorkbookPicker({ current, loadingSample, onPick }: WorkbookPickerProps) {
  const s = useStrings();
  const status = loadingSample ? s.workbook.loadingSample : current ? s.workbook.current(current) : s.files.none;
  return (
    <div data-testid="workbook-name" data-name={current ?? ''}>
      <FilePicker label={s.workbook.label} hint={s.workbook.hint} testId="workbook-file" status={status} onPick={(files) => onPick(files[0])} />
    </div>
  );
}
