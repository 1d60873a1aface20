// The Word template's work in a worker, as the import's analysis: the panel keeps its bytes (the worker gets a
// copy), the written template comes back, and a stop, the time budget or a crash ends the worker with a reason the
// panel can say in one line. The worker's own handler, run here in-process, reads and writes a real template.
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WorkStopped, type JobReply } from '../../components/adapters/job-protocol';
import { templateInProcess } from '../../components/adapters/template-in-process';
import { templateWorkWith } from '../../components/adapters/template-in-worker';
import type { TemplateRequest, TemplateResult } from '../../components/adapters/template-protocol';
import { collectTemplate } from '../../lib/template/collect';
import { planTemplate, withText, type TemplateEntry } from '../../lib/template/plan';
import type { Template } from '../../lib/template/slot';
import { FakeJobWorker } from '../support/fake-job-worker';
import { pillarTemplate } from '../support/make-template';

type TemplateFake = FakeJobWorker<TemplateRequest, never, TemplateResult>;

function start(budgetMs?: number) {
  const workers: TemplateFake[] = [];
  const work = templateWorkWith(() => {
    workers.push(new FakeJobWorker<TemplateRequest, never, TemplateResult>());
    return workers.at(-1)!;
  }, budgetMs);
  return { work, workers };
}

const stopped = (reason: WorkStopped['reason']) => expect.objectContaining({ name: 'WorkStopped', reason });
const template: Template = { slots: [], headings: [{ text: 'Veiligheid', level: 1 }] };

/** Every place of the template ticked, with text of its own. */
const entriesFor = (t: Template): TemplateEntry[] =>
  planTemplate(t, { blocks: [], mappings: [], checklist: [] }).map((e) => ({
    ...withText(e, 'Onze eigen tekst.'),
    selected: true,
  }));

describe('the template in a worker', () => {
  it('reads the template in a worker from a copy of its bytes, and ends the worker with the result', async () => {
    const { work, workers } = start();
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4]);
    const pending = work.collect(bytes);
    const [w] = workers;
    expect(w!.request).toEqual({ op: 'collect', bytes });
    expect(w!.request!.bytes).not.toBe(bytes);
    expect(w!.transfer).toEqual([w!.request!.bytes.buffer]);
    w!.reply({ type: 'done', result: { ok: true, value: template, messages: [] } });
    await expect(pending).resolves.toEqual({ ok: true, value: template, messages: [] });
    expect(w!.terminated).toBe(true);
  });

  it('writes from a copy: the panel’s bytes stay usable for the next write', async () => {
    const { work, workers } = start();
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4]);
    const entries = entriesFor(template);
    const pending = work.write(bytes, entries);
    const [w] = workers;
    expect(w!.request).toEqual({ op: 'write', bytes, entries });
    // moving the request's buffer, as the browser does, leaves the panel's bytes whole
    structuredClone(w!.request, { transfer: w!.transfer });
    expect(bytes.byteLength).toBe(4);
    expect([...bytes]).toEqual([0x50, 0x4b, 3, 4]);
    const written: TemplateResult = {
      ok: true,
      value: { bytes: new Uint8Array(8), filled: [], left: [] },
      messages: [],
    };
    w!.reply({ type: 'done', result: written });
    await expect(pending).resolves.toBe(written);
    expect(w!.terminated).toBe(true);
  });

  it('stops when the signal aborts: the worker is ended and what it says later does not count', async () => {
    const { work, workers } = start();
    const control = new AbortController();
    const pending = work.collect(new Uint8Array(4), control.signal);
    control.abort();
    workers[0]!.reply({ type: 'done', result: { ok: true, value: template, messages: [] } });
    await expect(pending).rejects.toEqual(stopped('cancelled'));
    expect(workers[0]!.terminated).toBe(true);
    await expect(work.collect(new Uint8Array(4), AbortSignal.abort())).rejects.toEqual(stopped('cancelled'));
    expect(workers).toHaveLength(1);
  });

  it('ends a worker that runs past its time budget, naming the budget', async () => {
    const { work, workers } = start(50);
    const pending = work.write(new Uint8Array(4), []);
    await expect(pending).rejects.toEqual(expect.objectContaining({ reason: 'timeout', budgetMs: 50 }));
    expect(workers[0]!.terminated).toBe(true);
  });

  it('an exception in the worker, or the worker dying, is a crash that stays out of the console', async () => {
    const { work, workers } = start();
    const thrown = work.collect(new Uint8Array(4));
    workers[0]!.reply({ type: 'crashed' });
    const error = await thrown.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkStopped);
    expect(error).toEqual(stopped('crashed'));
    expect(workers[0]!.terminated).toBe(true);

    const died = work.write(new Uint8Array(4), []);
    const preventDefault = vi.fn();
    workers[1]!.onerror?.({ message: 'Uncaught RangeError', preventDefault } as unknown as ErrorEvent);
    await expect(died).rejects.toEqual(stopped('crashed'));
    expect(preventDefault).toHaveBeenCalled();
    expect(workers[1]!.terminated).toBe(true);
  });
});

