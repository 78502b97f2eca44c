/**
 * Renders the whole pane on a given host, as index.tsx does, and waits for what the pane starts by
 * itself at mount: loading the workbook's column choices (inside Excel, from workbook.settings).
 * That load ends in a state update; a test that went on at once would race it.
 */
import { act, render, type RenderResult } from '@testing-library/react';
import type { Lang } from '../../src/core/i18n/lang';
import { App } from '../../src/taskpane/components/App/App';
import type { HostMode } from '../../src/taskpane/components/HostNotices/HostNotices';
import type { WorkbookHost } from '../../src/host/workbookHost';
import type { PaneEngine } from '../../src/taskpane/engine/types';
import { FULL_CAPABILITIES } from '../../src/host/capabilities';

/** The host's column-choice loads, so a test can wait for those the pane has started. */
function watchColumnLoads(host: WorkbookHost): () => Promise<void> {
  const store = host.columnSettings;
  const started: Promise<unknown>[] = [];
  if (store) {
    const load = store.load.bind(store);
    host.columnSettings = {
      ...store,
      load: () => {
        const loading = load();
        // A load that fails is the pane's to handle (it reads the workbook as found).
        started.push(loading.catch(() => undefined));
        return loading;
      },
    };
  }
  return async () => {
    await Promise.all(started);
  };
}

export async function renderPane(
  host: WorkbookHost,
  options: { lang?: Lang; mode?: HostMode; sample?: Uint8Array; engine?: PaneEngine } = {},
): Promise<RenderResult> {
  const mode: HostMode =
    options.mode ??
    (host.kind === 'excel'
      ? { kind: 'excel', capabilities: FULL_CAPABILITIES, tooOld: false }
      : { kind: 'browser', officeLoaded: false });
  const sample = options.sample;
  const loads = watchColumnLoads(host);
  const view = render(
    <App
      host={host}
      engine={options.engine}
      mode={mode}
      initialLang={options.lang ?? 'vi'}
      sample={sample ? { url: 'sample.xlsx', name: 'ke-hoach-cchc-2024.xlsx', load: async () => sample } : undefined}
    />,
  );
  // act() waits for the loads, then lets the updates they end in run, before the test goes on.
  await act(loads);
  return view;
}
