/**
 * A job's result crosses back in slices too. A plan reading of 50,000 tasks is ~20 MB once
 * cloned, and the pane's thread would spend ~300 ms taking it in one message; its long arrays
 * (tasks, findings, targets, wherever they sit in the result) are sent instead as slices of
 * ITEMS_PER_SLICE items, one message each, and put back in place before the job resolves.
 */

/** ~2,000 tasks clone in about 15 ms. */
export const ITEMS_PER_SLICE = 2000;

/** Items of the array at `path` in the result, in order. */
export interface ResultSlice {
  type: 'slice';
  seq: number;
  path: string[];
  items: unknown[];
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}

/**
 * The result with every array longer than `max` (found through plain objects, not inside arrays)
 * left empty, and the slices that refill them. The input is not changed.
 */
export function splitResult(
  value: unknown,
  seq: number,
  max = ITEMS_PER_SLICE,
): { head: unknown; slices: ResultSlice[] } {
  const slices: ResultSlice[] = [];
  const walk = (v: unknown, path: string[]): unknown => {
    if (Array.isArray(v) && v.length > max && path.length > 0) {
      for (let i = 0; i < v.length; i += max) slices.push({ type: 'slice', seq, path, items: v.slice(i, i + max) });
      return [];
    }
    if (!isPlainObject(v)) return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = walk(x, [...path, k]);
    return out;
  };
  const head = walk(value, []);
  return { head, slices };
}

/** Puts slices back into the head they were cut from (in the order they were sent). */
export function joinResult(head: unknown, slices: readonly ResultSlice[]): unknown {
  for (const s of slices) {
    let at = head as Record<string, unknown>;
    for (const k of s.path.slice(0, -1)) at = at[k] as Record<string, unknown>;
    const arr = at[s.path[s.path.length - 1]] as unknown[];
    for (const item of s.items) arr.push(item);
  }
  return head;
}
