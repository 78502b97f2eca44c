/** The finding code of legacy encodings, its severity and its params: a public contract like the checks' codes. */
import type { Severity } from '../schema';
import type { LegacyEncoding } from './legacy';

export interface EncodingParams {
  /**
   * Cells of one sheet typed in a legacy encoding, converted for reading: how many, the first ones
   * (`A1, B2, …`), and the first one's text once converted (the finding's value is its text as typed).
   */
  'legacy-encoding': { encoding: LegacyEncoding; count: number; cells: string; example: string };
}

/** For information: the cells were read, converted; nothing is wrong with the plan itself. */
export const ENCODING_CODES = {
  'legacy-encoding': 'info',
} as const satisfies Record<keyof EncodingParams, Severity>;
