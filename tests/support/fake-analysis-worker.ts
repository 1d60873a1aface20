// A stand-in for the analysis worker (components/adapters/analyse-in-worker.ts): records what the panel sends and
// whether it was ended, and answers only when the test says so — like a real one, nothing after it is terminated.
import type { AnalysisWorker } from '../../components/adapters/analyse-in-worker';
import type { WorkerReply, WorkerRequest } from '../../components/adapters/analyse-protocol';

export class FakeAnalysisWorker implements AnalysisWorker {
  onmessage: AnalysisWorker['onmessage'] = null;
  onerror: AnalysisWorker['onerror'] = null;
  onmessageerror: AnalysisWorker['onmessageerror'] = null;
  request: WorkerRequest | null = null;
  transfer: Transferable[] = [];
  terminated = false;

  postMessage(request: WorkerRequest, transfer: Transferable[]) {
    this.request = request;
    this.transfer = transfer;
  }

  terminate() {
    this.terminated = true;
  }

  reply(reply: WorkerReply) {
    if (!this.terminated) this.onmessage?.({ data: reply } as MessageEvent<WorkerReply>);
  }

  /** the worker's `error` event (a crash, out of memory); returns whether the adapter kept it from the console */
  crash(message: string): boolean {
    let prevented = false;
    if (!this.terminated)
      this.onerror?.({ message, preventDefault: () => (prevented = true) } as unknown as ErrorEvent);
    return prevented;
  }
}
