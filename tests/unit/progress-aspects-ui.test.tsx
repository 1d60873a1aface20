// @vitest-environment happy-dom
// The quality aspects in Voortgang over a real (fake-indexeddb) database and the real analysis of LEVANTOgroep
// 2025 (its own status tables: pillar 1 "Gereed", pillars 2–4 empty): every known aspect from the start, a
// status chosen and stored, the table's status offered and taken over, checks, and the user's own aspects.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProgressView } from '../../components/ProgressView';
import { STRINGS } from '../../components/i18n';
import { useWorkspace } from '../../components/useWorkspace';
import { analyseDocx } from '../../lib/analyse';
import { reportAspects } from '../../lib/aspects/report-aspects';
import { aspects } from '../../lib/knowledge/aspects';
import { DEFAULT_SETTINGS, type Analysis } from '../../lib/schema';
import { KkfzDb } from '../../lib/storage/db';
import { readSettings, saveDraft, saveSettings } from '../../lib/storage/repository';
import { CORPUS_DIR } from '../../scripts/corpus';

let analysis: Analysis;
beforeAll(async () => {
  const r = await analyseDocx(new Uint8Array(readFileSync(join(CORPUS_DIR, 'levanto-2025.docx'))));
  if (!r.ok) throw new Error('corpus file did not analyse');
  analysis = r.value;
}, 30_000);

let db: KkfzDb;
let reportId: string;
let n = 0;
beforeEach(async () => {
  db = new KkfzDb(`progress-aspects-ui-${n++}`);
  const { report, draft } = await saveDraft(db, {
    organisation: 'LEVANTOgroep',
    fileName: 'levanto-2025.docx',
    sizeBytes: 1,
    analysis,
    images: [],
  });
  await saveSettings(db, { ...(await readSettings(db)), currentDraftId: draft.id });
  reportId = report.id;
});
afterEach(async () => {
  cleanup();
  db.close();
  await db.delete();
});

function Panel(props: { onShowBlock(i: number): void; onGuide: Parameters<typeof ProgressView>[0]['onGuide'] }) {
  const ws = useWorkspace(db, DEFAULT_SETTINGS);
  return ws.analysis ? <ProgressView ws={ws} t={STRINGS.nl} {...props} /> : null;
}

async function open() {
  const onShowBlock = vi.fn();
  const onGuide = vi.fn();
  const { container } = render(<Panel onShowBlock={onShowBlock} onGuide={onGuide} />);
  await waitFor(() => expect(container.querySelectorAll('[data-aspect-id]')).toHaveLength(aspects.length));
  const row = (id: string) => container.querySelector<HTMLElement>(`[data-aspect-id="${id}"]`)!;
  const select = (id: string) => within(row(id)).getByRole<HTMLSelectElement>('combobox');
  return { container, row, select, onShowBlock, onGuide };
}
const stored = (id: string) => db.aspects.get(`${reportId}:aspect:${id}`);

