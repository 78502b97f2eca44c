/**
 * Compile-time proof that a zod schema describes exactly the type the code produces: each must be
 * assignable to the other. A field added to the output but not to its schema (or the reverse)
 * makes `tsc` fail at the line that asserts it, so the published contract cannot drift.
 */
export type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** `assertSameShape<A, B>(true)` compiles only when A and B have the same shape. */
export function assertSameShape<A, B>(proof: SameShape<A, B>): void {
  void proof;
}
