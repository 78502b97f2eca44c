/**
 * A file picker whose words follow the pane's language: a Fluent button opens the browser's
 * native input (kept in the page, visually hidden, so tests and assistive tech can still reach it).
 */
import { Button, Field, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { useStrings } from '../../i18n/LangContext';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
  chosen: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere', minWidth: 0 },
});

export interface FilePickerProps {
  label: string;
  hint?: string;
  multiple?: boolean;
  testId: string;
  onPick: (files: File[]) => void;
  /** Text shown beside the button; defaults to the names picked last. */
  status?: string;
}

export function FilePicker({ label, hint, multiple = false, testId, onPick, status }: FilePickerProps) {
  const s = useStrings();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [names, setNames] = useState<string[]>([]);
  return (
    <Field label={label} hint={hint}>
      {(fieldProps) => (
        <div className={styles.row}>
          <input
            {...fieldProps}
            ref={input}
            className={styles.hidden}
            tabIndex={-1}
            type="file"
            multiple={multiple}
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid={testId}
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              // Cleared so picking the same file again (after fixing it) fires onChange again.
              e.target.value = '';
              if (files.length === 0) return;
              setNames(files.map((f) => f.name));
              onPick(files);
            }}
          />
          <Button onClick={() => input.current?.click()} aria-describedby={fieldProps.id}>
            {multiple ? s.files.chooseMany : s.files.chooseOne}
          </Button>
          <Text size={200} className={styles.chosen}>
            {status ?? (names.length ? names.join(', ') : s.files.none)}
          </Text>
        </div>
      )}
    </Field>
  );
}
