/**
 * Where the pane is running. Outside Office, `Office.onReady` resolves with a null host, and when
 * office.js could not load at all `Office` is undefined: both lead to the browser host, never to
 * a blank page. A webview that never answers onReady is given a few seconds, then treated the same.
 */
import { type Capabilities, detectCapabilities, meetsMinimum, officeSetChecker } from '../../excel/capabilities';
import { currentPlatform } from '../../excel/platform';

export type Detected =
  | { kind: 'excel'; capabilities: Capabilities; tooOld: boolean; displayLanguage: string | null }
  | { kind: 'browser'; officeLoaded: boolean };

const READY_TIMEOUT_MS = 8000;

export async function detectHost(office: typeof Office | undefined = typeof Office === 'undefined' ? undefined : Office): Promise<Detected> {
  if (!office || typeof office.onReady !== 'function') return { kind: 'browser', officeLoaded: false };
  const info = await Promise.race([
    office.onReady(),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), READY_TIMEOUT_MS)),
  ]);
  if (!info || String(info.host) !== 'Excel') return { kind: 'browser', officeLoaded: true };
  const checker = officeSetChecker();
  const capabilities = checker ? detectCapabilities(checker, currentPlatform()) : { mergedAreas: false, importSheets: false, validation: false, printLayout: false };
  return {
    kind: 'excel',
    capabilities,
    tooOld: checker ? !meetsMinimum(checker) : true,
    displayLanguage: office.context?.displayLanguage ?? null,
  };
}
