// @vitest-environment happy-dom
// The Word-template view over a real database, the sample report and the bundled sample template: the preview per
// place (a pillar in the house's own words found by its siblings), the user's changes (another item, an unticked
// place, edited text) in the downloaded document, the template kept in the library with its choices for next time,
// an unreadable file said in one line, and a stopped read.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../components/App';
import type { Analyse } from '../../components/adapters/analyse-protocol';
import { WorkStopped } from '../../components/adapters/job-protocol';
import { templateInProcess } from '../../components/adapters/template-in-process';
import type { TemplateWork } from '../../components/adapters/template-protocol';
import { analyseDocx } from '../../lib/analyse';
import { KkfzDb } from '../../lib/storage/db';
import { templatesOf } from '../../lib/storage/repository';

const analyse: Analyse = (bytes, options, onStage) => analyseDocx(bytes, { ...options, onStage });
const SAMPLES = join(import.meta.dirname, '../../samples');
const REPORT = join(SAMPLES, 'voorbeeldverslag-2025.docx');
const TEMPLATE = join(SAMPLES, 'voorbeeld-sjabloon.docx');

let db: KkfzDb;
let n = 0;
let saved: Blob[];
beforeEach(() => {
  db = new KkfzDb(`template-ui-${n++}`);
  saved = [];
  // the download adapter hands the browser a blob: URL; the test keeps the blob
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    saved.push(blob as Blob);
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
});
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  db.close();
  await db.delete();
});

function choose(input: HTMLElement, file: File) {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}
const fileOf = (path: string, name: string) => new File([new Uint8Array(readFileSync(path))], name);

async function openTemplateView(work: TemplateWork = templateInProcess) {
  const view = render(<App db={db} analyse={analyse} templates={work} />);
  fireEvent.click(await screen.findByRole('tab', { name: 'Importeren' }));
  choose(screen.getByTestId('import-input'), fileOf(REPORT, 'voorbeeldverslag-2025.docx'));
  await screen.findByTestId('import-done', {}, { timeout: 15_000 });
  fireEvent.click(screen.getByRole('tab', { name: 'Invullen' }));
  fireEvent.click(await screen.findByRole('radio', { name: 'Word-sjabloon' }));
  await screen.findByRole('heading', { name: 'Word-sjabloon invullen' });
  return view;
}

async function pickTemplate() {
  choose(screen.getByTestId('template-input'), fileOf(TEMPLATE, 'voorbeeld-sjabloon.docx'));
  await screen.findByText('8 plekken in “voorbeeld-sjabloon.docx”');
}

const rowOf = (label: RegExp) =>
  screen.getAllByTestId('template-row').find((r) => label.test(r.querySelector('.fill-label')?.textContent ?? ''))!;

async function downloaded(): Promise<string> {
  await waitFor(() => expect(saved).toHaveLength(1));
  const bytes = new Uint8Array(await saved[0]!.arrayBuffer());
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}

