/** Says where the pane runs and what this Excel cannot do, so nothing fails silently later. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Capabilities } from '../../../excel/capabilities';
import { useStrings } from '../../i18n/LangContext';

export type HostMode = { kind: 'excel'; capabilities: Capabilities; tooOld: boolean } | { kind: 'browser'; officeLoaded: boolean };

export function HostNotices({ mode }: { mode: HostMode }) {
  const s = useStrings();
  if (mode.kind === 'browser') {
    return (
      <MessageBar intent="info" layout="multiline" data-testid="outside-excel">
        <MessageBarBody>
          <MessageBarTitle>{s.host.outsideExcel}</MessageBarTitle>
          {mode.officeLoaded ? null : `${s.host.officeNotLoaded} `}
          {s.host.outsideExcelHint}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (mode.tooOld) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{s.host.tooOld}</MessageBarBody>
      </MessageBar>
    );
  }
  const missing = (Object.keys(mode.capabilities) as (keyof Capabilities)[]).filter((k) => !mode.capabilities[k]).map((k) => s.host.missing[k]);
  if (missing.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="old-excel">
      <MessageBarBody>{s.host.oldExcel(missing.join('; '))}</MessageBarBody>
    </MessageBar>
  );
}
