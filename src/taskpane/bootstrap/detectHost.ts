/**
 * Where the pane is running. Outside Office, `Office.onReady` resolves with a null host, and when
 * office.js could not load at all `Office` is undefined: both lead to the browser host, never to
 * a blank page. A webview that does not answer onReady within a few seconds is, when the page was
 * opened by Office (officeHint.ts), reported as `not-ready` with the later answer still awaited,
 * so the pane says so and offers a retry instead of silently working as a plain web page; in a
 * plain browser tab it is treated as the browser.
 */
import type { Capabilities } from '../../host/capabilities';
import { detectCapabilities, meetsMinimum, officeSetChecker } from '../../excel/capabilities';
import { currentPlatform } from '../../excel/platform';
import { type PageLike, currentPage, openedByOffice } from './officeHint';

export type Ready =
  | { kind: 'excel'; capabilities: Capabilities; tooOld: boolean; displayLanguage: string | null }
  | { kind: 'browser'; officeLoaded: boolean };

export type Detected = Ready | { kind: 'not-ready'; later: Promise<Ready> };

export const READY_TIMEOUT_MS = 8000;

export interface DetectOptions {
  timeoutMs?: number;
  page?: PageLike | null;
}

type ReadyInfo = { host: unknown; platform?: unknown } | null;

function fromInfo(office: typeof Office, info: ReadyInfo): Ready {
  if (!info || String(info.host) !== 'Excel') return { kind: 'browser', officeLoaded: true };
  const checker = officeSetChecker();
  const capabilities = checker
    ? detectCapabilities(checker, currentPlatform())
    : { mergedAreas: false, importSheets: false, validation: false, printLayout: false, chartAxisFormat: false };
  return {
    kind: 'excel',
    capabilities,
    tooOld: checker ? !meetsMinimum(checker) : true,
    displayLanguage: office.context?.displayLanguage ?? null,
  };
}

export async function detectHost(
  office: typeof Office | undefined = typeof Office === 'undefined' ? undefined : Office,
  options: DetectOptions = {},
): Promise<Detected> {
  if (!office || typeof office.onReady !== 'function') return { kind: 'browser', officeLoaded: false };
  const ready = Promise.resolve(office.onReady()).then((info) => fromInfo(office, info as ReadyInfo));
  const timedOut = Symbol('timeout');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const first = await Promise.race([
    ready,
    new Promise<typeof timedOut>((resolve) => {
      timer = setTimeout(() => resolve(timedOut), options.timeoutMs ?? READY_TIMEOUT_MS);
    }),
  ]);
  clearTimeout(timer);
  if (first !== timedOut) return first;
  const page = options.page === undefined ? currentPage() : options.page;
  return openedByOffice(page) ? { kind: 'not-ready', later: ready } : { kind: 'browser', officeLoaded: true };
}
