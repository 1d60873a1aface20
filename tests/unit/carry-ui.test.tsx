// @vitest-environment happy-dom
// The "Jaarovergang" view over a real (fake-indexeddb) database and the real analysis: make a draft for next year
// from the open report, set what happens to a block (stored at once), filter, and compare with last year's
// report of the same organisation. (The view renders text only, so it needs no sanitiser and no jsdom.)
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../components/App';
import type { Analyse } from '../../components/adapters/analyse-protocol';
import { analyseDocx } from '../../lib/analyse';
import { carryForward } from '../../lib/carry/forward';
import { compareYears } from '../../lib/carry/compare';
import { KkfzDb } from '../../lib/storage/db';
import { saveDraft } from '../../lib/storage/repository';
import { CORPUS_DIR } from '../../scripts/corpus';
import { makeDocx } from '../support/make-docx';
import { templateInProcess } from '../../components/adapters/template-in-process';

const analyse: Analyse = (bytes, options, onStage) => analyseDocx(bytes, { ...options, onStage });
const LEVANTO = join(CORPUS_DIR, 'levanto-2025.docx');
const bytes = () => new Uint8Array(readFileSync(LEVANTO));

let db: KkfzDb;
let n = 0;
beforeEach(() => {
  db = new KkfzDb(`carry-ui-test-${n++}`);
});
afterEach(async () => {
  cleanup();
  db.close();
  await db.delete();
});

async function importFile(name: string, organisation = 'LEVANTOgroep', data: Uint8Array = bytes()) {
  fireEvent.click(await screen.findByRole('tab', { name: 'Importeren' }));
  fireEvent.input(screen.getByLabelText('Organisatie'), { target: { value: organisation } });
  const input = screen.getByTestId<HTMLInputElement>('import-input');
  Object.defineProperty(input, 'files', {
    value: [new File([data as Uint8Array<ArrayBuffer>], name)],
    configurable: true,
  });
  fireEvent.change(input);
  return screen.findByTestId('import-done', {}, { timeout: 15_000 });
}

const items = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>('[data-block-id]')];

