/** A worker thread of `readSubmissionFiles`: reads the files it is sent, one at a time. */
import { parentPort } from 'worker_threads';
import { readSubmissionFile, type ReadRequest } from './submissionFiles';

parentPort?.on('message', (req: ReadRequest) => {
  readSubmissionFile(req.file, req.lang).then(
    (result) => parentPort?.postMessage({ index: req.index, result }),
    // readSubmissionFile turns every read failure into a result; anything else is a bug worth seeing.
    (err: unknown) => {
      throw err;
    },
  );
});
