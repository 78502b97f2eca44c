/**
 * Renders a finding's message in a language from the catalogues, the way zod's locale error maps
 * do: codes and fields stay stable, the words live apart, Vietnamese first.
 */
import type { Lang } from '../i18n/lang';
import type { MessageFn } from './catalog';
import type { Code, Finding } from './finding';
import { quote } from './place';

export { placeOf, quote } from './place';

type SomeMessages = { [C in Code]?: Record<Lang, MessageFn<C>> };

const catalogs: SomeMessages[] = [];

/** Each feature registers its catalogue once, at module load. */
export function registerMessages(catalog: SomeMessages): void {
  catalogs.push(catalog);
}

export function renderMessage(f: Finding, lang: Lang): string {
  for (let i = catalogs.length - 1; i >= 0; i--) {
    // Looked up by the finding's own code, the entry takes this finding: tsc cannot correlate the two.
    const entry = catalogs[i][f.code] as Record<Lang, (f: Finding) => string> | undefined;
    if (entry) return entry[lang](f);
  }
  // A code without a catalogue entry still says what it is and what the cell held.
  return `${f.code}${f.value ? `: ${quote(f.value)}` : ''}`;
}