describe('the template worker, run in-process', () => {
  const scope = {
    onmessage: null as ((e: MessageEvent<TemplateRequest>) => Promise<void>) | null,
    posted: [] as { reply: JobReply<never, TemplateResult>; transfer: Transferable[] }[],
    postMessage(reply: JobReply<never, TemplateResult>, transfer: Transferable[]) {
      this.posted.push({ reply, transfer });
    },
  };
  beforeAll(() => vi.stubGlobal('self', scope));
  afterAll(() => vi.unstubAllGlobals());

  /** the worker's one answer to a request */
  async function ask(request: TemplateRequest) {
    if (!scope.onmessage) await import('../../components/adapters/template.worker');
    scope.posted = [];
    await scope.onmessage!({ data: request } as MessageEvent<TemplateRequest>);
    expect(scope.posted).toHaveLength(1);
    return scope.posted[0]!;
  }

  it('finds the places of a template, and writes it so that it reads again, the result moved to the panel', async () => {
    const bytes = await pillarTemplate();
    const collected = (await ask({ op: 'collect', bytes })).reply;
    if (collected.type !== 'done' || !collected.result.ok || !('slots' in collected.result.value))
      throw new Error('the template must be read');
    const t = collected.result.value;
    expect(t.slots.length).toBeGreaterThan(0);

    const { reply, transfer } = await ask({ op: 'write', bytes, entries: entriesFor(t) });
    if (reply.type !== 'done' || !reply.result.ok || !('bytes' in reply.result.value))
      throw new Error('the template must be written');
    const written = reply.result.value;
    expect(written.filled).toHaveLength(t.slots.length);
    expect(transfer).toEqual([written.bytes.buffer]);
    expect(strFromU8(unzipSync(written.bytes)['word/document.xml']!)).toContain('Onze eigen tekst.');
    expect(collectTemplate(written.bytes).ok).toBe(true);
  });

  it('a throw is a crash, its text kept in the worker', async () => {
    const { reply } = await ask({ op: 'write', bytes: await pillarTemplate(), entries: null as never });
    expect(reply).toEqual({ type: 'crashed' });
  });
});

describe('the template in-process', () => {
  it('reads and writes as the worker does, and stops before it begins', async () => {
    const bytes = await pillarTemplate();
    const t = await templateInProcess.collect(bytes);
    if (!t.ok) throw new Error(t.error.en);
    const w = await templateInProcess.write(bytes, entriesFor(t.value));
    expect(w.ok && w.value.filled).toHaveLength(t.value.slots.length);
    await expect(templateInProcess.collect(bytes, AbortSignal.abort())).rejects.toEqual(stopped('cancelled'));
  });
});
