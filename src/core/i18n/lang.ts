/** Languages of every word a user sees: Vietnamese first, English second. */
export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];
export const DEFAULT_LANG: Lang = 'vi';

export function parseLang(value: string | undefined | null): Lang {
  const v = (value ?? '').toLowerCase();
  return v.startsWith('en') ? 'en' : 'vi';
}
