/**
 * Renders a finding's message in a language from the catalogues (all of them, listed in
 * ./registry.ts), the way zod's locale error maps do: codes and fields stay stable, the words live
 * apart, Vietnamese first.
 */
import type { Lang } from '../i18n/lang';
import type { Finding } from './finding';
import { quote } from './place';
import { MESSAGES } from './registry';

export { placeOf, quote } from './place';

export function renderMessage(f: Finding, lang: Lang): string {
  // A finding read back from elsewhere (JSON, a newer version) may carry a code this one does not know.
  if (Object.hasOwn(MESSAGES, f.code)) {
    // Looked up by the finding's own code, the entry takes this finding: tsc cannot correlate the two.
    const entry = MESSAGES[f.code] as Record<Lang, (f: Finding) => string>;
    return entry[lang](f);
  }
  // A code without a catalogue entry still says what it is and what the cell held.
  return `${f.code}${f.value ? `: ${quote(f.value)}` : ''}`;
}
