/** The pane's language: Office's display language picks it, the switch overrides it. */
import { createContext, useContext } from 'react';
import { DEFAULT_LANG, type Lang } from '../../core/i18n/lang';
import { STRINGS, type Strings } from './strings';

export interface LangState {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

export const LangContext = createContext<LangState>({ lang: DEFAULT_LANG, setLang: () => undefined });

export function useLang(): LangState {
  return useContext(LangContext);
}

export function useStrings(): Strings {
  return STRINGS[useContext(LangContext).lang];
}
