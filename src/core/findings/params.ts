/**
 * Every finding code and the params it carries, assembled from each feature's own map (beside its
 * codes and severities). Adding a code means adding it there; the message catalogues
 * (./registry.ts) then fail `tsc` until it has a message in every language.
 */
import type { CheckParams } from '../checks/codes';
import type { ConsolidationParams } from '../consolidate/codes';
import type { EncodingParams } from '../encoding/codes';

/** What a param may hold: it is written to JSON and shown in messages as is. */
export type ParamValue = string | number | boolean | null;

/** A code that carries no params: any param given to it fails `tsc`. */
export type NoParams = { [key: string]: never };

/** Rejects a map whose params are not ParamValues (a Date, an array, an object). */
type ParamMap<T extends { [C in keyof T]: { [K in keyof T[C]]: ParamValue | undefined } }> = T;

// An interface may extend several: a code two features both declare, with different params, fails here.
export interface FindingParams extends ParamMap<CheckParams>, ParamMap<ConsolidationParams>, ParamMap<EncodingParams> {}

export type Code = keyof FindingParams;

/**
 * The named keys of each member of a union, not only the keys all members share (as `keyof`
 * gives); an index signature (NoParams') names none.
 */
export type KeyOf<T> = T extends unknown
  ? keyof { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] }
  : never;

/** Every param name some code has. */
export type ParamKey = { [C in Code]: KeyOf<FindingParams[C]> }[Code];
