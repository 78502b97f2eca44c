/**
 * Progress, the last error and the last notice, in one area stuck to the bottom of the pane: it
 * grows over nothing the user is about to click. An error takes focus (keyboard and screen-reader
 * users land on it instead of on <body>); a notice takes it when it is the action's only result.
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
import { useEffect, useRef } from 'react';
import { useStrings } from '../../i18n/LangContext';
import { focusSelectedTab } from '../../state/focusSelectedTab';
import { usePane } from '../../state/PaneContext';
import { BusyBar } from '../BusyBar/BusyBar';
import { ErrorBar } from '../ErrorBar/ErrorBar';

const useStyles = makeStyles({
  area: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    ':empty': { display: 'none' },
  },
  focusable: {
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      borderRadius: tokens.borderRadiusMedium,
    },
  },
});

export function StatusArea() {
  const { task } = usePane();
  const s = useStrings();
  const styles = useStyles();
  const errorRef = useRef<HTMLDivElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const noticeTitle = useId('notice-title');
  const { error, notice, events } = task;

  useEffect(() => {
    if (events === 0) return;
    if (error) errorRef.current?.focus();
    else if (notice?.focus) noticeRef.current?.focus();
    // Once per event: re-renders (a language switch) must not pull focus back here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [events]);

  const text = notice ? notice.text(s) : '';
  return (
    <div className={styles.area} data-testid="status-area">
      {task.busy ? <BusyBar busy={task.busy} onCancel={task.cancel} /> : null}
      {error ? (
        <ErrorBar
          ref={errorRef}
          error={error}
          onDismiss={() => {
            task.clearError();
            focusSelectedTab();
          }}
        />
      ) : null}
      {notice ? (
        // Keyed by its text: Fluent's MessageBar announces itself when it mounts, not when it changes.
        <MessageBar
          key={text}
          ref={noticeRef}
          tabIndex={-1}
          className={styles.focusable}
          intent={notice.intent}
          layout="multiline"
          aria-labelledby={noticeTitle}
          data-testid="notice"
        >
          <MessageBarBody>
            <MessageBarTitle id={noticeTitle}>{s.notices[notice.intent]}</MessageBarTitle>
            {text}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              size="small"
              onClick={() => {
                task.setNotice(null);
                focusSelectedTab();
              }}
            >
              {s.errors.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
    </div>
  );
}
