/** Entry point: find the host, pick the language, render the pane. */
import { createRoot } from 'react-dom/client';
import { createBrowserHost } from '../browser/browserHost';
import { App } from './components/App/App';
import { detectHost } from './bootstrap/detectHost';
import { SAMPLE, fetchBytes } from './bootstrap/sample';
import { createExcelHost } from './host/excelHost';
import { initialLang } from './i18n/detectLang';

async function start(container: HTMLElement): Promise<void> {
  const detected = await detectHost();
  const root = createRoot(container);
  if (detected.kind === 'excel') {
    const host = createExcelHost((batch) => Excel.run(batch), detected.capabilities);
    root.render(<App host={host} mode={{ kind: 'excel', capabilities: detected.capabilities, tooOld: detected.tooOld }} initialLang={initialLang(detected.displayLanguage)} />);
    return;
  }
  root.render(
    <App
      host={createBrowserHost()}
      mode={{ kind: 'browser', officeLoaded: detected.officeLoaded }}
      initialLang={initialLang(null)}
      sample={{ ...SAMPLE, load: fetchBytes }}
    />,
  );
}

const container = document.getElementById('container');
if (container) {
  start(container).catch((err: unknown) => {
    // React itself failed to start: plain DOM text (never HTML) so the pane is still not blank.
    container.textContent = `Không khởi động được công cụ / The pane could not start: ${err instanceof Error ? err.message : String(err)}`;
    console.error(err);
  });
}
