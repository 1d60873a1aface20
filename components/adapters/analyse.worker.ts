// The analysis off the UI thread: a 300-page report takes seconds in mammoth, and the panel must stay usable.
import { analyseDocx } from '@/lib/analyse';
import type { WorkerReply, WorkerRequest } from './analyse-protocol';

const post = (reply: WorkerReply, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(reply, transfer);

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  try {
    const result = await analyseDocx(e.data.bytes, {
      ...e.data.options,
      onStage: (stage) => post({ type: 'stage', stage }),
    });
    // image bytes move to the panel instead of being copied
    const transfer = result.ok ? result.value.document.images.flatMap((i) => (i.data ? [i.data.buffer] : [])) : [];
    post({ type: 'done', result }, transfer);
  } catch {
    // the panel shows one line of its own, never the exception's text
    post({ type: 'crashed' });
  }
};
