/**
 * Says where the pane runs and what this Excel cannot do, so nothing fails silently later. The
 * outside-Excel notice is short and can be closed: at 320 px it must not take the first screen.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  useId,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Capabilities } from '../../../host/capabilities';
import { useStrings } from '../../i18n/LangContext';
import { focusSelectedTab } from '../../state/focusSelectedTab';

export type HostMode =
  { kind: 'excel'; capabilities: Capabilities; tooOld: boolean } | { kind: 'browser'; officeLoaded: boolean };

export function HostNotices({ mode }: { mode: HostMode }) {
  const s = useStrings();
  const titleId = useId('host-title');
  const [closed, setClosed] = useState(false);
  if (mode.kind === 'browser') {
    if (closed) return null;
    return (
      <MessageBar intent="info" layout="multiline" aria-labelledby={titleId} data-testid="outside-excel">
        <MessageBarBody>
          <MessageBarTitle id={titleId}>{s.host.outsideExcel}</MessageBarTitle>
          {mode.officeLoaded ? null : `${s.host.officeNotLoaded} `}
          {s.host.outsideExcelHint}
        </MessageBarBody>
        <MessageBarActions>
          <Button
            size="small"
            onClick={() => {
              setClosed(true);
              focusSelectedTab();
            }}
            data-testid="close-outside-excel"
          >
            {s.errors.dismiss}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (mode.tooOld) {
    return (
      <MessageBar intent="error" layout="multiline" aria-labelledby={titleId}>
        <MessageBarBody>
          <MessageBarTitle id={titleId}>{s.host.oldExcelTitle}</MessageBarTitle>
          {s.host.tooOld}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const missing = (Object.keys(mode.capabilities) as (keyof Capabilities)[])
    .filter((k) => !mode.capabilities[k])
    .map((k) => s.host.missing[k]);
  if (missing.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" aria-labelledby={titleId} data-testid="old-excel">
      <MessageBarBody>
        <MessageBarTitle id={titleId}>{s.host.oldExcelTitle}</MessageBarTitle>
        {s.host.oldExcel(missing.join('; '))}
      </MessageBarBody>
    </MessageBar>
  );
}
