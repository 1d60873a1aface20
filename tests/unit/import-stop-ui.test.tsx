// @vitest-environment happy-dom
// A long import in the panel, with a stand-in worker: a labelled progress bar names the stage, "Stoppen" ends the
// worker, and a stopped, timed-out or crashed import says so in one line and leaves the library exactly as it was.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../components/App';
import { analyseWith } from '../../components/adapters/analyse-in-worker';
import type { Analyse, WorkerRequest } from '../../components/adapters/analyse-protocol';
import type { ImportStage } from '../../lib/docx/import';
import { analyseDocx, type AnalyseResult } from '../../lib/analyse';
import { KkfzDb } from '../../lib/storage/db';
import { saveDraft } from '../../lib/storage/repository';
import { FakeJobWorker } from '../support/fake-job-worker';
import { makeDocx } from '../support/make-docx';
import { templateInProcess } from '../../components/adapters/template-in-process';

type AnalysisFake = FakeJobWorker<WorkerRequest, ImportStage, AnalyseResult>;

let db: KkfzDb;
let n = 0;
let stored: AnalyseResult & { ok: true };
beforeEach(async () => {
  db = new KkfzDb(`import-stop-ui-test-${n++}`);
  // a library with one report in it, to see that it stays as it was
  const docx = await makeDocx([
    { h: 1, text: 'Kwaliteitsverslag 2024' },
    { h: 2, text: 'Veiligheid' },
    { p: 'Het veiligheidsbeleid is herzien.' },
  ]);
  const result = await analyseDocx(docx, { keepImages: true });
  if (!result.ok) throw new Error('the seed report must import');
  stored = result;
  await saveDraft(db, {
    organisation: 'Zorg BV',
    fileName: 'vorig.docx',
    sizeBytes: docx.length,
    analysis: result.value,
    images: [],
  });
});
afterEach(async () => {
  cleanup();
  db.close();
  await db.delete();
});

/** every record of every table */
const library = async (): Promise<Record<string, unknown[]>> =>
  Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()])));

async function choose(analyse: Analyse) {
  render(<App db={db} analyse={analyse} templates={templateInProcess} />);
  fireEvent.click(await screen.findByRole('tab', { name: 'Importeren' }));
  const before = await library();
  const input = screen.getByTestId<HTMLInputElement>('import-input');
  Object.defineProperty(input, 'files', {
    value: [new File([new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9])], 'groot.docx')],
    configurable: true,
  });
  fireEvent.change(input);
  return before;
}

/** one stand-in worker per import, the latest last */
function fakeWorkers(budgetMs?: number) {
  const workers: AnalysisFake[] = [];
  const analyse = analyseWith(() => {
    workers.push(new FakeJobWorker<WorkerRequest, ImportStage, AnalyseResult>());
    return workers.at(-1)!;
  }, budgetMs);
  return { analyse, workers, started: () => waitFor(() => expect(workers.at(-1)?.request).toBeTruthy()) };
}

describe('a long import can be followed and stopped', () => {
  it('shows the stage on a labelled progress bar; Stoppen ends the worker, stores nothing, and the panel goes on', async () => {
    const { analyse, workers, started } = fakeWorkers();
    const before = await choose(analyse);
    await started();
    workers[0]!.reply({ type: 'stage', stage: 'inspect' });
    workers[0]!.reply({ type: 'stage', stage: 'convert' });
    const bar = await screen.findByRole('progressbar', {
      name: /Bezig met importeren… groot\.docx: Word-document lezen/,
    });
    expect(bar.getAttribute('value')).toBe('2');
    expect(screen.getByTestId<HTMLInputElement>('import-input').disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Stoppen' }));
    expect(workers[0]!.terminated).toBe(true);
    expect((await screen.findByTestId('import-stopped')).textContent).toBe(
      'Importeren van “groot.docx” is gestopt. Er is niets bewaard.',
    );
    expect(screen.queryByRole('progressbar')).toBeNull();
    // the keyboard is back on the file chooser, which takes a file again
    const input = screen.getByTestId<HTMLInputElement>('import-input');
    await waitFor(() => expect(document.activeElement).toBe(input));
    expect(input.disabled).toBe(false);
    expect(await library()).toEqual(before);

    fireEvent.click(screen.getByRole('tab', { name: 'Bibliotheek' }));
    await screen.findByText(/vorig\.docx/);
  });

  it('an analysis that does not heed the stop (in-process) and finishes later stores nothing', async () => {
    let finish: ((r: AnalyseResult) => void) | undefined;
    // the first import hangs until the test finishes it; the next one answers at once
    const analyse: Analyse = () => (finish ? Promise.resolve(stored) : new Promise((resolve) => (finish = resolve)));
    const before = await choose(analyse);
    await waitFor(() => expect(finish).toBeTypeOf('function'));
    fireEvent.click(screen.getByRole('button', { name: 'Stoppen' }));
    await screen.findByTestId('import-stopped');
    finish!(stored);
    // the next import is the only one stored
    const input = screen.getByTestId<HTMLInputElement>('import-input');
    Object.defineProperty(input, 'files', {
      value: [new File([new Uint8Array([0x50, 0x4b, 3, 4, 1])], 'klein.docx')],
      configurable: true,
    });
    fireEvent.change(input);
    expect((await screen.findByTestId('import-done', {}, { timeout: 15_000 })).textContent).toContain('klein.docx');
    const names = (await db.drafts.toArray()).map((d) => d.fileName);
    expect(names.sort()).toEqual(
      [...before.drafts!.map((d) => (d as { fileName: string }).fileName), 'klein.docx'].sort(),
    );
  });

  it('a worker past its time budget is ended with one line that names the budget', async () => {
    const { analyse, workers, started } = fakeWorkers(2000);
    const before = await choose(analyse);
    await started();
    workers[0]!.reply({ type: 'stage', stage: 'convert' });
    const error = await screen.findByTestId('import-error', {}, { timeout: 15_000 });
    expect(error.textContent).toContain(
      'De analyse duurde langer dan 2 seconden en is gestopt; splits het document en importeer de delen apart.',
    );
    expect(error.textContent).toContain('Er is niets gewijzigd aan wat al bewaard was.');
    expect(workers[0]!.terminated).toBe(true);
    expect(await library()).toEqual(before);
  });

  it('a crashed worker (out of memory) is one line, not its own message', async () => {
    const { analyse, workers, started } = fakeWorkers();
    const before = await choose(analyse);
    await started();
    workers[0]!.crash('Uncaught RangeError: Array buffer allocation failed\n    at inflate (chunk.js:1:2)');
    const error = await screen.findByTestId('import-error');
    expect(error.textContent).toContain(
      'De analyse is onverwacht afgebroken (mogelijk is het document te groot voor de browser); splits het document of probeer het opnieuw.',
    );
    expect(error.textContent).not.toMatch(/RangeError|chunk\.js/);
    expect(workers[0]!.terminated).toBe(true);
    expect(await library()).toEqual(before);
  });
});
