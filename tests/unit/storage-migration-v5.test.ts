// Version 5: corrections belong to the report. A database as version 4 wrote it (per-draft corrections, by
// block id) opens with every correction kept, converted to a per-report anchored one, shown on every draft of
// its report; a backup of format 1 (per-draft corrections) still restores; the new shape round-trips.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { declareShipped } from '../support/shipped-schemas';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION, KkfzDb } from '../../lib/storage/db';
import { BACKUP_FORMAT, BACKUP_VERSION, readBackup } from '../../lib/storage/backup';
import {
  applyRestore,
  correctionsOfReport,
  exportBackupText,
  readContents,
  restorePlanFor,
  saveDraft,
  setCorrection,
  wipe,
} from '../../lib/storage/repository';
import { placeCorrections } from '../../lib/corrections/place';
import { Correction, type DraftRecord, type ReportRecord } from '../../lib/schema';
import { carryDraft } from '../support/carry-draft';

// rows as version 3 wrote them (version 4 only added the carry table); never regenerate from the current code
const fixture = JSON.parse(readFileSync(new URL('../fixtures/db-v3.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown[]
> & {
  reports: ReportRecord[];
  drafts: DraftRecord[];
  corrections: { id: string; draftId: string; blockId: string; pillar: number; themes: number[]; at: string }[];
};

const names: string[] = [];
const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** Versions 1–4 declared exactly as they shipped, so what is on disk is a genuine version-4 database. */
async function writeV4(extraCorrections: typeof fixture.corrections = []): Promise<string> {
  const name = `migrate-v4-${crypto.randomUUID()}`;
  names.push(name);
  const v4 = new Dexie(name);
  declareShipped(v4, 4);
  for (const t of ['reports', 'drafts', 'progress', 'aspects', 'notes', 'settings'] as const)
    await v4.table(t).bulkAdd(fixture[t]!);
  await v4.table('corrections').bulkAdd([...fixture.corrections, ...extraCorrections]);
  await v4.table('carry').add({ ...carryDraft(), reportId: fixture.reports[0]!.id });
  expect(v4.verno).toBe(4);
  v4.close();
  return name;
}

async function open(name: string) {
  const db = new KkfzDb(name);
  opened.push(db);
  await db.open();
  return db;
}

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe('storage migration from version 4', () => {
  it('converts every per-draft correction into a per-report anchored one; nothing lost, other rows as they were', async () => {
    // one correction whose draft is gone and one whose block its draft lacks: kept too, unplaceable
    const strays = [
      { id: 'dr-gone:bx', draftId: 'dr-gone', blockId: 'bx', pillar: 1, themes: [2], at: '2026-01-02T10:00:00.000Z' },
      {
        id: 'dr-0c71aa:bnope',
        draftId: 'dr-0c71aa',
        blockId: 'bnope',
        pillar: 4,
        themes: [],
        at: '2026-01-02T10:00:00.000Z',
      },
    ];
    const db = await open(await writeV4(strays));
    expect(db.verno).toBe(DB_VERSION);
    const contents = await readContents(db);
    for (const t of ['reports', 'drafts', 'progress', 'aspects', 'images', 'notes'] as const)
      expect(byId(contents[t] as { id: string }[])).toEqual(byId(fixture[t] as { id: string }[]));
    expect(contents.carry).toHaveLength(1);

    const all = [...fixture.corrections, ...strays];
    expect(contents.corrections).toHaveLength(all.length);
    for (const old of all) {
      const now = contents.corrections.find((c) => c.id === old.id)!;
      expect(Correction.safeParse(now).success).toBe(true);
      expect(now).toMatchObject({
        draftId: old.draftId,
        blockId: old.blockId,
        pillar: old.pillar,
        themes: old.themes,
        at: old.at,
      });
      const draft = fixture.drafts.find((d) => d.id === old.draftId);
      expect(now.reportId).toBe(draft?.reportId ?? '');
      const block = draft?.analysis.document.blocks.find((b) => b.id === old.blockId);
      if (block) expect(now.target!.quote.exact).toBe(block.text.slice(0, 400));
      else expect(now.target).toBeNull();
    }
  });

  it('a migrated correction shows on every draft of its report, not only the one it was made on', async () => {
    const db = await open(await writeV4());
    const report = fixture.reports[0]!;
    const corrections = await correctionsOfReport(db, report.id);
    expect(corrections.map((c) => c.id).sort()).toEqual(
      fixture.corrections
        .filter((c) => c.draftId.startsWith('dr-4e9d12'))
        .map((c) => c.id)
        .sort(),
    );
    const made = fixture.drafts.find((d) => d.id === 'dr-4e9d12')!;
    const other = fixture.drafts.find((d) => d.id === 'dr-0c71aa')!;
    expect(placeCorrections(corrections, made.analysis.document.blocks).unplaced).toEqual([]);
    // the older draft holds the same blocks where their text is the same
    const placedOnOther = placeCorrections(corrections, other.analysis.document.blocks);
    for (const c of corrections) {
      const inOther = other.analysis.document.blocks.find(
        (b) => b.text === made.analysis.document.blocks.find((x) => x.id === c.blockId)!.text,
      );
      if (inOther) expect(placedOnOther.byBlock.get(inOther.id)?.id).toBe(c.id);
      else expect(placedOnOther.unplaced.map((u) => u.id)).toContain(c.id);
    }
  });

  it('a new import of the report keeps the corrections (re-anchored on it), and stores its hash', async () => {
    const db = await open(await writeV4());
    const made = fixture.drafts.find((d) => d.id === 'dr-4e9d12')!;
    const report = fixture.reports.find((r) => r.id === made.reportId)!;
    const { draft } = await saveDraft(db, {
      organisation: report.organisation,
      fileName: 'opnieuw.docx',
      sizeBytes: 1,
      analysis: { ...made.analysis, effectiveYear: report.year },
      images: [],
      sha256: 'ab'.repeat(32),
    });
    expect(draft.sha256).toBe('ab'.repeat(32));
    expect(await db.drafts.where('sha256').equals('ab'.repeat(32)).count()).toBe(1);
    const corrections = await correctionsOfReport(db, report.id);
    expect(corrections).toHaveLength(2);
    for (const c of corrections) expect(c.draftId).toBe(draft.id);
    expect(placeCorrections(corrections, draft.analysis.document.blocks).unplaced).toEqual([]);
    // correcting a block that already carries one replaces it, keeping its id
    const block = draft.analysis.document.blocks.find((b) => b.id === corrections[0]!.blockId)!;
    const again = await setCorrection(db, draft, block, 5, [14, 13, 14]);
    expect(again).toMatchObject({ id: corrections[0]!.id, pillar: 5, themes: [13, 14], reportId: report.id });
    expect(await correctionsOfReport(db, report.id)).toHaveLength(2);
  });
});

describe('backups and corrections per report', () => {
  it('a backup of format 1 (per-draft corrections) restores, with its corrections converted', async () => {
    const db = await open(`backup-v1-${crypto.randomUUID()}`);
    names.push(db.name);
    const v1 = {
      format: BACKUP_FORMAT,
      version: 1,
      exportedAt: '2026-02-01T12:00:00.000Z',
      reports: fixture.reports,
      drafts: fixture.drafts,
      corrections: fixture.corrections,
      progress: fixture.progress,
      aspects: fixture.aspects,
      images: [],
      notes: fixture.notes,
      settings: (fixture.settings as { value: unknown }[])[0]!.value,
    };
    const read = readBackup(JSON.stringify(v1));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    await applyRestore(db, read.value, await restorePlanFor(db, read.value), 'keep-mine');
    const restored = await db.corrections.toArray();
    expect(restored).toHaveLength(fixture.corrections.length);
    for (const c of restored) {
      expect(Correction.safeParse(c).success).toBe(true);
      const d = fixture.drafts.find((x) => x.id === c.draftId)!;
      expect(c.reportId).toBe(d.reportId);
      expect(c.target).not.toBeNull();
    }

    // the same rows as the migration of a version-4 database makes: restoring over it changes nothing
    const migrated = await open(await writeV4());
    const plan = await restorePlanFor(migrated, read.value);
    expect(plan.added.corrections).toEqual([]);
    expect(plan.conflicts.filter((c) => c.table === 'corrections')).toEqual([]);
  });

  it('the new shape round-trips through a backup (the current format): export → wipe → restore', async () => {
    const db = await open(await writeV4());
    const made = fixture.drafts.find((d) => d.id === 'dr-4e9d12')!;
    await setCorrection(db, made, made.analysis.document.blocks[0]!, 1, [1], { confirmed: true });
    const before = await readContents(db);
    expect(before.corrections.some((c) => c.confirmed)).toBe(true);
    const text = await exportBackupText(db);
    expect(JSON.parse(text).version).toBe(BACKUP_VERSION);
    await wipe(db);
    const read = readBackup(text);
    if (!read.ok) throw new Error(read.error.en);
    await applyRestore(db, read.value, await restorePlanFor(db, read.value), 'keep-mine');
    expect(byId((await readContents(db)).corrections)).toEqual(byId(before.corrections));
  });
});
