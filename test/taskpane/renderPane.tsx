/** Renders the whole pane on a given host, as index.tsx does. */
import { render } from '@testing-library/react';
import type { Lang } from '../../src/core/i18n/lang';
import { App } from '../../src/taskpane/components/App/App';
import type { HostMode } from '../../src/taskpane/components/HostNotices/HostNotices';
import type { WorkbookHost } from '../../src/host/workbookHost';
import type { PaneEngine } from '../../src/taskpane/engine/types';
import { FULL_CAPABILITIES } from '../../src/host/capabilities';

export function renderPane(
  host: WorkbookHost,
  options: { lang?: Lang; mode?: HostMode; sample?: Uint8Array; engine?: PaneEngine } = {},
) {
  const mode: HostMode =
    options.mode ??
    (host.kind === 'excel'
      ? { kind: 'excel', capabilities: FULL_CAPABILITIES, tooOld: false }
      : { kind: 'browser', officeLoaded: false });
  const sample = options.sample;
  return render(
    <App
      host={host}
      engine={options.engine}
      mode={mode}
      initialLang={options.lang ?? 'vi'}
      sample={sample ? { url: 'sample.xlsx', name: 'ke-hoach-cchc-2024.xlsx', load: async () => sample } : undefined}
    />,
  );
}
