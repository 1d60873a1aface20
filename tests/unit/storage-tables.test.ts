// Each stored table is declared once (lib/storage/tables.ts) and everything that lists tables is derived from it.
// These tests fail when a declared table is missing from any of them: the database's stores, the backup file, the
// restore plan, deleting a report (or draft) with what belongs to it, clearing everything. The fixture has rows of
// two reports in every table that belongs to one and a row in every other: a new table needs a row here too.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION, KkfzDb } from '../../lib/storage/db';
import { Backup, BACKUP_VERSION, planRestore, readBackup, toBackup, type Contents } from '../../lib/storage/backup';
import {
  applyRestore,
  deleteDraft,
  deleteReport,
  exportBackupText,
  readContents,
  restorePlanFor,
  wipe,
} from '../../lib/storage/repository';
import { byTable, noRows, TABLE_NAMES, TABLES, type Rows } from '../../lib/storage/tables';
import { DEFAULT_SETTINGS } from '../../lib/schema';
import { carryDraft } from '../support/carry-draft';
import { draftRecord } from '../support/draft-record';
import { LAST_SHIPPED } from '../support/shipped-schemas';

const T = '2026-01-01T00:00:00.000Z';

/** A row in every table that belongs to a report, for report `r` with draft `d`. */
function ofReport(r: string, d: string): Partial<Rows> {
  const draft = draftRecord(d, r, [{ h: 1, text: 'Pijler 1: Veiligheid' }, { p: 'Het veiligheidsbeleid is herzien.' }]);
  return {
    reports: [{ id: r, organisation: 'Stichting X', year: 2025, title: `Verslag ${r}`, createdAt: T, updatedAt: T }],
    drafts: [draft],
    corrections: [
      {
        id: `${r}:c`,
        reportId: r,
        draftId: d,
        blockId: draft.analysis.document.blocks[1]!.id,
        target: null,
        pillar: 1,
        themes: [1],
        at: T,
      },
    ],
    progress: [
      { id: `${r}:pillar-1`, reportId: r, itemId: 'pillar-1', status: 'bezig', owner: 'Anna', note: '', updatedAt: T },
    ],
    aspects: [{ id: `${r}:aspect`, reportId: r, pillar: 1, aspect: 'Opleidingsplan', status: 'gereed', updatedAt: T }],
    images: [
      {
        id: `${d}:afbeelding-1`,
        draftId: d,
        contentType: 'image/png',
        data: new Uint8Array([137, 80, 78, 71, r.length]),
      },
    ],
    notes: [
      {
        id: `${r}:n`,
        reportId: r,
        target: { kind: 'checklist', itemId: 'pillar-1', headingPath: [] },
        kind: 'vraag',
        body: 'Waar?',
        author: 'Ans',
        created: T,
        modified: T,
        status: 'open',
        replies: [],
        placement: null,
      },
    ],
    carry: [{ ...carryDraft(), id: `${r}:carry`, reportId: r }],
    justifications: [
      {
        id: `${r}:theme-7`,
        reportId: r,
        itemId: 'theme-7',
        kind: 'niet-van-toepassing',
        reason: 'Geen ambulante zorg.',
        author: '',
        updatedAt: T,
      },
    ],
  };
}
/** A row in every table that belongs to no report. */
const global: Partial<Rows> = {
  fieldChoices: [
    {
      id: 'https://a.example 0|textarea||toelichting',
      origin: 'https://a.example',
      signature: '0|textarea||toelichting',
      target: 'pillar-2',
      at: T,
    },
  ],
  templates: [
    {
      id: 'tpl-1',
      name: 'Format kwaliteitsverslag.docx',
      size: 4,
      sha256: 'ab'.repeat(32),
      addedAt: T,
      usedAt: T,
      targets: { 'pillar-1': 'pillar-1', handtekening: null },
      data: new Uint8Array([80, 75, 3, 4]),
    },
  ],
};
const settings = { ...DEFAULT_SETTINGS, organisation: 'Stichting X' };

const merge = (...parts: Partial<Rows>[]): Contents => ({
  ...(byTable((t) => parts.flatMap((p): unknown[] => p[t] ?? [])) as Rows),
  settings,
});
const r1 = ofReport('r1', 'd1');
const r2 = ofReport('r2', 'd2');
const everything = merge(r1, r2, global);

const opened: KkfzDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

async function filled(): Promise<KkfzDb> {
  const db = new KkfzDb(`tables-${crypto.randomUUID()}`);
  opened.push(db);
  await db.open();
  for (const t of TABLE_NAMES) await db.table(t).bulkAdd(everything[t]);
  await db.settings.put({ key: 'settings', value: settings });
  return db;
}

const byId = (c: Contents) => ({
  ...byTable((t) => [...(c[t] as { id: string }[])].sort((a, b) => a.id.localeCompare(b.id))),
  settings: c.settings,
});
const indexes = (stores: string) => stores.split(',').map((s) => s.trim());

