// Version 6: checklist items marked "niet van toepassing" / "bewust weggelaten" with a reason, per report, and the
// items chosen for form fields, per portal.
// A database as version 5 wrote it opens with every row as it was and an empty table that works; a backup of
// format 2 (before justifications) still restores; justifications round-trip through the current format and
// go with their report when it is deleted.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { declareShipped } from '../support/shipped-schemas';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION, KkfzDb } from '../../lib/storage/db';
import { BACKUP_FORMAT, BACKUP_VERSION, readBackup } from '../../lib/storage/backup';
import { TABLE_NAMES } from '../../lib/storage/tables';
import {
  applyRestore,
  deleteReport,
  exportBackupText,
  fieldChoicesOf,
  justificationsOf,
  rememberFieldChoice,
  readContents,
  removeJustification,
  restorePlanFor,
  setJustification,
  wipe,
} from '../../lib/storage/repository';
import { applyJustifications, isOpenRequired } from '../../lib/checklist/justify';
import type { ChecklistVerdict, DraftRecord, ReportRecord } from '../../lib/schema';

// rows as version 3 wrote them (versions 4 and 5 changed no row of these tables); never regenerate from the current code
const fixture = JSON.parse(readFileSync(new URL('../fixtures/db-v3.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown[]
> & { reports: ReportRecord[]; drafts: DraftRecord[] };

const names: string[] = [];
const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** Versions 1–5 declared exactly as they shipped (no upgrade functions: the rows are already version-5 shaped). */
async function writeV5(): Promise<string> {
  const name = `migrate-v5-${crypto.randomUUID()}`;
  names.push(name);
  const v5 = new Dexie(name);
  declareShipped(v5, 5);
  for (const t of ['reports', 'drafts', 'progress', 'aspects', 'notes', 'settings'] as const)
    await v5.table(t).bulkAdd(fixture[t]!);
  expect(v5.verno).toBe(5);
  v5.close();
  return name;
}

async function open(name: string) {
  const db = new KkfzDb(name);
  opened.push(db);
  await db.open();
  return db;
}

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe('storage migration from version 5', () => {
  it('keeps every row and adds an empty justifications table that works per report', async () => {
    const db = await open(await writeV5());
    expect(db.verno).toBe(DB_VERSION);
    const contents = await readContents(db);
    for (const t of ['reports', 'drafts', 'progress', 'aspects', 'notes'] as const)
      expect(byId(contents[t] as { id: string }[])).toEqual(byId(fixture[t] as { id: string }[]));
    expect(contents.justifications).toEqual([]);
    expect(contents.fieldChoices).toEqual([]);

    const [a, b] = fixture.reports;
    await setJustification(db, a!.id, 'theme-7', 'niet-van-toepassing', '  Wij bieden geen ambulante zorg.  ', 'Sanne');
    expect(await justificationsOf(db, a!.id)).toEqual([
      expect.objectContaining({
        itemId: 'theme-7',
        kind: 'niet-van-toepassing',
        reason: 'Wij bieden geen ambulante zorg.',
        author: 'Sanne',
      }),
    ]);
    expect(await justificationsOf(db, b!.id)).toEqual([]);
    // one per item: marking it again replaces the reason
    await setJustification(db, a!.id, 'theme-7', 'bewust-weggelaten', 'Volgend jaar.', 'Sanne');
    expect((await justificationsOf(db, a!.id)).map((j) => [j.kind, j.reason])).toEqual([
      ['bewust-weggelaten', 'Volgend jaar.'],
    ]);
    await removeJustification(db, a!.id, 'theme-7');
    expect(await justificationsOf(db, a!.id)).toEqual([]);
  });

  it('remembers one item per field of a portal, the latest choice winning, apart per origin', async () => {
    const db = await open(await writeV5());
    await rememberFieldChoice(db, 'https://a.example', '0|textarea||toelichting', 'theme-7');
    await rememberFieldChoice(db, 'https://a.example', '0|textarea||toelichting', 'pillar-2');
    await rememberFieldChoice(db, 'https://a.example', '0|input|text|naam', null);
    await rememberFieldChoice(db, 'https://b.example', '0|textarea||toelichting', 'theme-1');
    expect((await fieldChoicesOf(db, 'https://a.example')).map((c) => [c.signature, c.target]).sort()).toEqual([
      ['0|input|text|naam', null],
      ['0|textarea||toelichting', 'pillar-2'],
    ]);
    expect((await fieldChoicesOf(db, 'https://b.example')).map((c) => c.target)).toEqual(['theme-1']);
  });

  it('refuses a justification without a reason, and stores nothing', async () => {
    const db = await open(await writeV5());
    await expect(
      setJustification(db, fixture.reports[0]!.id, 'theme-1', 'bewust-weggelaten', '   ', ''),
    ).rejects.toThrow();
    expect(await db.justifications.count()).toBe(0);
  });

  it('deleting a report deletes its justifications, not another report’s', async () => {
    const db = await open(await writeV5());
    const [a, b] = fixture.reports;
    await setJustification(db, a!.id, 'theme-1', 'bewust-weggelaten', 'Reden A', '');
    await setJustification(db, b!.id, 'theme-1', 'bewust-weggelaten', 'Reden B', '');
    await deleteReport(db, a!.id);
    expect((await db.justifications.toArray()).map((j) => j.reason)).toEqual(['Reden B']);
  });
});

describe('backups and justifications', () => {
  it('a backup of format 2 (no justifications) restores with none', async () => {
    const db = await open(`backup-v2-${crypto.randomUUID()}`);
    names.push(db.name);
    const v2 = {
      format: BACKUP_FORMAT,
      version: 2,
      exportedAt: '2026-06-01T12:00:00.000Z',
      reports: fixture.reports,
      drafts: fixture.drafts,
      corrections: [],
      progress: fixture.progress,
      aspects: fixture.aspects,
      images: [],
      notes: fixture.notes,
      carry: [],
      settings: null,
    };
    const read = readBackup(JSON.stringify(v2));
    if (!read.ok) throw new Error(read.error.en);
    expect(read.value.justifications).toEqual([]);
    expect(read.value.fieldChoices).toEqual([]);
    await applyRestore(db, read.value, await restorePlanFor(db, read.value), 'keep-mine');
    expect(byId(await db.reports.toArray())).toEqual(byId(fixture.reports));
    expect(await db.justifications.count()).toBe(0);
  });

  it('justifications and field choices round-trip through the current format: export → wipe → restore', async () => {
    const db = await open(await writeV5());
    await setJustification(db, fixture.reports[0]!.id, 'theme-4', 'niet-van-toepassing', 'Geen verblijf.', 'Jan');
    await rememberFieldChoice(db, 'https://a.example', '0|textarea||toelichting', 'pillar-2');
    const before = await readContents(db);
    const text = await exportBackupText(db);
    expect(JSON.parse(text).version).toBe(BACKUP_VERSION);
    expect(TABLE_NAMES).toEqual(expect.arrayContaining(['justifications', 'fieldChoices']));
    await wipe(db);
    expect(await db.justifications.count()).toBe(0);
    const read = readBackup(text);
    if (!read.ok) throw new Error(read.error.en);
    await applyRestore(db, read.value, await restorePlanFor(db, read.value), 'keep-mine');
    const after = await readContents(db);
    expect(byId(after.justifications)).toEqual(byId(before.justifications));
    expect(after.fieldChoices).toEqual(before.fieldChoices);
    expect(after.fieldChoices).toHaveLength(1);
  });
});

describe('a justified item counts as accounted for', () => {
  const verdict = (id: string, status: ChecklistVerdict['status']): ChecklistVerdict => ({
    id,
    label: id,
    level: 'required',
    status,
    evidence: [],
    words: 0,
    reason: 'niet gevonden',
  });
  it('keeps its measured status and evidence, gains the reason, and no longer counts as open', () => {
    const checklist = [verdict('theme-2', 'missing'), verdict('theme-6', 'thin'), verdict('pillar-1', 'present')];
    expect(checklist.filter(isOpenRequired).map((v) => v.id)).toEqual(['theme-2', 'theme-6']);
    const j = {
      id: 'r:theme-2',
      reportId: 'r',
      itemId: 'theme-2',
      kind: 'niet-van-toepassing' as const,
      reason: 'Geen jeugd',
      author: '',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    const applied = applyJustifications(checklist, [j]);
    expect(applied[0]).toMatchObject({
      id: 'theme-2',
      status: 'missing',
      justified: { kind: 'niet-van-toepassing', reason: 'Geen jeugd' },
    });
    expect(applied.filter(isOpenRequired).map((v) => v.id)).toEqual(['theme-6']);
    expect(applied[1]).toBe(checklist[1]);
  });
});
