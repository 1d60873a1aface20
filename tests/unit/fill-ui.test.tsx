// @vitest-environment happy-dom
// The fill view over a real database and a real report, with the browser's tabs played by a fake PageAccess
// whose page is a small form in this document: the preview, the user's choices, what is sent to the page,
// undo, a refused page, and the toolbar's request opening the view on its tab.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../components/App';
import type { Analyse } from '../../components/adapters/analyse-protocol';
import type { PageAccess } from '../../components/adapters/page-access';
import { analyseDocx } from '../../lib/analyse';
import { collectFields } from '../../lib/fill/collect';
import { fail, ok } from '../../lib/result';
import type { FillEntry } from '../../lib/fill/execute';
import { KkfzDb } from '../../lib/storage/db';
import { corpusCases } from '../../scripts/corpus';
import { templateInProcess } from '../../components/adapters/template-in-process';

const analyse: Analyse = (bytes, options, onStage) => analyseDocx(bytes, { ...options, onStage });
const levanto = corpusCases().find((c) => c.name === 'levanto-2025')!;

const FORM = `
  <h2>Organisatie</h2>
  <label for="naam">Naam organisatie</label><input id="naam" name="naam">
  <label for="visie">Waar staat uw organisatie voor? Beschrijf uw missie.</label><textarea id="visie" name="visie"></textarea>
  <h3>Samenwerking in de keten</h3>
  <label for="keten">Toelichting</label><textarea id="keten" name="keten">Al ingevuld door een collega.</textarea>
  <label for="ervaring">Hoe zet u ervaringsdeskundigen in?</label><textarea id="ervaring" name="ervaring"></textarea>
  <label for="kern">Kernboodschap</label><input id="kern" name="kern" maxlength="120">
  <label for="aantal">Aantal forensische cliënten</label><input id="aantal" name="aantal" type="number">`;

function fakePages(overrides: Partial<PageAccess> = {}) {
  const host = document.createElement('form');
  host.innerHTML = FORM;
  document.body.append(host);
  const fields = collectFields(host).map(({ element: _e, ...f }) => f);
  host.remove();
  const sent: FillEntry[][] = [];
  const pages: PageAccess = {
    tabs: async () => [{ id: 7, title: 'Jaarverantwoording', url: 'https://portaal.example.nl/jv' }],
    takeRequest: async () => null,
    onRequest: () => () => undefined,
    collect: async () => ok({ url: 'https://portaal.example.nl/jv', title: 'Jaarverantwoording', fields }),
    fill: async (_tab, entries) => {
      sent.push(entries);
      return ok({ outcomes: entries.map((e) => ({ key: e.key, status: 'filled' as const })) });
    },
    undo: vi.fn(async () => ok({ restored: sent.at(-1)?.length ?? 0 })),
    remember: vi.fn(async () => true),
    forget: async () => undefined,
    remembered: async () => [],
    ...overrides,
  };
  return { pages, sent, fields };
}

let db: KkfzDb;
let n = 0;
beforeEach(() => {
  db = new KkfzDb(`fill-ui-${n++}`);
});
afterEach(async () => {
  cleanup();
  db.close();
  await db.delete();
});

async function importReport() {
  fireEvent.click(await screen.findByRole('tab', { name: 'Importeren' }));
  const input = screen.getByTestId<HTMLInputElement>('import-input');
  Object.defineProperty(input, 'files', {
    value: [new File([new Uint8Array(readFileSync(levanto.docx))], 'levanto.docx')],
    configurable: true,
  });
  fireEvent.change(input);
  await screen.findByTestId('import-done', {}, { timeout: 15_000 });
}

const rowOf = (label: RegExp) =>
  screen.getAllByTestId('fill-row').find((r) => label.test(r.querySelector('.fill-label')?.textContent ?? ''))!;

/** After a reload the workspace opens on the overview; only then is a tab click the user's last word. */
async function openFillTab() {
  await waitFor(() =>
    expect(screen.getByRole('tab', { name: 'Overzicht' }).getAttribute('aria-selected')).toBe('true'),
  );
  fireEvent.click(screen.getByRole('tab', { name: 'Invullen' }));
  return screen.findByTestId('fill-read', {}, { timeout: 5_000 });
}

