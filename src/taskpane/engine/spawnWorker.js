/**
 * Starts the engine worker. Plain JavaScript on purpose: webpack needs the literal
 * `new Worker(new URL('./engine.worker.ts', import.meta.url))` to bundle the worker as its own
 * chunk, and `import.meta` does not type-check under the project's commonjs tsconfig (used by the
 * command line and Jest). Only the pane's entry point imports this file; tests never do.
 */
export function spawnEngineWorker() {
  return new Worker(new URL('./engine.worker.ts', import.meta.url), { name: 'cchc-engine' });
}
