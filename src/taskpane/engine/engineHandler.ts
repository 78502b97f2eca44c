/**
 * What the engine worker does with each message, apart from the worker's global scope so tests
 * can run it in-process. Which grids it holds follows one rule, mirrored by workerEngine.ts so
 * the pane always knows what need not be sent again: a read adds the grids it read; a job on
 * grids keeps exactly the grids it names (dropped before it runs, so a failing job keeps the same);
 * a job on a unit's file leaves them alone.
 */
import { serializeError } from './errorTransfer';
import { GridAssembler, gridMessages, isGridMessage } from './gridTransfer';
import { peekGrids, runGridJob, submissionsOfFile } from './jobs';
import type { FromWorker, JobRequest, ToWorker } from './protocol';
import { splitResult } from './resultTransfer';

/** The reader only when a file is read: inside Excel the worker checks grids and never loads it. */
const loadReader = () => import(/* webpackChunkName: "xlsx" */ '../../docx/readAnyFile');

export function createEngineHandler(post: (m: FromWorker) => void): (m: ToWorker) => void {
  const held = new GridAssembler();
  let readCount = 0;

  async function run(req: JobRequest): Promise<void> {
    if (req.job === 'read') {
      const { readWorkbookOrDocument } = await loadReader();
      const grids = await readWorkbookOrDocument(req.data);
      const ids = grids.map(() => `w${++readCount}`);
      grids.forEach((g, i) => {
        for (const m of gridMessages(g, ids[i])) {
          post(m);
          // Kept here as well: the pane will ask to check these very grids next.
          held.accept(m);
        }
      });
      post({ type: 'done', seq: req.seq, grids: ids });
      return;
    }
    if (req.job === 'read-submissions' || req.job === 'peek') {
      const { readWorkbookOrDocument } = await loadReader();
      const grids = await readWorkbookOrDocument(req.data);
      const result =
        req.job === 'peek' ? peekGrids(grids, req.sheet, req.row, req.column) : submissionsOfFile(grids, req.file);
      post({ type: 'done', seq: req.seq, result });
      return;
    }
    const grids = req.grids.map((id) => held.get(id));
    held.retain(new Set(req.grids));
    const { head, slices } = splitResult(runGridJob(req, grids), req.seq);
    for (const s of slices) post(s);
    post({ type: 'done', seq: req.seq, result: head });
  }

  return (m) => {
    if (isGridMessage(m)) {
      held.accept(m);
      return;
    }
    run(m).catch((err: unknown) => post({ type: 'failed', seq: m.seq, error: serializeError(err) }));
  };
}
