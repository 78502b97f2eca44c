/**
 * @jest-environment jsdom
 *
 * A slow Office.onReady inside Excel: the pane says so and offers a retry instead of silently
 * falling into the browser mode, and carries on by itself when Office answers.
 */
import { detectHost } from '../../src/taskpane/bootstrap/detectHost';
import { openedByOffice } from '../../src/taskpane/bootstrap/officeHint';
import { showReadyNotice } from '../../src/taskpane/bootstrap/readyNotice';
import { STRINGS } from '../../src/taskpane/i18n/strings';

const plainTab = { location: { search: '' }, name: '', sessionStorage: null, framed: false };
const opened = { ...plainTab, location: { search: '?_host_Info=Excel$Win32$16.01$vi-VN$$$$0' } };

function slowOffice(): { office: typeof Office; answer: (host: string | null) => void } {
  let answer: (host: string | null) => void = () => undefined;
  const ready = new Promise<{ host: string | null; platform: null }>((resolve) => {
    answer = (host) => resolve({ host, platform: null });
  });
  return {
    office: { onReady: () => ready, context: { displayLanguage: 'vi-VN' } } as unknown as typeof Office,
    answer,
  };
}

describe('Office.onReady that does not answer in time', () => {
  it('inside Office: not-ready, and the later answer still arrives', async () => {
    const { office, answer } = slowOffice();
    const d = await detectHost(office, { timeoutMs: 10, page: opened });
    expect(d.kind).toBe('not-ready');
    if (d.kind !== 'not-ready') return;
    answer('Excel');
    await expect(d.later).resolves.toMatchObject({ kind: 'excel', displayLanguage: 'vi-VN' });
  });

  it('in a plain browser tab: the browser mode, as before', async () => {
    const { office } = slowOffice();
    await expect(detectHost(office, { timeoutMs: 10, page: plainTab })).resolves.toEqual({
      kind: 'browser',
      officeLoaded: true,
    });
  });

  it('recognises Office from each sign office.js itself reads', () => {
    expect(openedByOffice(plainTab)).toBe(false);
    expect(openedByOffice(opened)).toBe(true);
    expect(
      openedByOffice({
        ...plainTab,
        sessionStorage: { getItem: (k) => (k === 'hostInfoValue' ? 'Excel$Win32$16.01' : null) },
      }),
    ).toBe(true);
    expect(openedByOffice({ ...plainTab, name: JSON.stringify({ hostInfo: 'Excel|Mac|16.00' }) })).toBe(true);
    expect(openedByOffice({ ...plainTab, name: 'not json' })).toBe(false);
    expect(openedByOffice({ ...plainTab, framed: true })).toBe(true);
  });

  it('the notice is visible in both languages, retries on click, and goes away', () => {
    const container = document.createElement('div');
    const retry = jest.fn();
    const hide = showReadyNotice(container, retry);
    const box = container.querySelector('[data-testid="not-ready"]') as HTMLElement;
    expect(box.getAttribute('role')).toBe('alert');
    expect(box.textContent).toContain(STRINGS.vi.host.notReady);
    expect(box.textContent).toContain(STRINGS.en.host.notReady);
    (box.querySelector('button') as HTMLButtonElement).click();
    expect(retry).toHaveBeenCalledTimes(1);
    hide();
    expect(container.children).toHaveLength(0);
  });
});
