// @vitest-environment happy-dom
// The panel's words: the options reachable from its header, the open report's own organisation shown, counts in
// the right form, and the English UI labelling what lib/ gives in Dutch only.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../components/App';
import type { Analyse } from '../../components/adapters/analyse-protocol';
import { analyseDocx } from '../../lib/analyse';
import { KkfzDb } from '../../lib/storage/db';
import { readSettings, saveSettings } from '../../lib/storage/repository';
import { makeDocx } from '../support/make-docx';
import { templateInProcess } from '../../components/adapters/template-in-process';

const analyse: Analyse = (bytes, options, onStage) => analyseDocx(bytes, { ...options, onStage });

let db: KkfzDb;
let n = 0;
beforeEach(() => {
  db = new KkfzDb(`panel-words-test-${n++}`);
});
afterEach(async () => {
  cleanup();
  db.close();
  await db.delete();
});

const report = () =>
  makeDocx([
    { h: 1, text: 'Kwaliteitsverslag 2025' },
    { h: 2, text: 'Pijler 1 Visie en kwaliteitssysteem' },
    { p: 'Onze visie op forensische zorg is in 2025 herzien; het kwaliteitssysteem is opnieuw gecertificeerd.' },
  ]);

async function importAs(organisation: string, label: string, name = 'verslag.docx') {
  fireEvent.click(await screen.findByRole('tab', { name: label }));
  const field = (await screen.findByTestId('import-input'))
    .closest('section')!
    .querySelector<HTMLInputElement>('#organisation')!;
  fireEvent.input(field, { target: { value: organisation } });
  const input = screen.getByTestId<HTMLInputElement>('import-input');
  const data = await report();
  Object.defineProperty(input, 'files', {
    value: [new File([data as Uint8Array<ArrayBuffer>], name)],
    configurable: true,
  });
  fireEvent.change(input);
  return screen.findByTestId('import-done', {}, { timeout: 15_000 });
}

describe('panel header', () => {
  it('opens the options page from a button in the header', async () => {
    const openOptions = vi.fn(async () => {});
    render(<App db={db} analyse={analyse} templates={templateInProcess} openOptions={openOptions} />);
    const button = await screen.findByRole('button', { name: 'Opties' });
    expect(button.closest('header')).toBeTruthy();
    // a real <button>: in the tab order and activated by Enter and Space
    expect(button.tagName).toBe('BUTTON');
    expect(button.tabIndex).toBe(0);
    fireEvent.click(button);
    expect(openOptions).toHaveBeenCalledTimes(1);
  });

  it('shows the open report’s organisation, not the one in the options, in the header and for the next import', async () => {
    await saveSettings(db, { ...(await readSettings(db)), organisation: 'Instelling uit opties' });
    render(<App db={db} analyse={analyse} templates={templateInProcess} openOptions={async () => {}} />);
    await importAs('Kliniek De Brug', 'Importeren');
    await saveSettings(db, { ...(await readSettings(db)), organisation: 'Iets anders' });
    await waitFor(() => expect(screen.getByTestId('current-report').textContent).toMatch(/^Kliniek De Brug · /));
    fireEvent.click(screen.getByRole('tab', { name: 'Bibliotheek' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Importeren' }));
    expect((document.querySelector('#organisation') as HTMLInputElement).value).toBe('Kliniek De Brug');
  });
});

describe('counts and Dutch-only texts', () => {
  it('says "1 versie" and "1 blok" in Dutch', async () => {
    render(<App db={db} analyse={analyse} templates={templateInProcess} openOptions={async () => {}} />);
    await importAs('Kliniek', 'Importeren');
    fireEvent.click(screen.getByRole('tab', { name: 'Bibliotheek' }));
    await screen.findByText(/· 1 versie$/);
    fireEvent.click(screen.getByRole('tab', { name: 'Overzicht' }));
    await waitFor(() =>
      expect(document.querySelector('[data-pillar="1"] .bar-value')?.textContent).toMatch(
        /^\d+ woorden · \d+ blok(ken)?\b/,
      ),
    );
    const values = [...document.querySelectorAll('.bar-value')].map((e) => e.textContent ?? '');
    expect(values.some((v) => /· 0 blokken/.test(v))).toBe(true);
    expect(values.join('\n')).not.toMatch(/\b1 blokken|\b1 woorden/);
  });

  it('in English: "Year to year", counts in English, and lib’s Dutch reasons labelled as Dutch', async () => {
    await saveSettings(db, { ...(await readSettings(db)), language: 'en' });
    render(<App db={db} analyse={analyse} templates={templateInProcess} openOptions={async () => {}} />);
    await screen.findByRole('button', { name: 'Options' });
    expect(screen.getByRole('tab', { name: 'Year to year' })).toBeTruthy();
    await importAs('Clinic', 'Import');
    fireEvent.click(screen.getByRole('tab', { name: 'Library' }));
    await screen.findByText(/· 1 version$/);
    fireEvent.click(screen.getByRole('tab', { name: 'Overview' }));
    await waitFor(() => expect(document.querySelectorAll('[data-checklist-id] small').length).toBeGreaterThan(0));
    for (const reason of document.querySelectorAll('[data-checklist-id] small'))
      expect(reason.textContent).toMatch(/^Reason \(Dutch\): /);
    const values = [...document.querySelectorAll('.bar-value')].map((e) => e.textContent ?? '');
    expect(values).toContain('0 words · 0 blocks'); // pillars 2-5 of a one-pillar report
    expect(values.join('\n')).toMatch(/\b1 block\b/);
    expect(values.join('\n')).not.toMatch(/blok|woord|\b1 blocks/);
  });
});
