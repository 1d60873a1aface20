// Backups that would crash or swamp the extension are refused with a message that says where, before anything
// is written: images that are not base64, stored analyses that contradict themselves, rows of reports that are
// not in the file, files and tables too large to read.
import { describe, expect, it } from 'vitest';
import {
  checkBackupSize,
  MAX_BACKUP_BYTES,
  MAX_BACKUP_ROWS,
  readBackup,
  toBackup,
  type Backup,
  type Contents,
} from '../../lib/storage/backup';
import type { Note, ReportRecord } from '../../lib/schema';
import { noRows } from '../../lib/storage/tables';
import type { Localised } from '../../lib/text/localised';
import { draftRecord } from '../support/draft-record';

const T = '2026-01-01T00:00:00.000Z';
const report = (id: string): ReportRecord => ({
  id,
  organisation: 'Stichting X',
  year: 2025,
  title: 'Verslag',
  createdAt: T,
  updatedAt: T,
});
const note = (id: string, reportId = 'r1', placement: Note['placement'] = null): Note => ({
  id,
  reportId,
  target: { kind: 'checklist', itemId: 'pillar-1', headingPath: [] },
  kind: 'vraag',
  body: 'Waar staat dit?',
  author: 'Ans',
  created: T,
  modified: T,
  status: 'open',
  replies: [],
  placement,
});

function contents(): Contents {
  const draft = draftRecord('d1', 'r1', [
    { h: 1, text: 'Pijler 1: Veiligheid' },
    { p: 'Het veiligheidsbeleid is herzien na twee incidenten.' },
    { p: 'Er is een nieuw protocol.' },
  ]);
  return {
    ...noRows(),
    reports: [report('r1')],
    drafts: [draft],
    images: [
      { id: 'd1:afbeelding-1', draftId: 'd1', contentType: 'image/png', data: new Uint8Array([137, 80, 78, 71]) },
    ],
    notes: [note('n1', 'r1', { draftId: 'd1', start: 0, end: 5, block: 1, score: 1 })],
    settings: null,
  };
}

/** The backup file of `contents()`, changed by `edit` as a hand or a bug might have. */
function file(edit: (b: Backup) => void): string {
  const b = toBackup(contents());
  edit(b);
  return JSON.stringify(b);
}

function refused(text: string): Localised {
  const r = readBackup(text);
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('accepted');
  return r.error;
}

describe('readBackup refuses what it cannot restore safely', () => {
  it('accepts the consistent backup the cases below are made from', () => {
    expect(readBackup(file(() => {})).ok).toBe(true);
  });

  it('an image that is not base64: a message naming the image, not an exception', () => {
    const r = refused(file((b) => (b.images[0]!.base64 = 'iVBO%%%not base64')));
    expect(r.nl).toMatch(/beschadigd.*images\.0\.base64/);
    expect(r.en).toMatch(/damaged.*images\.0\.base64/);
  });

  it('a stored analysis that contradicts itself, named by its place in the file', () => {
    const cases: [string, (b: Backup) => void, RegExp][] = [
      [
        'a mapping too few',
        (b) => b.drafts[0]!.analysis.mappings.pop(),
        /drafts\.0\.analysis\.mappings: 2 indelingen voor 3 blokken/,
      ],
      [
        'a block out of place',
        (b) => (b.drafts[0]!.analysis.document.blocks[2]!.i = 7),
        /drafts\.0\.analysis\.document\.blocks\.2/,
      ],
      [
        'a block under a heading below it',
        (b) => (b.drafts[0]!.analysis.document.blocks[1]!.parent = 5),
        /drafts\.0\.analysis\.document\.blocks\.1/,
      ],
      [
        'a mapping of another block',
        (b) => (b.drafts[0]!.analysis.mappings[1]!.i = 2),
        /drafts\.0\.analysis\.mappings\.1/,
      ],
      [
        'checklist evidence past the blocks',
        (b) => b.drafts[0]!.analysis.checklist[0]!.evidence.push(3),
        /drafts\.0\.analysis\.checklist\.0\.evidence: blok 3 bestaat niet/,
      ],
    ];
    for (const [, edit, where] of cases) expect(refused(file(edit)).nl).toMatch(where);
  });

  it('rows of a report or version that is not in the backup, ids twice, a note placed outside its version', () => {
    const correction = {
      id: 'c1',
      reportId: 'r9',
      draftId: 'd1',
      blockId: 'x',
      target: null,
      pillar: 1 as const,
      themes: [],
      at: T,
    };
    expect(refused(file((b) => b.corrections.push(correction))).nl).toMatch(
      /corrections\.0\.reportId: verslag r9 staat niet in de back-up/,
    );
    expect(refused(file((b) => (b.drafts[0]!.reportId = 'r9'))).nl).toMatch(/drafts\.0\.reportId/);
    expect(refused(file((b) => b.notes.push(note('n2', 'r9')))).en).toMatch(
      /notes\.1\.reportId: report r9 is not in the backup/,
    );
    expect(refused(file((b) => (b.images[0]!.draftId = 'd9'))).nl).toMatch(/images\.0\.draftId/);
    expect(refused(file((b) => b.reports.push(report('r1')))).nl).toMatch(
      /reports\.1\.id: het id r1 komt twee keer voor/,
    );
    expect(refused(file((b) => (b.notes[0]!.placement!.block = 3))).nl).toMatch(/notes\.0\.placement/);
    // a correction kept from before version 5 without its draft has no report and no place: it is kept, unplaced
    expect(readBackup(file((b) => b.corrections.push({ ...correction, reportId: '' }))).ok).toBe(true);
    // a note's place on a version deleted since is not checked: it is placed again when shown
    expect(readBackup(file((b) => (b.notes[0]!.placement!.draftId = 'deleted')))).toMatchObject({ ok: true });
  });

  it('more rows in a table than a backup can have, before checking them one by one', () => {
    const many = Array.from({ length: MAX_BACKUP_ROWS + 1 }, (_, k) => note(`n${k}`));
    const r = refused(file((b) => (b.notes = many)));
    expect(r.nl).toBe(
      `Deze back-up heeft te veel rijen in notes (${MAX_BACKUP_ROWS + 1}; hooguit ${MAX_BACKUP_ROWS}). Er is niets gewijzigd.`,
    );
  });
});

describe('checkBackupSize', () => {
  it('refuses a file too large to read into memory, by its size alone, with a one-line message', () => {
    expect(checkBackupSize(2 * 1024 * 1024)).toBeNull();
    expect(checkBackupSize(MAX_BACKUP_BYTES)).toBeNull();
    const r = checkBackupSize(400 * 1024 * 1024)!;
    expect(r.nl).toBe('Dit back-upbestand is te groot (400 MB; hooguit 256 MB). Er is niets gewijzigd.');
    expect(r.en).toBe('This backup file is too large (400 MB; at most 256 MB). Nothing was changed.');
  });
});
