// @vitest-environment happy-dom
// The side panel's components over a real (fake-indexeddb) database and the real analysis, in-process
// instead of in a worker: import, overview, correction, bad input, storage failure. (Sanitising is tested
// under jsdom in report-sanitize.test.ts: DOMPurify does not work right on happy-dom's DOM.)
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../components/App';
import type { Analyse } from '../../components/adapters/analyse-protocol';
import { OptionsForm } from '../../components/OptionsForm';
import { statusLine } from '../../components/Popup';
import { STRINGS } from '../../components/i18n';
import { analyseDocx } from '../../lib/analyse';
import { bestEvidence } from '../../lib/checklist/best-evidence';
import { KkfzDb } from '../../lib/storage/db';
import { readContents, readSettings, saveSettings } from '../../lib/storage/repository';
import { corpusCases } from '../../scripts/corpus';
import { templateInProcess } from '../../components/adapters/template-in-process';

const analyse: Analyse = (bytes, options, onStage) => analyseDocx(bytes, { ...options, onStage });
const szt = corpusCases().find((c) => c.name === 'samen-zorg-twente-2025')!;

let db: KkfzDb;
let n = 0;
beforeEach(() => {
  db = new KkfzDb(`ui-test-${n++}`);
});
afterEach(async () => {
  cleanup();
  db.close();
  await db.delete();
});

async function importFile(bytes: Uint8Array, name: string) {
  fireEvent.click(await screen.findByRole('tab', { name: 'Importeren' }));
  const input = screen.getByTestId<HTMLInputElement>('import-input');
  Object.defineProperty(input, 'files', {
    value: [new File([bytes as Uint8Array<ArrayBuffer>], name)],
    configurable: true,
  });
  fireEvent.change(input);
}

const statuses = (root: ParentNode) =>
  Object.fromEntries(
    [...root.querySelectorAll<HTMLElement>('[data-checklist-id]')].map((e) => [
      e.dataset.checklistId,
      e.dataset.status,
    ]),
  );

