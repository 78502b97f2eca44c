/**
 * The type of a message catalogue, as zod's locales type their error maps: for each code, one
 * function per language that renders a finding of exactly that code. A catalogue typed
 * `MessageCatalog<C>` fails `tsc` when a code of C has no message, a language is missing, a code
 * is not in C, or a message reads a param its code does not have.
 */
import type { Lang } from '../i18n/lang';
import type { Code, Finding } from './finding';

export type MessageFn<C extends Code> = (f: Finding<C>) => string;

export type MessageCatalog<C extends Code> = { [K in C]: Record<Lang, MessageFn<K>> };
