/** Entry point: find the host, pick the language, render the pane. */
import { createRoot } from 'react-dom/client';
import { createBrowserHost } from '../browser/browserHost';
import { App } from './components/App/App';
import { detectHost } from './bootstrap/detectHost';
import { showReadyNotice } from './bootstrap/readyNotice';
import { SAMPLE, fetchBytes } from './bootstrap/sample';
import { createExcelHost } from '../excel/excelHost';
import { createExcelRun } from '../excel/run';
import { initialLang } from './i18n/detectLang';
import { createLocalEngine } from './engine/localEngine';
import type { PaneEngine } from './engine/types';
import { createWorkerEngine } from './engine/workerEngine';
import { spawnEngineWorker } from './engine/spawnWorker';

/** The engine in a Web Worker where the webview has them (every supported Excel does), else here. */
function createEngine(): PaneEngine {
  return typeof Worker === 'function' ? createWorkerEngine(spawnEngineWorker) : createLocalEngine();
}

async function start(container: HTMLElement): Promise<void> {
  let detected = await detectHost();
  if (detected.kind === 'not-ready') {
    // Inside Office but not ready yet: say so, and carry on by ourselves once Office answers.
    const hide = showReadyNotice(container);
    detected = await detected.later;
    hide();
  }
  const root = createRoot(container);
  const engine = createEngine();
  if (detected.kind === 'excel') {
    const host = createExcelHost(createExcelRun(Excel.run), detected.capabilities);
    root.render(
      <App
        host={host}
        engine={engine}
        mode={{ kind: 'excel', capabilities: detected.capabilities, tooOld: detected.tooOld }}
        initialLang={initialLang(detected.displayLanguage)}
      />,
    );
    return;
  }
  root.render(
    <App
      host={createBrowserHost(undefined, engine.readWorkbook)}
      engine={engine}
      mode={{ kind: 'browser', officeLoaded: detected.officeLoaded }}
      initialLang={initialLang(null)}
      sample={{ ...SAMPLE, load: fetchBytes }}
    />,
  );
}

/** Set by the ES5 bootstrap (bootstrap/unsupported.es5.js) and read by it: see there. */
const page = window as unknown as { cchcPaneStarted?: boolean; cchcUnsupportedRuntime?: boolean };
page.cchcPaneStarted = true;

const container = document.getElementById('container');
// The bootstrap has already told the user this webview cannot run the pane: leave its message.
if (container && !page.cchcUnsupportedRuntime) {
  start(container).catch((err: unknown) => {
    // React itself failed to start: plain DOM text (never HTML) so the pane is still not blank.
    container.textContent = `Không khởi động được công cụ / The pane could not start: ${err instanceof Error ? err.message : String(err)}`;
    console.error(err);
  });
}
