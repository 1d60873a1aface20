// @vitest-environment happy-dom
// The Schrijfhulp over a real (fake-indexeddb) database and the real analysis: opened from a missing theme tile,
// an item justified with a reason (the headline follows) and the justification removed; last year's own text
// from the library, copied into next year's draft.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../components/App';
import type { Analyse } from '../../components/adapters/analyse-protocol';
import { analyseDocx } from '../../lib/analyse';
import { bestEvidence } from '../../lib/checklist/best-evidence';
import { KkfzDb } from '../../lib/storage/db';
import { readSettings, saveDraft, saveSettings } from '../../lib/storage/repository';
import { CORPUS_DIR } from '../../scripts/corpus';
import { templateInProcess } from '../../components/adapters/template-in-process';

const analyse: Analyse = (bytes, options, onStage) => analyseDocx(bytes, { ...options, onStage });
// Homerun 2025 has nothing on theme 11 (Medewerkersmetingen)
const HOMERUN = join(CORPUS_DIR, 'homerun-2025.docx');
const bytes = () => new Uint8Array(readFileSync(HOMERUN));
const REASON = 'Wij hebben geen eigen medewerkers in de forensische zorg: de begeleiding is ingehuurd.';

let db: KkfzDb;
let n = 0;
beforeEach(() => {
  db = new KkfzDb(`guidance-ui-test-${n++}`);
});
afterEach(async () => {
  cleanup();
  db.close();
  await db.delete();
});

async function importHomerun() {
  fireEvent.click(await screen.findByRole('tab', { name: 'Importeren' }));
  fireEvent.input(screen.getByLabelText('Organisatie'), { target: { value: 'Homerun' } });
  const input = screen.getByTestId<HTMLInputElement>('import-input');
  Object.defineProperty(input, 'files', { value: [new File([bytes()], 'homerun-2025.docx')], configurable: true });
  fireEvent.change(input);
  await screen.findByTestId('import-done', {}, { timeout: 15_000 });
  fireEvent.click(screen.getByRole('tab', { name: 'Overzicht' }));
  await screen.findByTestId('overview-verdict');
}

const tile = (root: ParentNode, theme: number) =>
  root.querySelector<HTMLButtonElement>(`.theme-grid button[data-theme="${theme}"]`)!;
const headline = () => screen.getByTestId('overview-verdict').textContent;

