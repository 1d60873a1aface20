// @vitest-environment happy-dom
// The panel's two downloads of the overview for DJI: made from the workspace's analysis, the aspect statuses
// stored in the (fake-indexeddb) database and the open notes; named per year; a failure said in one line.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { download } from '../../components/adapters/download';
import { STRINGS } from '../../components/i18n';
import type { Notes } from '../../components/notes/useNotes';
import { DjiExport } from '../../components/overview/DjiExport';
import type { Workspace } from '../../components/useWorkspace';
import { analyseDocx } from '../../lib/analyse';
import type { Note } from '../../lib/schema';
import { KkfzDb } from '../../lib/storage/db';
import { putAspect } from '../../lib/storage/repository';
import { CORPUS_DIR } from '../../scripts/corpus';

vi.mock('../../components/adapters/download', () => ({ download: vi.fn() }));

const NOW = '2026-01-15T10:00:00.000Z';
const db = new KkfzDb('dji-export-ui');
afterEach(() => {
  cleanup();
  vi.mocked(download).mockReset();
});
afterAll(async () => {
  db.close();
  await db.delete();
});

describe('DjiExport', async () => {
  const r = await analyseDocx(new Uint8Array(readFileSync(join(CORPUS_DIR, 'levanto-2025.docx'))));
  if (!r.ok) throw new Error(r.error.en);
  const analysis = r.value;
  await putAspect(db, { reportId: 'r', pillar: 1, aspect: 'Behandelplan', aspectId: '3.1.3', status: 'niet-gestart' });
  const note: Note = {
    id: 'n',
    reportId: 'r',
    target: { kind: 'checklist', headingPath: [], itemId: 'theme-6' },
    kind: 'vraag',
    body: 'Waar is het opleidingsplan?',
    author: 'Bram',
    created: NOW,
    modified: NOW,
    status: 'open',
    replies: [],
    placement: null,
  };
  const notes = { all: [{ note, place: null, pillar: null, themes: [6] }] } as unknown as Notes;
  const ws = (db: KkfzDb) =>
    ({
      db,
      analysis,
      draft: { id: 'd', reportId: 'r', fileName: 'levanto-2025.docx' },
      report: { title: 'Kwaliteitsverslag 2025', organisation: 'LEVANTOgroep', year: 2025 },
    }) as unknown as Workspace;

  it('downloads the HTML and the .docx with the stored aspect status and the open notes', async () => {
    render(<DjiExport ws={ws(db)} notes={notes} t={STRINGS.nl} />);
    fireEvent.click(screen.getByRole('button', { name: 'Overzicht voor DJI (.html)' }));
    await screen.findByText('Gedownload: overzicht-dji-2025.html');
    const [html, name, type] = vi.mocked(download).mock.calls[0]!;
    expect([name, type]).toEqual(['overzicht-dji-2025.html', 'text/html']);
    expect(html).toMatch(/<h1>Overzicht voor DJI — LEVANTOgroep<\/h1>/);
    expect(html).toMatch(/3\.1\.3 De cliënt ontvangt[^<]*: niet gestart \(opgeslagen\)/);
    expect(html).toContain('Waar is het opleidingsplan?');

    fireEvent.click(screen.getByRole('button', { name: 'Overzicht voor DJI (.docx)' }));
    await screen.findByText('Gedownload: overzicht-dji-2025.docx', {}, { timeout: 10_000 });
    const [bytes, docxName] = vi.mocked(download).mock.calls[1]!;
    expect(docxName).toBe('overzicht-dji-2025.docx');
    expect([...(bytes as Uint8Array).slice(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it('says in one line when the overview cannot be made', async () => {
    const closed = new KkfzDb('dji-export-closed');
    closed.close();
    render(<DjiExport ws={ws(closed)} notes={notes} t={STRINGS.en} />);
    fireEvent.click(screen.getByRole('button', { name: 'Overview for DJI (.html)' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^The overview could not be made: /));
    expect(download).not.toHaveBeenCalled();
  });
});
