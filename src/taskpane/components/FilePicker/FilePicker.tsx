/**
 * A file picker whose words follow the pane's language: a Fluent button opens the browser's
 * native input (kept in the page, visually hidden, so tests and assistive tech can still reach it).
 * A problem with the file picked shows as the Field's validation message, wired to the button.
 */
import { Button, Field, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { useStrings } from '../../i18n/LangContext';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
  chosen: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere', minWidth: 0 },
});

const XLSX_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Word documents, for the plan's appendices. */
export const DOCX_ACCEPT = '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** A plan opened outside Excel: a workbook or the issued Word document. */
export const PLAN_ACCEPT = `${XLSX_ACCEPT},${DOCX_ACCEPT}`;

export interface FilePickerProps {
  label: string;
  hint?: string;
  multiple?: boolean;
  testId: string;
  onPick: (files: File[]) => void;
  /** Text shown beside the button; defaults to the names picked last. */
  status?: string;
  /** Why the file picked cannot be used (shown as the field's error). */
  error?: string;
  disabled?: boolean;
  /** The file types offered (the `accept` attribute); workbooks by default. */
  accept?: string;
}

export function FilePicker({
  label,
  hint,
  multiple = false,
  testId,
  onPick,
  status,
  error,
  disabled = false,
  accept = XLSX_ACCEPT,
}: FilePickerProps) {
  const s = useStrings();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [names, setNames] = useState<string[]>([]);
  const buttonId = useId('pick');
  const labelId = useId('pick-label');
  return (
    <Field
      label={{ children: label, id: labelId }}
      hint={hint}
      validationState={error ? 'error' : 'none'}
      validationMessage={error}
    >
      {(fieldProps) => (
        <div className={styles.row}>
          <input
            {...fieldProps}
            ref={input}
            className={styles.hidden}
            tabIndex={-1}
            aria-hidden="true"
            type="file"
            multiple={multiple}
            accept={accept}
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
          <Button
            id={buttonId}
            onClick={() => input.current?.click()}
            // Named by the field's label and its own words: "Sổ tính của đơn vị … Chọn các tệp…".
            aria-labelledby={`${labelId} ${buttonId}`}
            aria-describedby={fieldProps['aria-describedby']}
            aria-invalid={fieldProps['aria-invalid']}
            disabledFocusable={disabled}
          >
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
