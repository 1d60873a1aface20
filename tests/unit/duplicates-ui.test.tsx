// @vitest-environment happy-dom
// No silent duplicates, in the panel over a real (fake-indexeddb) database: the same file imported again asks
// (Escape cancels, "toch als nieuw concept" adds one, "open" adds none), and next year's draft made twice from
// the same report opens the one made before.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../components/App';
import type { Analyse } from '../../components/adapters/analyse-protocol';
import { analyseDocx } from '../../lib/analyse';
import { KkfzDb } from '../../lib/storage/db';
import { makeDocx } from '../support/make-docx';
import { templateInProcess } from '../../components/adapters/template-in-process';

const analyse: Analyse = (bytes, options, onStage) => analyseDocx(bytes, { ...options, onStage });

let db: KkfzDb;
let n = 0;
beforeEach(() => {
  db = new KkfzDb(`duplicates-ui-test-${n++}`);
});
afterEach(async () => {
  cleanup();
  db.close();
  await db.delete();
});

function choose(name: string, data: Uint8Array) {
  fireEvent.click(screen.getByRole('tab', { name: 'Importeren' }));
  fireEvent.input(screen.getByLabelText('Organisatie'), { target: { value: 'Zorg BV' } });
  const input = screen.getByTestId<HTMLInputElement>('import-input');
  Object.defineProperty(input, 'files', {
    value: [new File([data as Uint8Array<ArrayBuffer>], name)],
    configurable: true,
  });
  fireEvent.change(input);
}

describe('no silent duplicates', () => {
  it('asks when the same file is imported again', async () => {
    const docx = await makeDocx([
      { h: 1, text: 'Kwaliteitsverslag 2025' },
      { h: 2, text: 'Veiligheid' },
      { p: 'Het veiligheidsbeleid is in 2025 herzien.' },
    ]);
    render(<App db={db} analyse={analyse} templates={templateInProcess} />);
    await screen.findByRole('tab', { name: 'Importeren' });
    choose('verslag.docx', docx);
    await screen.findByTestId('import-done', {}, { timeout: 15_000 });
    expect(await db.drafts.count()).toBe(1);
    expect((await db.drafts.toArray())[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);

    // Escape cancels: nothing added
    choose('kopie.docx', docx);
    const ask = await screen.findByTestId('import-duplicate');
    expect(ask.textContent).toMatch(/Dit bestand staat al in de bibliotheek \(Kwaliteitsverslag 2025, .+\)/);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('duplicate-open')));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('import-duplicate')).toBeNull());
    expect(await db.drafts.count()).toBe(1);

    // added anyway on request
    choose('kopie.docx', docx);
    fireEvent.click(await screen.findByRole('button', { name: 'Toch als nieuw concept toevoegen' }));
    await screen.findByTestId('import-done', {}, { timeout: 15_000 });
    expect(await db.drafts.count()).toBe(2);

    // "open" opens the stored one and adds none
    choose('kopie.docx', docx);
    fireEvent.click(await screen.findByRole('button', { name: 'Open het bewaarde verslag' }));
    await waitFor(async () => expect((await db.settings.get('settings'))?.value.currentDraftId).toBeTruthy());
    expect(await db.drafts.count()).toBe(2);
  }, 60_000);

  it('making next year’s draft twice opens the first one', async () => {
    const docx = await makeDocx([
      { h: 1, text: 'Kwaliteitsverslag 2025' },
      { h: 2, text: 'Veiligheid' },
      { p: 'Het veiligheidsbeleid is in 2025 herzien; momenteel werken we met een nieuw systeem.' },
    ]);
    render(<App db={db} analyse={analyse} templates={templateInProcess} />);
    await screen.findByRole('tab', { name: 'Importeren' });
    choose('verslag.docx', docx);
    await screen.findByTestId('import-done', {}, { timeout: 15_000 });
    const carryTab = screen.getAllByRole('tab').find((t) => /Vorig jaar|Jaarovergang/.test(t.textContent ?? ''))!;
    fireEvent.click(carryTab);
    fireEvent.click(await screen.findByTestId('carry-make'));
    await waitFor(async () => expect(await db.carry.count()).toBe(1));
    fireEvent.click(screen.getByTestId('carry-make'));
    await screen.findByTestId('carry-existing');
    expect(await db.carry.count()).toBe(1);
  }, 60_000);
});
