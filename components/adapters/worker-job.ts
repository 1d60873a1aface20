// The panel's side of a job in a worker: one worker per job, ended when the job is — with its result, when the user
// stops it, when it runs past its time budget, or when it dies. The work never runs on the panel's thread.
import { WorkStopped, type JobReply, type StopReason } from './job-protocol';

/** What the adapter needs of a worker; tests pass a fake. */
export interface JobWorker<Request, Stage, R> {
  onmessage: ((e: MessageEvent<JobReply<Stage, R>>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  onmessageerror: ((e: MessageEvent) => void) | null;
  postMessage(request: Request, transfer: Transferable[]): void;
  terminate(): void;
}

export interface Job<Request, Stage> {
  request: Request;
  /** what moves to the worker instead of being copied */
  transfer: Transferable[];
  onStage?: (stage: Stage) => void;
  /** stops the job: the worker is ended, and the promise rejects with `WorkStopped('cancelled')` */
  signal?: AbortSignal;
}

export function runJob<Request, Stage, R>(
  start: () => JobWorker<Request, Stage, R>,
  budgetMs: number,
  { request, transfer, onStage, signal }: Job<Request, Stage>,
): Promise<R> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new WorkStopped('cancelled', budgetMs));
    const worker = start();
    const end = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', cancel);
      worker.terminate();
    };
    const stop = (reason: StopReason) => {
      end();
      reject(new WorkStopped(reason, budgetMs));
    };
    const cancel = () => stop('cancelled');
    // wall time, not CPU: a worker that hangs or swaps is as stuck for the user as one that loops
    const timer = setTimeout(() => stop('timeout'), budgetMs);
    signal?.addEventListener('abort', cancel, { once: true });
    worker.onmessage = (e) => {
      const reply = e.data;
      if (reply.type === 'stage') return onStage?.(reply.stage);
      if (reply.type === 'crashed') return stop('crashed');
      end();
      resolve(reply.result);
    };
    // a worker that could not start, ran out of memory or threw outside the job; its message stays out of the
    // console and the panel, which says it in one line
    worker.onerror = (e) => {
      e.preventDefault();
      stop('crashed');
    };
    worker.onmessageerror = () => stop('crashed');
    worker.postMessage(request, transfer);
  });
}
