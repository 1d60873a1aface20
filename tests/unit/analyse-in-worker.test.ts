// The panel's side of the analysis worker: every way an analysis ends (a result, the user's stop, the time budget,
// a crash) ends the worker too, and all but a result reject with a reason the panel can say in one line.
import { describe, expect, it } from 'vitest';
import { analyseWith } from '../../components/adapters/analyse-in-worker';
import { WorkStopped } from '../../components/adapters/job-protocol';
import type { WorkerRequest } from '../../components/adapters/analyse-protocol';
import type { AnalyseResult } from '../../lib/analyse';
import type { ImportStage } from '../../lib/docx/import';
import { FakeJobWorker } from '../support/fake-job-worker';

type AnalysisFake = FakeJobWorker<WorkerRequest, ImportStage, AnalyseResult>;

function start(budgetMs?: number) {
  const workers: AnalysisFake[] = [];
  const analyse = analyseWith(() => {
    const w = new FakeJobWorker<WorkerRequest, ImportStage, AnalyseResult>();
    workers.push(w);
    return w;
  }, budgetMs);
  return { analyse, workers };
}

const stopped = (reason: WorkStopped['reason']) => expect.objectContaining({ name: 'WorkStopped', reason });
const refused: AnalyseResult = { ok: false, error: { code: 'pdf', nl: 'PDF', en: 'PDF' }, messages: [] };

describe('analysis in a worker', () => {
  it('sends the bytes (moved, not copied), passes the stages on and ends the worker with the result', async () => {
    const { analyse, workers } = start();
    const bytes = new Uint8Array([1, 2, 3]);
    const buffer = bytes.buffer;
    const stages: ImportStage[] = [];
    const pending = analyse(bytes, { year: 2025 }, (s) => stages.push(s));
    const [w] = workers;
    expect(w!.request).toEqual({ bytes, options: { year: 2025 } });
    expect(w!.transfer).toEqual([buffer]);
    w!.reply({ type: 'stage', stage: 'inspect' });
    w!.reply({ type: 'stage', stage: 'convert' });
    expect(w!.terminated).toBe(false);
    w!.reply({ type: 'done', result: refused });
    await expect(pending).resolves.toBe(refused);
    expect(stages).toEqual(['inspect', 'convert']);
    expect(w!.terminated).toBe(true);
  });

  it('stops when the signal aborts: the worker is ended and nothing it says later counts', async () => {
    const { analyse, workers } = start();
    const control = new AbortController();
    const stages: ImportStage[] = [];
    const pending = analyse(new Uint8Array(4), {}, (s) => stages.push(s), control.signal);
    workers[0]!.reply({ type: 'stage', stage: 'convert' });
    control.abort();
    await expect(pending).rejects.toEqual(stopped('cancelled'));
    expect(workers[0]!.terminated).toBe(true);
    workers[0]!.reply({ type: 'stage', stage: 'map' });
    expect(stages).toEqual(['convert']);
  });

  it('starts no worker for a signal that was aborted already', async () => {
    const { analyse, workers } = start();
    await expect(analyse(new Uint8Array(4), {}, () => {}, AbortSignal.abort())).rejects.toEqual(stopped('cancelled'));
    expect(workers).toEqual([]);
  });

  it('ends a worker that runs past its time budget, naming the budget', async () => {
    const { analyse, workers } = start(50);
    const pending = analyse(new Uint8Array(4), {}, () => {});
    workers[0]!.reply({ type: 'stage', stage: 'convert' });
    await expect(pending).rejects.toEqual(expect.objectContaining({ reason: 'timeout', budgetMs: 50 }));
    expect(workers[0]!.terminated).toBe(true);
  });

  it('a crash (error event, out of memory) ends the worker and stays out of the console', async () => {
    const { analyse, workers } = start();
    const pending = analyse(new Uint8Array(4), {}, () => {});
    expect(workers[0]!.crash('Uncaught RangeError: Array buffer allocation failed')).toBe(true);
    await expect(pending).rejects.toEqual(stopped('crashed'));
    expect(workers[0]!.terminated).toBe(true);
  });

  it('an exception inside the analysis is a crash, its text not passed on', async () => {
    const { analyse, workers } = start();
    const pending = analyse(new Uint8Array(4), {}, () => {});
    workers[0]!.reply({ type: 'crashed' });
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkStopped);
    expect(error).toEqual(stopped('crashed'));
    expect(workers[0]!.terminated).toBe(true);
  });

  it('a reply that cannot be read (messageerror) is a crash too', async () => {
    const { analyse, workers } = start();
    const pending = analyse(new Uint8Array(4), {}, () => {});
    workers[0]!.onmessageerror?.({} as MessageEvent);
    await expect(pending).rejects.toEqual(stopped('crashed'));
    expect(workers[0]!.terminated).toBe(true);
  });
});