describe('side panel', () => {
  it('imports a report, shows the checklist the library computes, and recomputes it after a correction', async () => {
    const bytes = new Uint8Array(readFileSync(szt.docx));
    const expected = await analyseDocx(bytes);
    if (!expected.ok) throw new Error('corpus file did not analyse');
    const { container } = render(<App db={db} analyse={analyse} templates={templateInProcess} />);
    await screen.findByText(/Kies of sleep/);

    await importFile(bytes, 'szt.docx');
    await screen.findByTestId('import-done', {}, { timeout: 10_000 });
    fireEvent.click(screen.getByRole('tab', { name: 'Overzicht' }));
    await waitFor(() =>
      expect(container.querySelectorAll('[data-checklist-id]').length).toBe(expected.value.checklist.length),
    );
    expect(statuses(container)).toEqual(Object.fromEntries(expected.value.checklist.map((c) => [c.id, c.status])));
    // required items come first
    const levels = expected.value.checklist.map((c) => c.level);
    const firstRecommended = levels.indexOf('recommended');
    expect(levels.slice(firstRecommended).includes('required')).toBe(false);
    // the focus themes: the report year's by default, and the overview says where they came from
    const focus = () => screen.getByTestId('overview-focus').textContent;
    expect(focus()).toBe('Focusthema’s 2025 (jaarschema DJI): 2, 6, 9');
    expect(container.querySelector('[data-checklist-id="theme-9"]')!.textContent).toMatch(/verplicht/);
    await saveSettings(db, { ...(await readSettings(db)), focusThemes: [7] });
    await waitFor(() => expect(focus()).toBe('Focusthema’s (gekozen in Opties): 7'));
    expect(container.querySelector('[data-checklist-id="theme-7"]')!.textContent).toMatch(/verplicht/);
    expect(container.querySelector('[data-checklist-id="theme-9"]')!.textContent).toMatch(/aanbevolen/);
    await saveSettings(db, { ...(await readSettings(db)), focusThemes: 'none' });
    await waitFor(() => expect(focus()).toBe('Focusthema’s: geen (gekozen in Opties)'));
    await saveSettings(db, { ...(await readSettings(db)), focusThemes: null });
    await waitFor(() => expect(focus()).toBe('Focusthema’s 2025 (jaarschema DJI): 2, 6, 9'));

    // move every block of pillar 2 to "general": pillar-2 becomes missing at once
    const pillar2 = expected.value.mappings.filter((m) => m.pillar === 2).map((m) => m.i);
    expect(pillar2.length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('tab', { name: 'Verslag' }));
    for (const i of pillar2) {
      const block = await waitFor(() => container.querySelector<HTMLElement>(`[data-block-index="${i}"]`)!);
      fireEvent.click(within(block).getByRole('button', { name: 'Wijzig indeling' }));
      fireEvent.click(within(block).getByRole('radio', { name: 'Algemeen' }));
      fireEvent.submit(within(block).getByRole('form'));
      await waitFor(() =>
        expect(container.querySelector(`[data-block-index="${i}"]`)!.getAttribute('data-pillar')).toBe('0'),
      );
    }
    expect((await readContents(db)).corrections).toHaveLength(pillar2.length);
    fireEvent.click(screen.getByRole('tab', { name: 'Overzicht' }));
    await waitFor(() =>
      expect(container.querySelector('[data-checklist-id="pillar-2"]')!.getAttribute('data-status')).toBe('missing'),
    );

    // the evidence link of an item jumps to its best block in the report: the pillar's own heading
    const item = container.querySelector<HTMLElement>('[data-checklist-id="pillar-1"]')!;
    fireEvent.click(within(item).getByRole('button', { name: /^Toon in verslag/ }));
    const target = await waitFor(() => container.querySelector<HTMLElement>('.block.focused')!);
    const evidence = expected.value.checklist.find((c) => c.id === 'pillar-1')!.evidence;
    expect(Number(target.dataset.blockIndex)).toBe(bestEvidence(expected.value.document.blocks, evidence));
    expect(target.classList.contains('heading')).toBe(true);
  }, 30_000);

  it('refuses a bad file with a message and leaves what is stored as it was', async () => {
    render(<App db={db} analyse={analyse} templates={templateInProcess} />);
    await importFile(new Uint8Array(readFileSync(szt.docx)), 'szt.docx');
    await screen.findByTestId('import-done', {}, { timeout: 10_000 });
    const before = await readContents(db);

    for (const [bytes, name, message] of [
      [new TextEncoder().encode('%PDF-1.7\n%%EOF'), 'verslag.docx', /PDF/],
      [new Uint8Array(0), 'leeg.docx', /leeg/],
      [new TextEncoder().encode('gewoon tekst'), 'notities.docx', /geen Word-document|niet|tekst/i],
    ] as const) {
      await importFile(bytes, name);
      const alert = await screen.findByTestId('import-error');
      expect(alert.textContent).toMatch(message);
      expect(alert.textContent).toMatch(/niets gewijzigd/);
    }
    expect(await readContents(db)).toEqual(before);
  }, 30_000);

  it('shows a full disk as a message and stores nothing', async () => {
    db.drafts.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    render(<App db={db} analyse={analyse} templates={templateInProcess} />);
    await importFile(new Uint8Array(readFileSync(szt.docx)), 'szt.docx');
    const banner = await screen.findByTestId('storage-problem', {}, { timeout: 10_000 });
    expect(banner.textContent).toMatch(/opslag van de browser is vol/);
    const stored = await readContents(db);
    expect(stored.reports).toEqual([]);
    expect(stored.drafts).toEqual([]);
  }, 30_000);

  it('moves between tabs with the arrow keys', async () => {
    render(<App db={db} analyse={analyse} templates={templateInProcess} />);
    const first = await screen.findByRole('tab', { name: 'Importeren' });
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: 'Overzicht' }).getAttribute('aria-selected')).toBe('true'),
    );
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Overzicht' }), { key: 'End' });
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: 'Bibliotheek' }).getAttribute('aria-selected')).toBe('true'),
    );
    expect(screen.getByText(/Nog geen verslagen bewaard/)).toBeTruthy();
  });
});

