// The template's work on the caller's own thread: for Node and for tests of the views, where no worker runs.
import { collectTemplate } from '@/lib/template/collect';
import { writeTemplate } from '@/lib/template/write';
import { WorkStopped } from './job-protocol';
import type { TemplateWork } from './template-protocol';

/** A stop counts only before the work begins: once begun, nothing on this thread can interrupt it. */
const unlessStopped = <T>(signal: AbortSignal | undefined, work: () => T): Promise<T> =>
  new Promise((resolve) => {
    if (signal?.aborted) throw new WorkStopped('cancelled');
    resolve(work());
  });

export const templateInProcess: TemplateWork = {
  collect: (bytes, signal) => unlessStopped(signal, () => collectTemplate(bytes)),
  write: (bytes, entries, signal) => unlessStopped(signal, () => writeTemplate(bytes, entries)),
};
