// The panel's side of the worker: one worker per import, ended when the import is.
import AnalyseWorker from './analyse.worker?worker';
import type { Analyse } from '../ImportView';
import type { WorkerReply, WorkerRequest } from './protocol';

export const analyseInWorker: Analyse = (bytes, options, onStage) =>
  new Promise((resolve, reject) => {
    const worker = new AnalyseWorker();
    const end = () => worker.terminate();
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const reply = e.data;
      if (reply.type === 'stage') return onStage(reply.stage);
      end();
      if (reply.type === 'done') resolve(reply.result);
      else reject(new Error(reply.message));
    };
    worker.onerror = (e) => {
      end();
      reject(new Error(e.message || 'worker failed'));
    };
    const request: WorkerRequest = { bytes, options };
    worker.postMessage(request, [bytes.buffer as ArrayBuffer]);
  });