describe('options page', () => {
  it('refuses an impossible year without storing it, and stores valid settings', async () => {
    render(<OptionsForm db={db} />);
    const year = await screen.findByLabelText('Verslagjaar');
    fireEvent.input(year, { target: { value: '20x5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await screen.findByText(/Controleer de gemarkeerde velden/);
    expect((await readSettings(db)).year).toBeNull();

    fireEvent.input(year, { target: { value: '2025' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /^\s*6\./ }));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await screen.findByText('Opgeslagen.');
    const saved = await readSettings(db);
    expect(saved.year).toBe(2025);
    expect(saved.focusThemes).toEqual([6]);
  });

  it('focus themes: by reporting year by default, chosen (starting from the year’s), or none', async () => {
    render(<OptionsForm db={db} />);
    const byYear = await screen.findByRole('radio', { name: /Volgens het verslagjaar/ });
    expect((byYear as HTMLInputElement).checked).toBe(true);
    expect(screen.getAllByRole('checkbox').some((c) => (c as HTMLInputElement).checked)).toBe(false);
    const saves = async (want: unknown) => {
      fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
      await waitFor(async () => expect((await readSettings(db)).focusThemes).toEqual(want));
    };
    fireEvent.click(screen.getByRole('radio', { name: 'Geen' }));
    await saves('none');

    // choosing starts from the themes of the year entered
    fireEvent.input(screen.getByLabelText('Verslagjaar'), { target: { value: '2025' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Zelf kiezen' }));
    const ticked = () =>
      screen
        .getAllByRole('checkbox')
        .filter((c) => (c as HTMLInputElement).checked)
        .map((c) => c.parentElement!.textContent.trim().split('.')[0]);
    expect(ticked()).toEqual(['2', '6', '9']);
    fireEvent.click(screen.getByRole('checkbox', { name: /^\s*6\./ }));
    await saves([2, 9]);

    // none ticked is none
    fireEvent.click(screen.getByRole('checkbox', { name: /^\s*2\./ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /^\s*9\./ }));
    await saves('none');
    fireEvent.click(byYear);
    expect(screen.getAllByRole('checkbox').some((c) => (c as HTMLInputElement).checked)).toBe(false);
    await saves(null);
  });

  it('keeps what the workspace changed while the options page was open', async () => {
    render(<OptionsForm db={db} />);
    const year = await screen.findByLabelText('Verslagjaar');
    // meanwhile, an import in the side panel opens a draft
    await saveSettings(db, {
      ...(await readSettings(db)),
      currentDraftId: 'draft-from-the-panel',
      organisation: 'Stichting Y',
    });
    fireEvent.input(year, { target: { value: '2024' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await screen.findByText('Opgeslagen.');
    expect(await readSettings(db)).toMatchObject({ year: 2024, currentDraftId: 'draft-from-the-panel' });
  });
});

describe('popup status line', () => {
  it('says when nothing is open, and counts the open required items of the current draft', async () => {
    expect(await statusLine(db, STRINGS.nl)).toBe(STRINGS.nl.popup.none);
    render(<App db={db} analyse={analyse} templates={templateInProcess} />);
    await importFile(new Uint8Array(readFileSync(szt.docx)), 'szt.docx');
    await screen.findByTestId('import-done', {}, { timeout: 10_000 });
    const result = await analyseDocx(new Uint8Array(readFileSync(szt.docx)));
    if (!result.ok) throw new Error('corpus file did not analyse');
    const open = result.value.checklist.filter((c) => c.level === 'required' && c.status !== 'present').length;
    expect(await statusLine(db, STRINGS.nl)).toBe(
      STRINGS.nl.popup.status(result.value.document.title ?? 'szt.docx', open),
    );
  }, 30_000);
});
