/** An error as a Fluent message bar: what happened, what to do next, and a way to dismiss it. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useStrings } from '../../i18n/LangContext';
import type { PaneError } from '../../state/paneError';

export function ErrorBar({ error, onDismiss }: { error: PaneError; onDismiss: () => void }) {
  const s = useStrings();
  return (
    <MessageBar intent="error" layout="multiline" data-testid="error">
      <MessageBarBody>
        <MessageBarTitle>{s.errors.title}</MessageBarTitle>
        {error.message}
        {error.next ? <div>{error.next}</div> : null}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          {s.errors.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