describe('Voortgang: quality aspects', () => {
  it('lists every known aspect per pillar from the start, without a status, with the blocks that address it', async () => {
    const { container, row, select, onShowBlock, onGuide } = await open();
    expect(aspects.length).toBeGreaterThanOrEqual(23);
    for (const p of [1, 2, 3, 4, 5]) {
      const ids = [...container.querySelectorAll<HTMLElement>(`[data-aspects-pillar="${p}"] [data-aspect-id]`)].map(
        (e) => e.dataset.aspectId,
      );
      expect(ids).toEqual(aspects.filter((a) => a.pillar === p).map((a) => a.id));
    }
    expect(aspects.every((a) => select(a.id).value === '')).toBe(true);
    expect(row('3.1.2').querySelector('.aspect-title')!.textContent).toBe(`3.1.2 ${aspects[1]!.title}`);

    // the blocks that address an aspect: the first one shown in the report; none: said so
    const ra = reportAspects(analysis.document.blocks, analysis.mappings, analysis.effectiveYear);
    const addressed = ra.aspects.find((a) => a.evidence.length > 1)!;
    fireEvent.click(
      within(row(addressed.id)).getByRole('button', {
        name: new RegExp(`^Toon in verslag \\(${addressed.evidence.length} blokken\\)`),
      }),
    );
    expect(onShowBlock).toHaveBeenCalledWith(addressed.evidence[0]);
    const silent = ra.aspects.find((a) => a.evidence.length === 0)!;
    expect(row(silent.id).textContent).toContain('nergens besproken in het verslag');

    fireEvent.click(within(row('4.1.3')).getByRole('button', { name: /^Schrijfhulp: 4\.1\.3 / }));
    expect(onGuide).toHaveBeenCalledWith({ kind: 'aspect', id: '4.1.3' });

    // the checks: pillars 2–4's tables with empty 2025 cells, the aspects never addressed
    const checks = screen.getByTestId('aspect-checks');
    expect(checks.querySelector('[data-check-kind="empty-cells"] summary')!.textContent).toBe(
      '3 statustabellen met lege cellen',
    );
    expect(checks.querySelector('[data-check-kind="unaddressed"] summary')!.textContent).toMatch(
      /^\d+ aspecten worden nergens besproken$/,
    );
    expect(checks.querySelector('[data-check-kind="disagrees"]')).toBeNull();
    fireEvent.click(
      within(checks).getAllByRole('button', {
        name: /^Toon de statustabel: Statustabel zonder status voor 2025 bij 7 rijen/,
      })[0]!,
    );
    expect(onShowBlock).toHaveBeenLastCalledWith(ra.statusTables[1]!.block);
  }, 30_000);

  it('stores a chosen status at once, and clears it with “geen status”', async () => {
    const { select } = await open();
    fireEvent.change(select('4.1.1'), { target: { value: 'in-werking' } });
    await waitFor(async () =>
      expect(await stored('4.1.1')).toMatchObject({
        reportId,
        pillar: 2,
        aspectId: '4.1.1',
        aspect: aspects.find((a) => a.id === '4.1.1')!.title,
        status: 'in-werking',
      }),
    );
    await waitFor(() => expect(select('4.1.1').value).toBe('in-werking'));
    fireEvent.change(select('4.1.1'), { target: { value: '' } });
    await waitFor(async () => expect(await stored('4.1.1')).toBeUndefined());
  }, 30_000);

  it('offers the report’s table status and takes it over, one or all; a differing stored status shows it again', async () => {
    const { row, select } = await open();
    const p1 = aspects.filter((a) => a.pillar === 1).map((a) => a.id);
    for (const id of p1)
      expect(within(row(id)).getByTestId('aspect-suggestion').textContent).toMatch(/^Statustabel 2025: Gereed/);
    expect(within(row('4.1.1')).queryByTestId('aspect-suggestion')).toBeNull();

    fireEvent.click(within(row('3.1.1')).getByRole('button', { name: /^Overnemen als ‘gereed’: 3\.1\.1 / }));
    await waitFor(async () => expect((await stored('3.1.1'))?.status).toBe('gereed'));
    await waitFor(() => expect(within(row('3.1.1')).queryByTestId('aspect-suggestion')).toBeNull());
    expect(select('3.1.1').value).toBe('gereed');

    fireEvent.click(
      screen.getByRole('button', { name: `Alle suggesties uit het verslag overnemen (${p1.length - 1})` }),
    );
    await waitFor(async () =>
      expect((await db.aspects.toArray()).map((a) => [a.aspectId, a.status]).sort()).toEqual(
        p1.map((id) => [id, 'gereed']).sort(),
      ),
    );
    await waitFor(() => expect(screen.queryByTestId('aspects-take-all')).toBeNull());
    expect(screen.getByText('7 statussen overgenomen uit het verslag.')).toBeTruthy();

    // a stored status the table contradicts: offered again, and a check says so
    fireEvent.change(select('3.1.2'), { target: { value: 'in-werking' } });
    await waitFor(() =>
      expect(within(row('3.1.2')).getByTestId('aspect-suggestion').textContent).toMatch(/Statustabel 2025: Gereed/),
    );
    expect(
      screen.getByTestId('aspect-checks').querySelector('[data-check-kind="disagrees"] summary')!.textContent,
    ).toBe('1 status wijkt af van het verslag');
  }, 30_000);

  it('adds the user’s own aspect to a pillar, with a status, and removes it', async () => {
    const { container } = await open();
    const pillar5 = container.querySelector<HTMLElement>('[data-aspects-pillar="5"]')!;
    fireEvent.input(within(pillar5).getByRole('textbox', { name: /^Nieuw aspect/ }), {
      target: { value: 'Jaarverslag op de website' },
    });
    fireEvent.submit(
      within(pillar5)
        .getByRole('textbox', { name: /^Nieuw aspect/ })
        .closest('form')!,
    );
    const own = await within(pillar5).findByRole('combobox', { name: 'Status: Jaarverslag op de website' });
    expect((own as HTMLSelectElement).value).toBe('niet-gestart');
    const [row] = await db.aspects.toArray();
    expect(row).toMatchObject({ reportId, pillar: 5, aspect: 'Jaarverslag op de website', status: 'niet-gestart' });
    expect(row!.aspectId).toBeUndefined();
    fireEvent.change(own, { target: { value: 'gereed' } });
    await waitFor(async () => expect((await db.aspects.get(row!.id))?.status).toBe('gereed'));

    fireEvent.click(within(pillar5).getByRole('button', { name: 'Verwijderen: Jaarverslag op de website' }));
    await waitFor(() => expect(within(pillar5).queryByText('Jaarverslag op de website')).toBeNull());
    expect(await db.aspects.count()).toBe(0);
  }, 30_000);
});
