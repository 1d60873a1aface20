// Runs a batch's checks: in worker threads, `jobs` at a time, each running the bundle itself (cli/kkfz.ts, which in
// a thread is cli/check-worker.ts); or one by one in this thread, with one job or without a worker script (the
// tests, in-process). Each outcome is reported as it comes; a worker that dies takes only its current file along.
import { Worker } from 'node:worker_threads';
import type { CheckTask, Outcome } from './check-file';

export async function runChecks(
  tasks: CheckTask[],
  jobs: number,
  workerUrl: URL | undefined,
  done: (index: number, outcome: Outcome) => void,
): Promise<void> {
  if (!workerUrl || jobs === 1 || tasks.length < 2) {
    const { checkFile } = await import('./check-file');
    for (const [k, task] of tasks.entries()) done(k, await checkFile(task));
    return;
  }
  let next = 0;
  const lane = async () => {
    let worker: Worker | null = null;
    while (next < tasks.length) {
      const k = next++;
      const task = tasks[k]!;
      // threadId is -1 once a thread has stopped, even before its 'exit' event; ask() hears a thread's error, the
      // listener here only keeps one between two files from throwing in this thread
      if (!worker || worker.threadId === -1) worker = new Worker(workerUrl).on('error', () => {});
      try {
        done(k, await ask(worker, task));
      } catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        done(k, {
          file: task.file,
          exit: 2,
          error:
            task.lang === 'en' ? `the check stopped unexpectedly: ${why}` : `de controle stopte onverwacht: ${why}`,
        });
        void worker.terminate();
        worker = null;
      }
    }
    await worker?.terminate();
  };
  await Promise.all(Array.from({ length: Math.min(jobs, tasks.length) }, lane));
}

/** One task to a worker: its answer, or a rejection when the thread fails or stops first. */
function ask(worker: Worker, task: CheckTask): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const settle = (f: () => void) => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      f();
    };
    const onMessage = (o: Outcome) => settle(() => resolve(o));
    const onError = (e: Error) => settle(() => reject(e));
    const onExit = (code: number) => settle(() => reject(new Error(`exit ${code}`)));
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(task);
  });
}
