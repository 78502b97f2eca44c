/**
 * The language to start in. Inside Office: Office's display language (vi unless it is English).
 * Outside Office there is no display language to follow, so Vietnamese, the users' language.
 * A choice made with the switch is remembered on this computer and wins.
 */
import { DEFAULT_LANG, type Lang, parseLang } from '../../core/i18n/lang';

const KEY = 'cchc.lang';

export function storedLang(): Lang | null {
  try {
    const v = globalThis.localStorage?.getItem(KEY);
    return v === 'vi' || v === 'en' ? v : null;
  } catch {
    // Storage can be blocked (privacy settings, some Office webviews): the choice then lasts the session.
    return null;
  }
}

export function storeLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(KEY, lang);
  } catch {
    /* see storedLang */
  }
}

export function initialLang(officeDisplayLanguage: string | null): Lang {
  return storedLang() ?? (officeDisplayLanguage ? parseLang(officeDisplayLanguage) : DEFAULT_LANG);
}
