// A batch's worker thread (cli/check-pool.ts starts the bundle in a thread; cli/kkfz.ts brings it here): checks
// each file the main thread sends, one at a time, and answers with its outcome.
import { parentPort } from 'node:worker_threads';
import { checkFile, type CheckTask } from './check-file';

parentPort!.on(
  'message',
  (task: CheckTask) => void checkFile(task).then((outcome) => parentPort!.postMessage(outcome)),
);