describe('Word template view', () => {
  it('previews every place, and the download holds what the user ticked, chose and edited', async () => {
    await openTemplateView();
    await screen.findByText(/Nog geen sjablonen bewaard/);
    await pickTemplate();

    expect(rowOf(/Vakmanschap van onze medewerkers/).dataset).toMatchObject({ target: 'pillar-2', selected: 'true' });
    expect(rowOf(/Aantal cliënten/).dataset).toMatchObject({ target: 'omvang', fit: 'number', selected: 'true' });
    expect(within(rowOf(/Aantal cliënten/)).getByTestId<HTMLTextAreaElement>('template-text').value).toBe('64');
    expect(within(rowOf(/Vooruitblik/)).getByTestId('template-shown').textContent).toMatch(/doelen en plannen/);
    // a heading in the house's own words: the pillar its four named siblings leave, and it says so
    const safe = rowOf(/Veilige zorg/);
    expect(safe.dataset).toMatchObject({ target: 'pillar-1', selected: 'true' });
    expect(safe.querySelector('.fill-why')!.textContent).toMatch(/de koppen ernaast gaan over pijlers \(2, 3, 4, 5\)/);
    // the items to choose from, grouped: the five pillars, the fourteen themes, the rest
    const groups = [...within(safe).getByTestId('template-target').querySelectorAll('optgroup')];
    expect(groups.map((g) => [g.label, g.querySelectorAll('option').length])).toEqual([
      ['Pijlers', 5],
      ['Thema’s', 14],
      ['Overige onderdelen', expect.any(Number)],
    ]);
    // the user chooses a theme for it instead: its text follows
    fireEvent.change(within(safe).getByTestId('template-target'), { target: { value: 'theme-1' } });
    await waitFor(() => expect(rowOf(/Veilige zorg/).dataset.target).toBe('theme-1'));
    const chosen = within(rowOf(/Veilige zorg/)).getByTestId<HTMLTextAreaElement>('template-text').value;
    expect(chosen).toMatch(/Veiligheidsmanagement/);
    // the user's own choice is ticked
    expect(rowOf(/Veilige zorg/).dataset.selected).toBe('true');
    // edit one, untick another
    fireEvent.input(within(rowOf(/Organisatie van de zorg/)).getByTestId('template-text'), {
      target: { value: 'Onze eigen tekst over de organisatie.' },
    });
    fireEvent.click(within(rowOf(/Vooruitblik/)).getByTestId('template-on'));
    await waitFor(() => expect(rowOf(/Vooruitblik/).dataset.selected).toBe('false'));

    fireEvent.click(screen.getByTestId('template-download'));
    const text = await downloaded();
    const done = await screen.findByTestId('template-done');
    expect(done.textContent).toContain('“voorbeeld-sjabloon-ingevuld.docx” gedownload: 7 van 8 plekken ingevuld.');
    expect(within(done).getByTestId('template-left').textContent).toMatch(/Vooruitblik — niet aangevinkt/);

    expect(text).toContain('Onze eigen tekst over de organisatie.');
    // the chosen theme's paragraphs (its tables go in as tables, its lists as Word's own lists)
    const paragraphs = chosen.split('\n').filter((l) => l.length > 80 && !l.startsWith('- '));
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const line of paragraphs) expect(text).toContain(line.slice(0, 60));
    // the unticked place keeps the template's hint; the ticked ones lost their placeholder
    expect(text).toContain('Beschrijf hier de doelen en plannen voor volgend jaar.');
    expect(text.match(/\[Vul hier in\]/g)).toBeNull();
    // the template's own words stay
    expect(text).toContain('Sjabloon van het kwaliteitsbureau.');
  });

  it('keeps the template in the library with the items chosen for it, and removes it on confirmation', async () => {
    const first = await openTemplateView();
    await pickTemplate();
    fireEvent.click(screen.getByTestId('template-keep'));
    await screen.findByText(/Bewaard in de bibliotheek/);
    await waitFor(() => expect(screen.getAllByTestId('template-kept')).toHaveLength(1));
    fireEvent.change(within(rowOf(/Veilige zorg/)).getByTestId('template-target'), { target: { value: 'theme-1' } });
    await waitFor(async () => expect((await templatesOf(db))[0]!.targets).toMatchObject({ s3: 'theme-1' }));
    first.unmount();

    // next time: the kept template, with that choice
    render(<App db={db} analyse={analyse} templates={templateInProcess} />);
    // the workspace opens on the overview once the report is there; only then is a tab click the user's last word
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: 'Overzicht' }).getAttribute('aria-selected')).toBe('true'),
    );
    fireEvent.click(screen.getByRole('tab', { name: 'Invullen' }));
    fireEvent.click(await screen.findByRole('radio', { name: 'Word-sjabloon' }));
    const kept = await screen.findByTestId('template-kept');
    expect(kept.textContent).toContain('voorbeeld-sjabloon.docx');
    fireEvent.click(within(kept).getByTestId('template-use'));
    await screen.findByText('8 plekken in “voorbeeld-sjabloon.docx”');
    expect(rowOf(/Veilige zorg/).dataset.target).toBe('theme-1');
    // the same file picked again is the kept one, not a second copy
    await pickTemplate();
    expect(screen.queryByTestId('template-keep')).toBeNull();
    expect(await templatesOf(db)).toHaveLength(1);

    fireEvent.click(within(screen.getByTestId('template-kept')).getByTestId('template-remove'));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain('Sjabloon “voorbeeld-sjabloon.docx” uit de bibliotheek verwijderen?');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ja, verwijderen' }));
    await screen.findByText(/Nog geen sjablonen bewaard/);
    expect(await templatesOf(db)).toEqual([]);
    // what was kept of the report is untouched
    expect(await db.reports.count()).toBe(1);
  });

  it('says in one line why a file is not a template it can read, and keeps the library as it was', async () => {
    await openTemplateView();
    await pickTemplate();
    fireEvent.click(screen.getByTestId('template-keep'));
    await screen.findByText(/Bewaard in de bibliotheek/);
    const before = await templatesOf(db);
    choose(screen.getByTestId('template-input'), new File(['dit is geen Word-document'], 'notities.docx'));
    const alert = await screen.findByTestId('template-problem');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent.split('\n')).toHaveLength(1);
    expect(alert.textContent).toMatch(/docx|Word/);
    expect(await templatesOf(db)).toEqual(before);
  });

  it('a read that takes too long is stopped with Stoppen, the chooser gets the focus back, and nothing is stored', async () => {
    const never: TemplateWork = {
      ...templateInProcess,
      collect: (_bytes, signal) =>
        new Promise((_resolve, reject) =>
          signal?.addEventListener('abort', () => reject(new WorkStopped('cancelled')), { once: true }),
        ),
    };
    await openTemplateView(never);
    choose(screen.getByTestId('template-input'), fileOf(TEMPLATE, 'voorbeeld-sjabloon.docx'));
    const busy = await screen.findByTestId('busy');
    expect(within(busy).getByRole('progressbar', { name: /voorbeeld-sjabloon.docx/ })).toBeTruthy();
    fireEvent.click(within(busy).getByRole('button', { name: 'Stoppen' }));
    await screen.findByTestId('template-stopped');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('template-input')));
    expect(screen.queryByTestId('template-row')).toBeNull();
    expect(screen.queryByTestId('template-problem')).toBeNull();
    expect(await templatesOf(db)).toEqual([]);
  });
});
