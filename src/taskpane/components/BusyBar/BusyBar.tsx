/** What is running, how far it got, and the way to stop it (keyboard reachable, announced politely). */
import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../../i18n/LangContext';
import type { Busy } from '../../state/usePaneTask';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  field: { flexGrow: 1, minWidth: 0 },
});

export function BusyBar({ busy, onCancel }: { busy: Busy; onCancel: () => void }) {
  const s = useStrings();
  const styles = useStyles();
  const label = s.busy[busy.kind];
  const pct = busy.fraction === null ? null : Math.round(busy.fraction * 100);
  return (
    <div className={styles.root} role="status" aria-live="polite" data-testid="busy">
      <Field className={styles.field} label={label} hint={pct === null ? undefined : s.busy.progress(pct)}>
        <ProgressBar value={busy.fraction ?? undefined} thickness="large" />
      </Field>
      <Button onClick={onCancel} data-testid="cancel">
        {s.busy.cancel}
      </Button>
    </div>
  );
}