describe('fill view', () => {
  it('previews every field with its item and text, fills only what is ticked, and undoes it', async () => {
    const { pages, sent, fields } = fakePages();
    render(<App db={db} analyse={analyse} templates={templateInProcess} pages={pages} />);
    await importReport();
    fireEvent.click(screen.getByRole('tab', { name: 'Invullen' }));
    await waitFor(() =>
      expect(screen.getByTestId('fill-tab').textContent).toContain('Jaarverantwoording — portaal.example.nl'),
    );
    fireEvent.click(screen.getByTestId('fill-read'));
    await screen.findByText(/6 velden in “Jaarverantwoording”/);

    expect(rowOf(/Naam organisatie/).dataset).toMatchObject({ target: 'none', selected: 'false' });
    expect(rowOf(/missie/).dataset).toMatchObject({ target: 'visie', selected: 'true' });
    // a field that holds text is matched but not ticked, and says why
    expect(rowOf(/Toelichting/).dataset).toMatchObject({ target: 'theme-12', selected: 'false' });
    expect(within(rowOf(/Toelichting/)).getByText(/alleen met jouw bevestiging/)).toBeTruthy();
    expect(within(rowOf(/missie/)).getByRole<HTMLTextAreaElement>('textbox', { name: /Tekst voor/ }).value).toMatch(
      /visie/i,
    );
    // what the field takes and where the text comes from
    expect(within(rowOf(/missie/)).getByText(/^Veld vraagt: lange tekst$/)).toBeTruthy();
    expect(within(rowOf(/missie/)).getByText(/^Bron: \d+ passages? onder “Visie van de organisatie”/)).toBeTruthy();
    // a number field gets the figure, with the table it comes from
    expect(rowOf(/Aantal forensische/).dataset).toMatchObject({ target: 'omvang', fit: 'number', selected: 'true' });
    expect(
      within(rowOf(/Aantal forensische/)).getByRole<HTMLTextAreaElement>('textbox', { name: /Tekst voor/ }).value,
    ).toBe('122');
    expect(
      within(rowOf(/Aantal forensische/)).getByText(/^Bron: tabel onder “Omvang van de forensische zorg”/),
    ).toBeTruthy();
    // a one-line field with a limit: shortened visibly, the full text one click away
    const kern = rowOf(/Kernboodschap/);
    expect(kern.dataset).toMatchObject({ target: 'visie', fit: 'short', shortened: 'true' });
    expect(
      within(kern).getByRole<HTMLTextAreaElement>('textbox', { name: /Tekst voor/ }).value.length,
    ).toBeLessThanOrEqual(120);
    expect(within(kern).getByText(/ingekort tot \d+ van \d+ tekens/)).toBeTruthy();
    const full = within(kern).getByTestId('fill-full');
    expect(full.hidden).toBe(true);
    fireEvent.click(within(kern).getByTestId('fill-show-full'));
    await waitFor(() => expect(within(rowOf(/Kernboodschap/)).getByTestId('fill-full').hidden).toBe(false));
    expect(within(rowOf(/Kernboodschap/)).getByTestId('fill-full').textContent.length).toBeGreaterThan(120);
    fireEvent.click(within(rowOf(/Kernboodschap/)).getByRole('checkbox'));
    fireEvent.click(within(rowOf(/Aantal forensische/)).getByRole('checkbox'));

    // the user unticks one field and retargets another
    const ervaring = rowOf(/ervaringsdeskundigen/);
    expect(ervaring.dataset.target).toBe('theme-7');
    fireEvent.change(within(ervaring).getByTestId('fill-target'), { target: { value: 'pillar-2' } });
    await waitFor(() => expect(rowOf(/ervaringsdeskundigen/).dataset.target).toBe('pillar-2'));
    fireEvent.click(within(rowOf(/missie/)).getByRole('checkbox'));

    fireEvent.click(screen.getByTestId('fill-apply'));
    await screen.findByTestId('fill-done');
    const key = (name: string) => fields.find((f) => f.signals.tokens === name)!.key;
    expect(sent).toHaveLength(1);
    expect(sent[0]!.map((e) => e.key)).toEqual([key('ervaring')]);
    expect(sent[0]![0]!.text).toContain('Forensisch vakmanschap');
    expect(sent[0]![0]!.overwrite).toBe(false);

    // overwriting the prefilled field takes its own confirmation
    fireEvent.click(within(rowOf(/Toelichting/)).getByTestId('fill-overwrite'));
    fireEvent.click(screen.getByTestId('fill-apply'));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]!.find((e) => e.key === key('keten'))).toMatchObject({ overwrite: true });

    fireEvent.click(await screen.findByTestId('fill-undo'));
    await screen.findByTestId('fill-undone');
    expect(pages.undo).toHaveBeenCalledWith(7);
  }, 30_000);

  it('remembers the item the user chose for a field of this portal, and uses it the next time the form is read', async () => {
    const { pages } = fakePages();
    render(<App db={db} analyse={analyse} templates={templateInProcess} pages={pages} />);
    await importReport();
    fireEvent.click(screen.getByRole('tab', { name: 'Invullen' }));
    await waitFor(() => expect(screen.getByTestId<HTMLButtonElement>('fill-read').disabled).toBe(false));
    fireEvent.click(screen.getByTestId('fill-read'));
    await screen.findByText(/6 velden in “Jaarverantwoording”/);
    expect(rowOf(/ervaringsdeskundigen/).dataset.target).toBe('theme-7');
    fireEvent.change(within(rowOf(/ervaringsdeskundigen/)).getByTestId('fill-target'), {
      target: { value: 'pillar-2' },
    });
    fireEvent.change(within(rowOf(/missie/)).getByTestId('fill-target'), { target: { value: '' } });
    await waitFor(async () => expect(await db.fieldChoices.count()).toBe(2));

    // another session: the panel opened again, the form read again (its keys are new)
    cleanup();
    const again = fakePages();
    render(<App db={db} analyse={analyse} templates={templateInProcess} pages={again.pages} />);
    const read = await openFillTab();
    await waitFor(() => expect((read as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(read);
    await waitFor(() => expect(rowOf(/ervaringsdeskundigen/).dataset.target).toBe('pillar-2'));
    expect(within(rowOf(/ervaringsdeskundigen/)).getByText(/eerder bezoek aan deze site/)).toBeTruthy();
    expect(rowOf(/missie/).dataset).toMatchObject({ target: 'none', selected: 'false' });
    // a field the user did not touch keeps the automatic match
    expect(rowOf(/Naam organisatie/).dataset.target).toBe('none');
    expect(rowOf(/Aantal forensische/).dataset.target).toBe('omvang');
  }, 30_000);

  it('shows a refused page as a message and offers to remember a portal', async () => {
    const { pages } = fakePages({
      collect: async () => fail({ nl: 'De extensie mag deze pagina niet lezen.', en: 'no' }),
    });
    render(<App db={db} analyse={analyse} templates={templateInProcess} pages={pages} />);
    await importReport();
    fireEvent.click(screen.getByRole('tab', { name: 'Invullen' }));
    await waitFor(() => expect(screen.getByTestId<HTMLButtonElement>('fill-read').disabled).toBe(false));
    fireEvent.click(screen.getByTestId('fill-read'));
    expect((await screen.findByTestId('fill-problem')).textContent).toMatch(/niet lezen/);
    expect(screen.queryAllByTestId('fill-row')).toEqual([]);

    const ok = fakePages();
    cleanup();
    render(<App db={db} analyse={analyse} templates={templateInProcess} pages={ok.pages} />);
    const read = await openFillTab();
    await waitFor(() => expect((read as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(read);
    fireEvent.click(await screen.findByTestId('fill-remember'));
    await waitFor(() => expect(ok.pages.remember).toHaveBeenCalledWith('https://portaal.example.nl'));
  }, 30_000);

  it('opens on the tab the toolbar asked to fill', async () => {
    const { pages } = fakePages({
      tabs: async () => [
        { id: 7, title: 'Andere pagina', url: 'https://example.nl/' },
        { id: 9, title: 'Formulier', url: 'https://portaal.example.nl/f' },
      ],
    });
    render(<App db={db} analyse={analyse} templates={templateInProcess} pages={pages} />);
    await importReport();
    cleanup();
    render(
      <App db={db} analyse={analyse} templates={templateInProcess} pages={{ ...pages, takeRequest: async () => 9 }} />,
    );
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: 'Invullen' }).getAttribute('aria-selected')).toBe('true'),
    );
    await screen.findByTestId('fill-tab', {}, { timeout: 5_000 });
    await waitFor(() => expect(screen.getByTestId<HTMLSelectElement>('fill-tab').value).toBe('9'));
  }, 30_000);
});
