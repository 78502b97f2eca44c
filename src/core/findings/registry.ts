/**
 * Every message catalogue, in one list the renderer reads: a module that renders findings imports
 * nothing else to have them all, and no catalogue registers itself as a side effect of an import.
 * Typed as the catalogue of every code, so a code without a message (in either language) fails
 * `tsc` here. A new feature's catalogue is added to this list.
 */
import { checkMessages } from '../checks/messages';
import { laggingYearMessages } from '../checks/laggingYears';
import { mergesUnreadMessages } from '../checks/merges';
import { consolidationMessages } from '../consolidate/messages';
import { encodingMessages } from '../encoding/messages';
import type { MessageCatalog } from './catalog';
import type { Code } from './finding';

export const MESSAGES: MessageCatalog<Code> = {
  ...checkMessages,
  ...laggingYearMessages,
  ...mergesUnreadMessages,
  ...consolidationMessages,
  ...encodingMessages,
};
