/**
 * An error as a Fluent message bar: what happened (naming the file), what to do next, and a way to
 * dismiss it. Rendered from the error's data in the language on screen now.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import { forwardRef } from 'react';
import { useLang, useStrings } from '../../i18n/LangContext';
import { type PaneError, describeError } from '../../state/paneError';

const useStyles = makeStyles({
  bar: { ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
});

export const ErrorBar = forwardRef<HTMLDivElement, { error: PaneError; onDismiss: () => void }>(function ErrorBar(
  { error, onDismiss },
  ref,
) {
  const s = useStrings();
  const { lang } = useLang();
  const styles = useStyles();
  const titleId = useId('error-title');
  const text = describeError(error.data, lang, error.fileName);
  return (
    <MessageBar
      key={text.message}
      ref={ref}
      tabIndex={-1}
      className={styles.bar}
      intent="error"
      layout="multiline"
      aria-labelledby={titleId}
      data-testid="error"
    >
      <MessageBarBody>
        <MessageBarTitle id={titleId}>{s.errors.title}</MessageBarTitle>
        <span data-testid="error-message">{text.message}</span>
        {text.next ? <div>{text.next}</div> : null}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          {s.errors.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
});