describe('Jaarovergang', () => {
  it('makes a draft for next year, stores a changed state at once, and filters', async () => {
    const expected = await analyseDocx(bytes());
    if (!expected.ok) throw new Error('corpus file did not analyse');
    const draft = carryForward(expected.value, {
      id: 'x',
      reportId: 'r',
      sourceDraftId: 'd',
      organisation: 'LEVANTOgroep',
      fromYear: 2025,
      now: new Date().toISOString(),
    });
    const want = { keep: 0, update: 0, drop: 0 };
    for (const x of draft.items) want[x.state]++;

    const { container } = render(<App db={db} analyse={analyse} templates={templateInProcess} />);
    await importFile('levanto-2025.docx');
    fireEvent.click(screen.getByRole('tab', { name: 'Jaarovergang' }));
    await screen.findByRole('heading', { name: 'Nieuw concept voor 2026' });
    await screen.findByText(/nog geen concept gemaakt/);
    // no report for 2024 in the library: the comparison says what to do
    expect(screen.getByTestId('compare-empty').textContent).toMatch(/Importeer het verslag over 2024/);

    fireEvent.click(screen.getByRole('button', { name: 'Maak concept voor 2026' }));
    await waitFor(() => expect(items(container)).toHaveLength(draft.items.length), { timeout: 10_000 });
    expect(screen.getByTestId('carry-counts').textContent).toBe(
      `${want.keep} overnemen · ${want.update} bijwerken · ${want.drop} weglaten`,
    );
    // next year's draft names next year's focus themes, from the same schedule
    expect(screen.getByTestId('carry-focus').textContent).toBe(
      'Focusthema’s 2026 (jaarschema DJI): 4 Betrekken cliënt/netwerk, 7 Ervaringsdeskundigheid',
    );
    expect(items(container).map((e) => [e.dataset.blockId, e.dataset.state])).toEqual(
      draft.items.map((x) => [x.blockId, x.state]),
    );
    // a heading per section, in KKFZ order
    const sections = [...container.querySelectorAll('.carry-section h5')].map((h) => h.textContent);
    expect(sections[0]).toBe('Algemeen');
    expect(sections).toContain('Pijler 1: Veiligheid en persoonsgerichte zorg');

    // flags are marked in the text as text, with their reasons under the item
    const flagged = draft.items.find((x) => x.state === 'update' && x.flags.length && x.text.length < 200)!;
    const row = container.querySelector<HTMLElement>(`[data-block-id="${flagged.blockId}"]`)!;
    const f = flagged.flags[0]!;
    expect([...row.querySelectorAll('mark')].map((m) => m.textContent).join(' ')).toContain(
      flagged.text.slice(f.start, f.end),
    );
    expect(row.querySelector('.carry-reasons')!.textContent).toContain(f.nl);
    expect(row.querySelector('.carry-text')!.textContent).toBe(flagged.text);

    // set a kept block to "Weglaten": stored at once
    const kept = draft.items.find((x) => x.state === 'keep' && x.kind === 'paragraph')!;
    const keptRow = container.querySelector<HTMLElement>(`[data-block-id="${kept.blockId}"]`)!;
    const group = within(keptRow).getByTestId('carry-state');
    expect(group.getAttribute('role')).toBe('radiogroup');
    fireEvent.click(within(group).getByRole('radio', { name: 'Weglaten' }));
    await waitFor(() =>
      expect(container.querySelector<HTMLElement>(`[data-block-id="${kept.blockId}"]`)!.dataset.state).toBe('drop'),
    );
    const stored = await db.carry.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.items.find((x) => x.blockId === kept.blockId)!.state).toBe('drop');
    expect(stored[0]!.fromYear).toBe(2025);
    expect(stored[0]!.year).toBe(2026);
    expect(screen.getByTestId('carry-counts').textContent).toBe(
      `${want.keep - 1} overnemen · ${want.update} bijwerken · ${want.drop + 1} weglaten`,
    );

    // "alleen bijwerken" shows only the items to update; "met markering" those with flags
    fireEvent.click(screen.getByRole('radio', { name: 'alleen bijwerken' }));
    await waitFor(() => expect(items(container)).toHaveLength(want.update));
    expect(items(container).every((e) => e.dataset.state === 'update')).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'met markering' }));
    await waitFor(() => expect(items(container)).toHaveLength(draft.items.filter((x) => x.flags.length).length));
    fireEvent.click(screen.getByRole('radio', { name: 'alle' }));
    await waitFor(() => expect(items(container)).toHaveLength(draft.items.length));

    // long texts are cut, and open on request
    const long = draft.items.find((x) => x.text.length > 400)!;
    const longRow = container.querySelector<HTMLElement>(`[data-block-id="${long.blockId}"]`)!;
    expect(longRow.querySelector('.carry-text')!.textContent.length).toBeLessThan(220);
    fireEvent.click(within(longRow).getByRole('button', { name: 'Toon alles' }));
    await waitFor(() => expect(longRow.querySelector('.carry-text')!.textContent).toBe(long.text));

    // delete after a confirmation
    fireEvent.click(screen.getByTestId('carry-delete'));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Ja, verwijderen' }));
    await screen.findByText(/nog geen concept gemaakt/);
    expect(await db.carry.count()).toBe(0);
  }, 60_000);

  it('compares with last year’s report of the same organisation', async () => {
    // last year's report: the same file, analysed as the report over 2024
    // with one paragraph worded differently and one that is gone this year
    const last = await analyseDocx(bytes(), { year: 2024 });
    if (!last.ok) throw new Error('corpus file did not analyse');
    const paragraphs = last.value.document.blocks.filter(
      (b) => b.kind === 'paragraph' && b.text.split(' ').length > 25,
    );
    const [reworded, gone] = [paragraphs[0]!, paragraphs[1]!];
    const original = reworded.text;
    reworded.text = `${original.split(' ').slice(0, -1).join(' ')} vorigjaarswoord`;
    gone.text = 'Een alinea over zaken die dit jaar niet meer terugkomen.';
    await saveDraft(db, {
      organisation: 'LEVANTOgroep',
      fileName: 'levanto-2024.docx',
      sizeBytes: 1,
      analysis: last.value,
      images: [],
    });
    const { container } = render(<App db={db} analyse={analyse} templates={templateInProcess} />);
    const done = await importFile('levanto-2025.docx');
    const reports = (await db.reports.toArray()).map((r) => [r.year, r.organisation]).sort();
    expect(reports).toEqual([
      [2024, 'LEVANTOgroep'],
      [2025, 'LEVANTOgroep'],
    ]);
    await waitFor(() => expect(done.textContent).toMatch(/Vergeleken met 2024/));

    const a = await analyseDocx(bytes());
    if (!a.ok) throw new Error('corpus file did not analyse');
    const want = compareYears(last.value, a.value).totals;
    expect(want).toMatchObject({ unchanged: a.value.document.blocks.length - 2, changed: 1, added: 1, removed: 1 });
    expect(screen.getByTestId('import-compared').textContent).toBe(
      `Vergeleken met 2024: ${want.unchanged} ongewijzigd (${want.stale} mogelijk verouderd), ${want.changed} gewijzigd, ${want.added} nieuw`,
    );

    fireEvent.click(screen.getByRole('button', { name: 'Bekijk de vergelijking' }));
    await screen.findByRole('heading', { name: 'Vergelijking met 2024' });
    expect(screen.getByTestId('compare-totals').textContent).toBe(
      `${want.unchanged} ongewijzigd overgenomen, waarvan ${want.stale} mogelijk verouderd · ${want.changed} gewijzigd · ${want.added} nieuw · ${want.removed} weggelaten`,
    );
    expect(want.stale).toBeGreaterThan(0);
    const stale = container.querySelectorAll<HTMLElement>('[data-compare="stale"]');
    expect(stale).toHaveLength(want.stale);
    expect(stale[0]!.textContent).toMatch(/mogelijk verouderd/);
    expect(stale[0]!.querySelector('.carry-reasons li')).toBeTruthy();

    // the reworded paragraph as a word diff, the gone one's text under "weggelaten"
    const changed = container.querySelector<HTMLElement>('[data-compare="changed"]')!;
    expect(Number(changed.dataset.compareBlock)).toBe(reworded.i);
    expect(changed.querySelector('del')!.textContent).toMatch(/vorigjaarswoord/);
    expect(changed.querySelector('ins')!.textContent).toContain(original.split(' ').at(-1)!);
    expect(container.querySelector('[data-compare="removed"]')!.textContent).toBe(gone.text);
    expect(container.querySelector(`[data-compare="added"][data-compare-block="${gone.i}"]`)).toBeTruthy();

    // a block leads to the report view
    const i = Number(stale[0]!.dataset.compareBlock);
    fireEvent.click(within(stale[0]!).getByRole('button', { name: /^Toon in verslag/ }));
    const target = await waitFor(() => container.querySelector<HTMLElement>('.block.focused')!);
    expect(Number(target.dataset.blockIndex)).toBe(i);
  }, 60_000);

  it('asks for the year when the document does not name one', async () => {
    const docx = await makeDocx([
      { h: 1, text: 'Kwaliteitsverslag' },
      { h: 2, text: 'Veiligheid' },
      { p: 'Het veiligheidsbeleid is dit jaar herzien; momenteel werken we met een nieuw incidentensysteem.' },
    ]);
    render(<App db={db} analyse={analyse} templates={templateInProcess} />);
    await importFile('zonder-jaar.docx', 'Zorg BV', docx);
    fireEvent.click(screen.getByRole('tab', { name: 'Jaarovergang' }));
    const year = await screen.findByLabelText<HTMLInputElement>('Verslagjaar van dit verslag');
    const last = new Date().getFullYear() - 1;
    expect(year.value).toBe(String(last));
    expect(screen.getByRole('button', { name: `Maak concept voor ${last + 1}` })).toBeTruthy();
    fireEvent.input(year, { target: { value: '20x' } });
    expect(screen.getByTestId<HTMLButtonElement>('carry-make').disabled).toBe(true);
    fireEvent.input(year, { target: { value: '2023' } });
    fireEvent.click(screen.getByRole('button', { name: 'Maak concept voor 2024' }));
    await waitFor(async () => expect(await db.carry.count()).toBe(1));
    const [stored] = await db.carry.toArray();
    expect([stored!.fromYear, stored!.year, stored!.organisation]).toEqual([2023, 2024, 'Zorg BV']);
    expect(screen.getByTestId('compare-empty').textContent).toMatch(/verslag over 2022/);
  }, 60_000);
});
