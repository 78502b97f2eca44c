/**
 * The notice shown while Office has opened the pane but not answered Office.onReady: in both
 * languages (the display language is not known yet), as plain DOM text before React starts, with
 * a retry that reloads the pane. Removed as soon as Office answers.
 */
import { STRINGS } from '../i18n/strings';

export function showReadyNotice(
  container: HTMLElement,
  retry: () => void = () => window.location.reload(),
): () => void {
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.setAttribute('data-testid', 'not-ready');
  box.style.padding = '12px';
  for (const lang of ['vi', 'en'] as const) {
    const p = document.createElement('p');
    p.lang = lang;
    p.textContent = STRINGS[lang].host.notReady;
    box.appendChild(p);
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = `${STRINGS.vi.host.notReadyRetry} / ${STRINGS.en.host.notReadyRetry}`;
  button.addEventListener('click', () => retry());
  box.appendChild(button);
  container.appendChild(box);
  return () => box.remove();
}
