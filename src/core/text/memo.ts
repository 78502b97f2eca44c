/**
 * Memoises a one-argument function of a string. Plan sheets repeat the same owners, timeframes and
 * notes on thousands of rows; reading each distinct text once keeps a big sheet linear and light on
 * garbage. Bounded, so a sheet of all-distinct texts cannot grow it without end.
 */
export function memoByText<T>(fn: (s: string) => T, limit = 50_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string) => {
    let v = cache.get(s);
    if (v === undefined && !cache.has(s)) {
      v = fn(s);
      if (cache.size < limit) cache.set(s, v);
    }
    return v as T;
  };
}
