/**
 * A React state update outside act() means a test read the pane before it settled, or ended while
 * the pane was still changing: it passes or fails by timing. React only warns on console.error;
 * here that warning fails the test it was logged in, and the failure quotes it. A test that
 * silences console.error with jest.spyOn does not hide it: the spy's calls are read too.
 *
 * The fix is to await what the test is racing (findBy*, waitFor on the final state, the promise
 * the component is driven by), never to silence the warning.
 */
import { format } from 'util';

/** React's words: "An update to X inside a test was not wrapped in act(...)", and the same for Suspense. */
const ACT_WARNING = /was not wrapped in act\(/;

const logged: string[] = [];
/** How many calls of a console.error spy were already looked at. */
const seen = new WeakMap<object, number>();

// An act() warning is not printed here but kept: the failure it causes quotes it whole.
const original = console.error.bind(console);
console.error = (...args: unknown[]) => {
  const text = format(...args);
  if (ACT_WARNING.test(text)) logged.push(text);
  else original(...args);
};

/** The act() warnings logged since the last call (the hooks below call it after every test). */
export function takeActWarnings(): string[] {
  const found = logged.splice(0);
  const current = console.error;
  if (jest.isMockFunction(current)) {
    const calls = current.mock.calls as unknown[][];
    const before = seen.get(current) ?? 0;
    // A spy cleared since (mockClear) starts again from its first call.
    const from = before > calls.length ? 0 : before;
    seen.set(current, calls.length);
    for (const args of calls.slice(from)) {
      const text = format(...args);
      if (ACT_WARNING.test(text) && !found.includes(text)) found.push(text);
    }
  }
  return found;
}

function failOnActWarnings(when: string): void {
  const found = takeActWarnings();
  if (found.length === 0) return;
  throw new Error(
    `${found.length} React update(s) outside act() ${when}; await the state the test is racing ` +
      `(findBy*, waitFor, the promise the component waits on) instead:\n\n${found.join('\n\n')}`,
  );
}

afterEach(() => failOnActWarnings('during this test'));
afterAll(() => failOnActWarnings('after the last test of this file'));
