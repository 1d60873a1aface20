// A database as version 3 wrote it (notes, the last release before carry-forward) opens under the current
// schema with every row intact and an empty carry-forward table.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { declareShipped } from '../support/shipped-schemas';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION, KkfzDb } from '../../lib/storage/db';
import { carryDraftsOf, putCarryDraft, readContents } from '../../lib/storage/repository';
import { AspectStatus, Correction, DraftRecord, Note, ProgressEntry, ReportRecord, Settings } from '../../lib/schema';
import { carryDraft } from '../support/carry-draft';

interface V3Fixture {
  schemaVersion: 3;
  reports: ReportRecord[];
  drafts: DraftRecord[];
  corrections: (Omit<Correction, 'reportId' | 'target'> & { draftId: string })[];
  progress: ProgressEntry[];
  aspects: AspectStatus[];
  images: never[];
  notes: Note[];
  settings: { key: 'settings'; value: Settings }[];
}

// Rows as version 3 wrote them; never regenerate from the current code, or it stops testing the past.
const fixture: V3Fixture = JSON.parse(readFileSync(new URL('../fixtures/db-v3.json', import.meta.url), 'utf8'));
const V3_TABLES = ['reports', 'drafts', 'corrections', 'progress', 'aspects', 'images', 'notes', 'settings'] as const;

const names: string[] = [];
const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** Versions 1–3 declared exactly as they shipped, so what is on disk is a genuine version-3 database. */
async function writeV3(): Promise<string> {
  const name = `migrate-v3-${crypto.randomUUID()}`;
  names.push(name);
  const v3 = new Dexie(name);
  declareShipped(v3, 3);
  for (const t of V3_TABLES) await v3.table(t).bulkAdd(fixture[t]);
  expect(v3.verno).toBe(3);
  v3.close();
  return name;
}

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe('storage migration from version 3', () => {
  it('the fixture has rows in every table version 3 knew, notes with replies included', () => {
    expect(fixture.schemaVersion).toBe(3);
    for (const t of ['reports', 'drafts', 'corrections', 'progress', 'aspects', 'notes', 'settings'] as const)
      expect(fixture[t].length).toBeGreaterThan(0);
    expect(fixture.notes[0]!.replies.length).toBeGreaterThan(0);
    for (const n of fixture.notes) expect(Note.safeParse(n).success).toBe(true);
  });

  it('keeps every row as it was and adds an empty carry-forward table that works', async () => {
    const name = await writeV3();
    const db = new KkfzDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    const contents = await readContents(db);
    // corrections become the report's in version 5 (tests/unit/storage-migration-v5.test.ts)
    for (const t of ['reports', 'drafts', 'progress', 'aspects', 'images', 'notes'] as const)
      expect(byId(contents[t] as { id: string }[])).toEqual(byId(fixture[t] as { id: string }[]));
    expect(contents.settings).toEqual(fixture.settings[0]!.value);
    expect(contents.carry).toEqual([]);

    const carried = { ...carryDraft(), reportId: fixture.reports[0]!.id };
    await putCarryDraft(db, carried);
    expect(await carryDraftsOf(db, fixture.reports[0]!.id)).toEqual([carried]);
    expect(await carryDraftsOf(db, fixture.reports[1]!.id)).toEqual([]);
  });
});
