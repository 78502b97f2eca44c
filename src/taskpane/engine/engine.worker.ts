/**
 * The engine worker: reads .xlsx bytes and runs the plan's reading, checks and consolidation off
 * the pane's thread (engineHandler.ts). Office.js objects never come here: Excel is read on the
 * pane's thread, and only the resulting Grids are posted.
 */
import { createEngineHandler } from './engineHandler';
import type { FromWorker, ToWorker } from './protocol';

/** The slice of DedicatedWorkerGlobalScope used here (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}

const scope = self as unknown as WorkerScope;
const handle = createEngineHandler((m) => scope.postMessage(m));
scope.onmessage = (e) => handle(e.data);
