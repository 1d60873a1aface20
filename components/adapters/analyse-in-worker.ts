// The panel's side of the worker: one worker per import, ended when the import is — with its result, when the user
// stops it, when it runs past its time budget, or when it dies. The analysis never runs on the panel's thread.
import AnalyseWorker from './analyse.worker?worker';
import {
  AnalyseStopped,
  TIME_BUDGET_MS,
  type Analyse,
  type StopReason,
  type WorkerReply,
  type WorkerRequest,
} from './analyse-protocol';

/** What the adapter needs of a worker; tests pass a fake. */
export interface AnalysisWorker {
  onmessage: ((e: MessageEvent<WorkerReply>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  onmessageerror: ((e: MessageEvent) => void) | null;
  postMessage(request: WorkerRequest, transfer: Transferable[]): void;
  terminate(): void;
}

export function analyseWith(start: () => AnalysisWorker, budgetMs = TIME_BUDGET_MS): Analyse {
  return (bytes, options, onStage, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new AnalyseStopped('cancelled'));
      const worker = start();
      const end = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', cancel);
        worker.terminate();
      };
      const stop = (reason: StopReason) => {
        end();
        reject(new AnalyseStopped(reason, budgetMs));
      };
      const cancel = () => stop('cancelled');
      // wall time, not CPU: a worker that hangs or swaps is as stuck for the user as one that loops
      const timer = setTimeout(() => stop('timeout'), budgetMs);
      signal?.addEventListener('abort', cancel, { once: true });
      worker.onmessage = (e) => {
        const reply = e.data;
        if (reply.type === 'stage') return onStage(reply.stage);
        if (reply.type === 'crashed') return stop('crashed');
        end();
        resolve(reply.result);
      };
      // a worker that could not start, ran out of memory or threw outside the analysis; its message stays out of
      // the console and the panel, which says it in one line
      worker.onerror = (e) => {
        e.preventDefault();
        stop('crashed');
      };
      worker.onmessageerror = () => stop('crashed');
      const request: WorkerRequest = { bytes, options };
      worker.postMessage(request, [bytes.buffer as ArrayBuffer]);
    });
}

export const analyseInWorker = analyseWith(() => new AnalyseWorker());
