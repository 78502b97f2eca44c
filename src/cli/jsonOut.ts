/**
 * A big JSON answer written in pieces: exactly the text of `JSON.stringify(value, null, 2)`, but the
 * outer objects and the long arrays (a 50,000-task plan's tasks) are written element by element, so
 * the whole document never exists as one string. As one string it was 44 MB of text held twice in
 * memory (the string, then its UTF-8 copy), a third of the process's peak.
 */

/** Arrays longer than this are written element by element; shorter ones, and their elements, at once. */
const LONG_ARRAY = 32;
/** The outer levels (the answer, its list of workbooks, each workbook) are always walked. */
const OUTER_DEPTH = 2;
/**
 * Pieces are handed on in about this much text. Small enough that a piece and the strings it is
 * joined from die young: pieces of 1 MB outlived the young generation and piled up in the old one
 * until a full collection, 35 MB of a 50,000-task answer's peak.
 */
const CHUNK = 1 << 16;

type Json = unknown;

function isStreamed(value: Json, depth: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return depth <= OUTER_DEPTH || value.length > LONG_ARRAY;
  // Only plain objects: anything else (a boxed number, a class) is left to stringify itself.
  const proto: unknown = Object.getPrototypeOf(value);
  return (
    depth <= OUTER_DEPTH &&
    (proto === Object.prototype || proto === null) &&
    holdsStreamed(value as Record<string, Json>, depth)
  );
}

/**
 * An outer object is walked member by member only when something in it is walked too (a workbook's
 * long list of tasks). One that holds nothing big (each of 13,000 findings of a consolidation) is
 * stringified with its neighbours in a run: walked, its members cost a piece and a stringify each.
 */
function holdsStreamed(value: Record<string, Json>, depth: number): boolean {
  for (const k in value) {
    if (Object.prototype.hasOwnProperty.call(value, k) && isStreamed(value[k], depth + 1)) return true;
  }
  return false;
}

/** What JSON writes for a member: its `toJSON()` when it has one (a Date), else itself. */
function resolve(value: Json, key: string): Json {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function')
    return (value as { toJSON(k: string): Json }).toJSON(key);
  return value;
}

/** Elements written at once are stringified in runs of this many (a run's text stays well under a piece). */
const RUN = 64;

/** An element JSON.stringify may write as one of a run: nothing of it is walked, it has no `toJSON` of its own. */
function byStringify(el: Json, depth: number): boolean {
  if (el !== null && typeof el === 'object' && typeof (el as { toJSON?: unknown }).toJSON === 'function') return false;
  return !isStreamed(el, depth);
}

/**
 * A run of array elements at `depth`, each on its line and indented as JSON.stringify indents them
 * there, separated by commas. Stringified inside `depth - 1` arrays, they come out at their depth,
 * so no pass over the text re-indents it: the run is what lies between the arrays' brackets.
 */
function elementsText(run: Json[], depth: number): string {
  let wrapped: Json = run;
  for (let k = 1; k < depth; k++) wrapped = [wrapped];
  const s = JSON.stringify(wrapped, null, 2);
  // Each of the `depth` opening lines is `<indent>[\n`, each closing one `\n<indent>]`: 2i + 2 characters at level i.
  const edge = depth * depth + depth;
  return s.slice(edge, s.length - edge);
}

/** `JSON.stringify(value, null, 2)` of a value written at `depth` (its inner lines indented to match). */
function leaf(value: Json, depth: number): string | undefined {
  const s = JSON.stringify(value, null, 2) as string | undefined;
  if (s === undefined || depth === 0 || !s.includes('\n')) return s;
  return s.replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

/** The pieces of one value (already resolved); the result is false when JSON has nothing for it (undefined, a function). */
function* emit(value: Json, depth: number): Generator<string, boolean> {
  if (!isStreamed(value, depth)) {
    const s = leaf(value, depth);
    if (s === undefined) return false;
    yield s;
    return true;
  }
  const inner = '  '.repeat(depth + 1);
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return true;
    }
    yield '[';
    for (let i = 0; i < value.length;) {
      yield i === 0 ? '\n' : ',\n';
      if (byStringify(value[i], depth + 1)) {
        let j = i + 1;
        while (j < value.length && j - i < RUN && byStringify(value[j], depth + 1)) j++;
        yield elementsText(value.slice(i, j), depth + 1);
        i = j;
      } else {
        yield inner;
        if (!(yield* emit(resolve(value[i], String(i)), depth + 1))) yield 'null';
        i++;
      }
    }
    yield `\n${'  '.repeat(depth)}]`;
    return true;
  }
  let first = true;
  for (const k of Object.keys(value as object)) {
    // Decided before anything of the member is written: JSON leaves out what it cannot say.
    const v = resolve((value as Record<string, Json>)[k], k);
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(k)}: `;
    first = false;
    yield* emit(v, depth + 1);
  }
  yield first ? '{}' : `\n${'  '.repeat(depth)}}`;
  return true;
}

/** The text of `JSON.stringify(value, null, 2)` in pieces of about CHUNK characters (none for undefined). */
export function* jsonPieces(value: Json): Generator<string> {
  let pieces: string[] = [];
  let size = 0;
  for (const s of emit(resolve(value, ''), 0)) {
    pieces.push(s);
    size += s.length;
    if (size >= CHUNK) {
      yield pieces.join('');
      pieces = [];
      size = 0;
    }
  }
  if (pieces.length) yield pieces.join('');
}

/** Writes `value` as `JSON.stringify(value, null, 2)` would, handing the text to `write` in pieces. */
export function writeJson(value: Json, write: (chunk: string) => void): void {
  for (const piece of jsonPieces(value)) write(piece);
}
