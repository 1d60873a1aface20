// The worker's side of a job (components/adapters/worker-job.ts): a request in, stages and one result out. A throw
// is `crashed`: the panel shows one line of its own, never the exception's text.
import type { JobReply } from './job-protocol';

export function serveJob<Request, Stage, R>(
  run: (request: Request, onStage: (stage: Stage) => void) => R | Promise<R>,
  /** what of the result moves to the panel instead of being copied */
  transferOf: (result: R) => Transferable[] = () => [],
): void {
  const post = (reply: JobReply<Stage, R>, transfer: Transferable[] = []) =>
    (self as unknown as Worker).postMessage(reply, transfer);
  self.onmessage = async (e: MessageEvent<Request>) => {
    try {
      const result = await run(e.data, (stage) => post({ type: 'stage', stage }));
      post({ type: 'done', result }, transferOf(result));
    } catch {
      post({ type: 'crashed' });
    }
  };
}
