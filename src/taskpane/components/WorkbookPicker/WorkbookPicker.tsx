/** Outside Excel: the workbook the pane works on, picked from disk (the bundled sample at first). */
import { Field, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../../i18n/LangContext';

const useStyles = makeStyles({
  input: { maxWidth: '100%', fontSize: tokens.fontSizeBase200 },
  current: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

export interface WorkbookPickerProps {
  current: string | null;
  loadingSample: boolean;
  onPick: (file: File) => void;
}

export function WorkbookPicker({ current, loadingSample, onPick }: WorkbookPickerProps) {
  const s = useStrings();
  const styles = useStyles();
  return (
    <>
    <Field label={s.workbook.label} hint={s.workbook.hint}>
      {(fieldProps) => (
      <input
        {...fieldProps}
        className={styles.input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="workbook-file"
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) onPick(f);
          // Picking the same file again (after fixing it in Excel) must fire onChange again.
          e.target.value = '';
        }}
      />
      )}
    </Field>
    <Text size={200} className={styles.current} data-testid="workbook-name">
        {loadingSample ? s.workbook.loadingSample : current ? s.workbook.current(current) : ''}
      </Text>
    </>
  );
}
