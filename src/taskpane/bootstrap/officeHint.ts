/**
 * Whether this page was opened by Office, before Office.onReady has answered. Office hands the
 * pane its host in the places office.js itself reads it from (its _retrieveHostInfo): the
 * `_host_Info` query parameter (`Excel$Win32$16.01$vi-VN$…`), sessionStorage `hostInfoValue`
 * (kept across reloads), or `window.name` as JSON with `hostInfo`. Excel on the web also puts the
 * pane in a frame. A plain browser tab has none of these.
 */
export interface PageLike {
  location: { search: string };
  name?: string;
  sessionStorage?: { getItem(key: string): string | null } | null;
  /** true when the page is framed (window !== window.top). */
  framed: boolean;
}

export function currentPage(): PageLike | null {
  if (typeof window === 'undefined') return null;
  let storage: PageLike['sessionStorage'] = null;
  try {
    storage = window.sessionStorage;
  } catch {
    // Blocked storage (a privacy setting): the other signs still count.
  }
  let framed = false;
  try {
    framed = window.self !== window.top;
  } catch {
    framed = true;
  }
  return { location: window.location, name: window.name, sessionStorage: storage, framed };
}

export function openedByOffice(page: PageLike | null): boolean {
  if (!page) return false;
  if (/[?&]_host_Info=/i.test(page.location.search)) return true;
  try {
    if (page.sessionStorage?.getItem('hostInfoValue')) return true;
  } catch {
    // As above.
  }
  try {
    const parsed = page.name ? (JSON.parse(page.name) as { hostInfo?: unknown }) : null;
    if (parsed && typeof parsed.hostInfo === 'string' && parsed.hostInfo) return true;
  } catch {
    // window.name is not JSON: not set by Office.
  }
  return page.framed;
}