describe('the table declaration', () => {
  it('the fixture has rows in every declared table: those of a report for both reports, the others once', () => {
    for (const t of TABLE_NAMES) expect(everything[t].length, t).toBeGreaterThan(0);
    // a table belongs to a report (directly or through a draft) exactly when its rows come per report here
    for (const t of TABLE_NAMES) expect(r1[t] !== undefined, t).toBe(t === 'reports' || TABLES[t].owner !== null);
  });

  it('a table whose rows name a report or a draft belongs to it, by an indexed field of a declared table', () => {
    for (const t of TABLE_NAMES) {
      const { row, owner, stores } = TABLES[t];
      if ('reportId' in row.shape) expect(owner, t).toMatchObject({ table: 'reports', by: 'reportId' });
      else if ('draftId' in row.shape) expect(owner, t).toMatchObject({ table: 'drafts', by: 'draftId' });
      if (!owner) continue;
      expect(TABLE_NAMES, t).toContain(owner.table);
      expect(indexes(stores).slice(1), t).toContain(owner.by);
    }
  });

  it('the database has every declared table with its key and indexes, and no other', async () => {
    // the newest version follows the declaration, so it must not have shipped: a shipped one never changes
    expect(
      DB_VERSION,
      'version shipped: write its stores out in db.ts and declare the next from tables.ts',
    ).toBeGreaterThan(LAST_SHIPPED);
    const db = await filled();
    const actual = Object.fromEntries(
      db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src).sort()]]),
    );
    const declared = Object.fromEntries(
      TABLE_NAMES.map((t) => {
        const [key, ...rest] = indexes(TABLES[t].stores);
        return [t, [key, ...rest.sort()]];
      }),
    );
    expect(actual).toEqual({ ...declared, settings: ['key'] });
  });

  it('the backup file has every declared table: one that was always there is required, a later one read as empty when absent', () => {
    for (const t of TABLE_NAMES) {
      expect(Object.keys(Backup.shape), t).toContain(t);
      const file: Record<string, unknown> = structuredClone(toBackup(everything));
      expect(file[t], t).toHaveLength(everything[t].length);
      delete file[t];
      const read = readBackup(JSON.stringify(file));
      const since = TABLES[t].backup;
      if (since === 'always') expect(read.ok, t).toBe(false);
      else {
        expect(since.since, t).toBeLessThanOrEqual(BACKUP_VERSION);
        expect(read.ok && read.value[t], t).toEqual([]);
      }
    }
  });

  it('a backup with a row whose owner is not in it is refused, for every table that belongs to another', () => {
    for (const t of TABLE_NAMES) {
      const owner = TABLES[t].owner;
      if (!owner) continue;
      const file = structuredClone(toBackup(everything));
      (file[t][0] as Record<string, unknown>)[owner.by] = 'elders';
      const read = readBackup(JSON.stringify(file));
      expect(read.ok, t).toBe(false);
      expect(JSON.stringify(read), t).toContain(`${t}.0.${owner.by}`);
    }
  });

  it('the restore plan covers every table: all rows new into an empty database, every changed row a conflict', () => {
    const plan = planRestore({ ...noRows(), settings: null }, everything);
    for (const t of TABLE_NAMES) expect(plan.added[t], t).toEqual(everything[t]);
    const changed = {
      ...everything,
      ...Object.fromEntries(TABLE_NAMES.map((t) => [t, everything[t].map((row) => ({ ...row, changed: true }))])),
    } as Contents;
    expect(new Set(planRestore(everything, changed).conflicts.map((c) => c.table))).toEqual(new Set(TABLE_NAMES));
  });

  it('round-trips every table: export → wipe (all empty) → restore gives the same rows', async () => {
    const db = await filled();
    expect(byId(await readContents(db))).toEqual(byId(everything));
    const text = await exportBackupText(db);
    await wipe(db);
    for (const t of db.tables) expect(await t.count(), t.name).toBe(0);
    const read = readBackup(text);
    if (!read.ok) throw new Error(JSON.stringify(read));
    await applyRestore(db, read.value, await restorePlanFor(db, read.value), 'keep-mine');
    expect(byId(await readContents(db))).toEqual(byId(everything));
  });

  it('deleting a report deletes its rows in every table that belongs to it, and nothing else', async () => {
    const db = await filled();
    await deleteReport(db, 'r1');
    expect(byId(await readContents(db))).toEqual(byId(merge(r2, global)));
  });

  it('deleting a draft deletes it with its images; the report keeps the rest, its corrections included', async () => {
    const db = await filled();
    await deleteDraft(db, 'd1');
    expect(byId(await readContents(db))).toEqual(byId(merge({ ...r1, drafts: [], images: [] }, r2, global)));
  });
});
