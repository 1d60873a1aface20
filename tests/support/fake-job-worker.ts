// A stand-in for a job's worker (components/adapters/worker-job.ts: the analysis, the Word template): records what the
// panel sends and whether it was ended, and answers only when the test says so — like a real one, nothing after it is
// terminated.
import type { JobReply } from '../../components/adapters/job-protocol';
import type { JobWorker } from '../../components/adapters/worker-job';

export class FakeJobWorker<Request, Stage, R> implements JobWorker<Request, Stage, R> {
  onmessage: JobWorker<Request, Stage, R>['onmessage'] = null;
  onerror: JobWorker<Request, Stage, R>['onerror'] = null;
  onmessageerror: JobWorker<Request, Stage, R>['onmessageerror'] = null;
  request: Request | null = null;
  transfer: Transferable[] = [];
  terminated = false;

  postMessage(request: Request, transfer: Transferable[]) {
    this.request = request;
    this.transfer = transfer;
  }

  terminate() {
    this.terminated = true;
  }

  reply(reply: JobReply<Stage, R>) {
    if (!this.terminated) this.onmessage?.({ data: reply } as MessageEvent<JobReply<Stage, R>>);
  }

  /** the worker's `error` event (a crash, out of memory); returns whether the adapter kept it from the console */
  crash(message: string): boolean {
    let prevented = false;
    if (!this.terminated)
      this.onerror?.({ message, preventDefault: () => (prevented = true) } as unknown as ErrorEvent);
    return prevented;
  }
}