describe('Schrijfhulp', () => {
  it('opens from a missing tile, justifies the item with a reason (the headline follows) and removes it again', async () => {
    const { container } = render(<App db={db} analyse={analyse} templates={templateInProcess} />);
    await importHomerun();
    // theme 11 as this year's focus: a required item that is missing
    await saveSettings(db, { ...(await readSettings(db)), focusThemes: [11] });
    await waitFor(() => expect(headline()).toBe('1 verplicht onderdeel ontbreekt of is dun'));

    const missing = tile(container, 11);
    expect(missing.dataset.status).toBe('missing');
    expect(missing.disabled).toBe(false);
    missing.focus();
    fireEvent.click(missing);
    const dialog = await screen.findByRole('dialog', { name: 'Thema 11: Medewerkersmetingen' });
    expect(document.activeElement).toBe(within(dialog).getByRole('heading', { level: 2 }));
    expect(within(dialog).getByTestId('guide-questions').textContent).toMatch(
      /Met welk instrument meet je de ervaring van medewerkers/,
    );
    expect(within(dialog).getByTestId('guide-verdict').dataset.status).toBe('missing');
    expect(within(dialog).getByText('5.1.2')).toBeTruthy();
    // no report of 2024 in the library: the panel says what to do
    expect(within(dialog).getByTestId('last-year-empty').textContent).toBe(
      'Geen verslag van 2024 in de bibliotheek: importeer het om je tekst van vorig jaar hier te zien.',
    );

    // a reason is required
    const form = within(dialog).getByTestId('justify-form');
    fireEvent.click(within(form).getByRole('radio', { name: 'Niet van toepassing' }));
    fireEvent.submit(form);
    await within(form).findByText('Vul een reden in.');
    expect(await db.justifications.count()).toBe(0);
    fireEvent.input(within(form).getByLabelText('Reden'), { target: { value: REASON } });
    fireEvent.submit(form);
    await waitFor(() => expect(headline()).toBe('Alle verplichte onderdelen zijn aanwezig'));
    const [stored] = await db.justifications.toArray();
    expect(stored).toMatchObject({ itemId: 'theme-11', kind: 'niet-van-toepassing', reason: REASON });
    expect(within(dialog).getByTestId('justify-done').textContent).toMatch(/telt nu als verantwoord/);
    expect(within(dialog).getByTestId('guide-verdict').dataset.justified).toBe('niet-van-toepassing');

    // Escape closes the panel and puts focus back on the tile, which now shows the justification
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(tile(container, 11)));
    expect(tile(container, 11).dataset.status).toBe('missing');
    expect(tile(container, 11).dataset.justified).toBe('niet-van-toepassing');
    expect(tile(container, 11).textContent).toMatch(/verantwoord/);
    const item = container.querySelector<HTMLElement>('[data-checklist-id="theme-11"]')!;
    expect(item.dataset.justified).toBe('niet-van-toepassing');
    expect(within(item).getByTestId('justification').textContent).toBe(`Niet van toepassing: ${REASON}`);
    expect(screen.getByTestId('overview-justified').textContent).toMatch(/^1 onderdeel verantwoord/);

    // the item's own "Schrijfhulp" opens the same subject; removing the justification counts it as missing again
    fireEvent.click(within(item).getByRole('button', { name: /^Schrijfhulp: Thema 11/ }));
    const again = await screen.findByRole('dialog');
    fireEvent.click(within(again).getByRole('button', { name: 'Verwijderen' }));
    await waitFor(() => expect(headline()).toBe('1 verplicht onderdeel ontbreekt of is dun'));
    expect(await db.justifications.count()).toBe(0);
    expect(tile(container, 11).dataset.justified).toBeUndefined();
    fireEvent.click(within(again).getByTestId('guide-close'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    // the red headline leads to the first open required item
    fireEvent.click(within(screen.getByTestId('overview-verdict')).getByRole('button'));
    expect((await screen.findByRole('dialog')).dataset.subject).toBe('item:theme-11');
  }, 60_000);

  it('shows last year’s own text, copies it into next year’s draft once, and jumps to the best evidence', async () => {
    // last year's report: the same file as the report over 2024, with its theme 3 text worded for that year
    const last = await analyseDocx(bytes(), { year: 2024 });
    if (!last.ok) throw new Error('corpus file did not analyse');
    const theme3 = last.value.checklist.find((c) => c.id === 'theme-3')!.evidence;
    for (const i of theme3) {
      const b = last.value.document.blocks[i]!;
      // a block's id comes from its text, so other words make another id
      Object.assign(b, { text: `${b.text} (2024)`, id: `${b.id}-2024` });
    }
    await saveDraft(db, {
      organisation: 'Homerun',
      fileName: 'homerun-2024.docx',
      sizeBytes: 1,
      analysis: last.value,
      images: [],
    });
    const { container } = render(<App db={db} analyse={analyse} templates={templateInProcess} />);
    await importHomerun();

    fireEvent.click(tile(container, 3));
    const dialog = await screen.findByRole('dialog', { name: /^Thema 3:/ });
    expect(within(dialog).getByTestId('guide-norms').textContent).toMatch(/3\.1\.3 b.*zes weken.*drie maanden/);
    const text = await within(dialog).findByTestId('last-year-text');
    expect(within(dialog).getByRole('heading', { name: 'Je tekst van 2024' })).toBeTruthy();
    expect(text.textContent).toContain(last.value.document.blocks[theme3[0]!]!.text);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Toon alles' }));
    await waitFor(() =>
      expect(within(dialog).getByTestId('last-year-text').querySelectorAll('p').length).toBeGreaterThanOrEqual(
        theme3.length,
      ),
    );

    fireEvent.click(within(dialog).getByRole('button', { name: 'Kopieer naar concept voor 2026' }));
    await waitFor(() =>
      expect(within(dialog).getByTestId('last-year-message').textContent).toMatch(
        /^\d+ blokken toegevoegd aan het concept voor 2026/,
      ),
    );
    const added = Number(within(dialog).getByTestId('last-year-message').textContent.split(' ')[0]);
    expect(added).toBe(theme3.length);
    const [draft] = await db.carry.toArray();
    expect([draft!.fromYear, draft!.year]).toEqual([2025, 2026]);
    const copied = draft!.items.filter((x) => x.text.endsWith(' (2024)'));
    expect(copied).toHaveLength(added);
    expect(copied.every((x) => x.pillar === 1 && x.theme === 3 && x.state === 'update')).toBe(true);
    // copying again adds nothing
    fireEvent.click(within(dialog).getByRole('button', { name: 'Kopieer naar concept voor 2026' }));
    await within(dialog).findByText('Alles stond al in het concept voor 2026.');
    expect((await db.carry.toArray())[0]!.items).toHaveLength(draft!.items.length);

    // "Toon in verslag" closes the panel on the best evidence
    fireEvent.click(within(dialog).getByTestId('guide-show'));
    const target = await waitFor(() => container.querySelector<HTMLElement>('.block.focused')!);
    const a = await analyseDocx(bytes());
    if (!a.ok) throw new Error('corpus file did not analyse');
    expect(Number(target.dataset.blockIndex)).toBe(
      bestEvidence(a.value.document.blocks, a.value.checklist.find((c) => c.id === 'theme-3')!.evidence),
    );
    expect(screen.queryByRole('dialog')).toBeNull();
  }, 60_000);
});
