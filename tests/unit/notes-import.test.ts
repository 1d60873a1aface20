// Importing a notes file into a report never changes another report's notes: last year's notes imported into
// this year's report become copies there (note ids are the database's keys), and importing again changes nothing.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNote, reply } from '../../lib/annotate/notes';
import { textTarget } from '../../lib/annotate/selectors';
import { fromAnnotationCollection, toAnnotationCollection } from '../../lib/annotate/web-annotation';
import type { DraftRecord, ReportRecord } from '../../lib/schema';
import { KkfzDb } from '../../lib/storage/db';
import { deleteNote, importNotes, notesOf, putNote } from '../../lib/storage/repository';
import { draftRecord } from '../support/draft-record';

const T = '2026-01-01T00:00:00.000Z';
const report = (id: string, year: number): ReportRecord => ({
  id,
  organisation: 'Stichting X',
  year,
  title: `Verslag ${year}`,
  createdAt: T,
  updatedAt: T,
});
const lines = [
  { h: 1, text: 'Pijler 1: Veiligheid' },
  { p: 'Het veiligheidsbeleid is herzien na twee incidenten op de woonlocatie.' },
];

let db: KkfzDb;
let n = 0;
let lastYear: DraftRecord;
let thisYear: DraftRecord;
beforeEach(async () => {
  db = new KkfzDb(`notes-import-${n++}`);
  await db.open();
  await db.reports.bulkAdd([report('A', 2024), report('B', 2025)]);
  lastYear = draftRecord('dA', 'A', lines);
  thisYear = draftRecord('dB', 'B', lines);
  await db.drafts.bulkAdd([lastYear, thisYear]);
  const blocks = lastYear.analysis.document.blocks;
  const note = (id: string, body: string) =>
    createNote(
      {
        reportId: 'A',
        draftId: 'dA',
        target: textTarget(blocks, 1, 4, 21),
        kind: 'vraag',
        body,
        author: 'Ans',
        block: 1,
      },
      id,
      T,
    );
  await putNote(
    db,
    reply(
      note('11111111-0000-4000-8000-000000000001', 'Welke incidenten?'),
      'Zie bijlage.',
      'Bert',
      '11111111-0000-4000-8000-000000000003',
      T,
    ),
  );
  await putNote(db, note('11111111-0000-4000-8000-000000000002', 'Wie heeft het herzien?'));
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const exportOf = async (reportId: string) =>
  JSON.stringify(toAnnotationCollection(await notesOf(db, reportId), { id: reportId, title: 'Verslag' }));
async function importInto(reportId: string, text: string, draft: DraftRecord) {
  const read = fromAnnotationCollection(text, reportId);
  if (!read.ok) throw new Error(read.error.en);
  return importNotes(db, reportId, read.value.notes, draft);
}

describe('importNotes across reports', () => {
  it('importing last year’s notes into this year’s report leaves last year’s notes as they were', async () => {
    const before = await notesOf(db, 'A');
    const file = await exportOf('A');

    const first = await importInto('B', file, thisYear);
    expect([first.added, first.updated, first.unchanged]).toEqual([2, 0, 0]);
    expect(await notesOf(db, 'A')).toEqual(before);
    const copies = await notesOf(db, 'B');
    expect(copies.map((c) => c.body).sort()).toEqual(['Welke incidenten?', 'Wie heeft het herzien?']);
    expect(copies.every((c) => c.reportId === 'B' && c.placement?.draftId === 'dB')).toBe(true);
    expect(copies.map((c) => c.id).filter((id) => before.some((b) => b.id === id))).toEqual([]);
    expect(copies.find((c) => c.body === 'Welke incidenten?')!.replies.map((r) => r.body)).toEqual(['Zie bijlage.']);

    // the same file again, and again after last year's note is deleted: the copies are found, nothing doubles
    const again = await importInto('B', file, thisYear);
    expect([again.added, again.updated, again.unchanged]).toEqual([0, 0, 2]);
    await deleteNote(db, before[0]!.id);
    const third = await importInto('B', file, thisYear);
    expect([third.added, third.updated, third.unchanged]).toEqual([0, 0, 2]);
    expect(await notesOf(db, 'B')).toEqual(copies);
    expect(await notesOf(db, 'A')).toEqual(before.slice(1));
  });

  it('a report’s own notes coming back (a colleague’s edit of its export) merge by their ids', async () => {
    const file = JSON.parse(await exportOf('A'));
    file.first.items[0].modified = '2026-02-01T00:00:00.000Z';
    file.first.items[0]['kkfz:status'] = 'resolved';
    const merged = await importInto('A', JSON.stringify(file), lastYear);
    expect([merged.added, merged.updated, merged.unchanged]).toEqual([0, 1, 1]);
    const notes = await notesOf(db, 'A');
    expect(notes.map((x) => x.id).sort()).toEqual([
      '11111111-0000-4000-8000-000000000001',
      '11111111-0000-4000-8000-000000000002',
    ]);
    expect(notes.find((x) => x.id.endsWith('1'))!.status).toBe('resolved');
    expect(await notesOf(db, 'B')).toEqual([]);
  });
});
