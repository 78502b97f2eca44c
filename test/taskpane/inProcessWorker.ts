/**
 * The engine worker run in-process, for tests: messages are copied with V8's serializer (what
 * structured clone uses) and delivered in later macrotasks, as a real worker's are. Records what
 * the pane sent, and stops delivering anything once terminated.
 */
import { deserialize, serialize } from 'v8';
import { createEngineHandler } from '../../src/taskpane/engine/engineHandler';
import type { FromWorker, ToWorker } from '../../src/taskpane/engine/protocol';
import type { WorkerLike } from '../../src/taskpane/engine/workerEngine';

export interface WorkerLog {
  spawned: number;
  terminated: number;
  /** Every message the pane posted, by type. */
  sent: ToWorker[];
}

const copy = <T>(m: T): T => deserialize(serialize(m)) as T;

export function inProcessWorkers(): { spawn: () => WorkerLike; log: WorkerLog } {
  const log: WorkerLog = { spawned: 0, terminated: 0, sent: [] };
  const spawn = (): WorkerLike => {
    log.spawned++;
    let alive = true;
    const w: WorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage(m) {
        log.sent.push(m as ToWorker);
        const c = copy(m as ToWorker);
        setTimeout(() => alive && handle(c), 0);
      },
      terminate() {
        alive = false;
        log.terminated++;
      },
    };
    const handle = createEngineHandler((m: FromWorker) => {
      const c = copy(m);
      setTimeout(() => alive && w.onmessage?.({ data: c } as MessageEvent<FromWorker>), 0);
    });
    return w;
  };
  return { spawn, log };
}
