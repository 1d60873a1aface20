import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION, KkfzDb, correctionId } from '../../lib/storage/db';
import { correctionsOfReport, listReports, readSettings } from '../../lib/storage/repository';
import { Correction, DraftRecord, ReportRecord, Settings } from '../../lib/schema';

type V1Correction = { blockId: string; pillar: number; themes: number[]; at: string };
type V1Draft = DraftRecord & { corrections?: V1Correction[] };
interface V1Fixture {
  schemaVersion: 1;
  reports: ReportRecord[];
  drafts: V1Draft[];
  settings: { key: 'settings'; value: Settings }[];
}

// Rows as the first release wrote them; never regenerate from the current code, or it stops testing the past.
const fixture: V1Fixture = JSON.parse(readFileSync(new URL('../fixtures/db-v1.json', import.meta.url), 'utf8'));

const opened: Dexie[] = [];
const names: string[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** Writes rows with only version 1 declared, so the database on disk is a genuine version-1 one. */
async function writeV1(rows: Pick<V1Fixture, 'reports' | 'drafts' | 'settings'>): Promise<string> {
  const name = `migrate-${crypto.randomUUID()}`;
  names.push(name);
  const v1 = new Dexie(name);
  v1.version(1).stores({
    reports: 'id, organisation, year, updatedAt',
    drafts: 'id, reportId, importedAt',
    settings: 'key',
  });
  await v1.table('reports').bulkAdd(rows.reports);
  await v1.table('drafts').bulkAdd(rows.drafts);
  await v1.table('settings').bulkAdd(rows.settings);
  expect(v1.verno).toBe(1);
  v1.close();
  return name;
}

async function openCurrent(name: string): Promise<KkfzDb> {
  const db = new KkfzDb(name);
  opened.push(db);
  await db.open();
  return db;
}

const withoutCorrections = ({ corrections: _c, ...draft }: V1Draft): DraftRecord => draft;
const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe('storage migration from version 1', () => {
  it('the fixture is what it claims to be', () => {
    expect(fixture.schemaVersion).toBe(1);
    expect(fixture.reports).toHaveLength(2);
    expect(fixture.drafts).toHaveLength(3);
    expect(fixture.drafts.some((d) => (d.corrections ?? []).length >= 2)).toBe(true);
    expect(fixture.drafts.some((d) => (d.corrections ?? []).length === 0)).toBe(true);
    // a correction of a block the draft lacks would migrate fine and still prove nothing
    for (const d of fixture.drafts) {
      const blockIds = d.analysis.document.blocks.map((b) => b.id);
      for (const c of d.corrections ?? []) expect(blockIds).toContain(c.blockId);
    }
  });

  it('moves every draft correction into the corrections table and keeps all other rows as they were', async () => {
    const name = await writeV1(fixture);
    const db = await openCurrent(name);
    // the current schema (v3 adds notes, v4 carry-forward drafts, v5 per-report corrections, v6 justified items, on top of v2); Dexie stores version n as IndexedDB version 10n
    expect(db.verno).toBe(DB_VERSION);
    expect(db.backendDB().version).toBe(10 * DB_VERSION);

    expect(byId(await db.reports.toArray())).toEqual(byId(fixture.reports));
    expect(await db.settings.toArray()).toEqual(fixture.settings);

    const drafts = byId(await db.drafts.toArray());
    expect(drafts).toEqual(byId(fixture.drafts.map(withoutCorrections)));
    for (const d of drafts) expect(d).not.toHaveProperty('corrections');

    // v2 moved them into their own table per draft; v5 made them the report's, anchored to the block's text
    const expected = fixture.drafts.flatMap((d) =>
      (d.corrections ?? []).map((c) => ({
        ...c,
        id: correctionId(d.id, c.blockId),
        draftId: d.id,
        reportId: d.reportId,
      })),
    );
    expect(expected.length).toBeGreaterThanOrEqual(3);
    const corrections = await db.corrections.toArray();
    expect(
      byId(corrections).map(({ id, draftId, reportId, blockId, pillar, themes, at }) => ({
        id,
        draftId,
        reportId,
        blockId,
        pillar,
        themes,
        at,
      })),
    ).toEqual(byId(expected));
    for (const c of corrections) {
      const block = fixture.drafts
        .find((d) => d.id === c.draftId)!
        .analysis.document.blocks.find((b) => b.id === c.blockId)!;
      expect(c.target!.quote.exact).toBe(block.text.slice(0, 400));
      expect(c.target!.headingPath.length).toBeGreaterThanOrEqual(block.headingPath.length);
    }

    for (const r of await db.reports.toArray()) expect(ReportRecord.safeParse(r).success).toBe(true);
    for (const d of drafts) expect(DraftRecord.safeParse(d).success).toBe(true);
    for (const c of corrections) expect(Correction.safeParse(c).success).toBe(true);
    for (const s of await db.settings.toArray()) expect(Settings.safeParse(s.value).success).toBe(true);

    expect(await db.progress.count()).toBe(0);
    expect(await db.aspects.count()).toBe(0);
    expect(await db.images.count()).toBe(0);
    expect(await db.notes.count()).toBe(0);
  });

  it('the migrated database works through the repository', async () => {
    const db = await openCurrent(await writeV1(fixture));

    for (const r of fixture.reports) {
      const own = fixture.drafts.filter((d) => d.reportId === r.id).flatMap((d) => d.corrections ?? []);
      const moved = (await correctionsOfReport(db, r.id)).map(({ blockId, pillar, themes, at }) => ({
        blockId,
        pillar,
        themes,
        at,
      }));
      expect(moved.sort((a, b) => a.blockId.localeCompare(b.blockId) || a.at.localeCompare(b.at))).toEqual(
        [...own].sort((a, b) => a.blockId.localeCompare(b.blockId) || a.at.localeCompare(b.at)),
      );
    }

    const listed = await listReports(db);
    // newest first, drafts oldest first
    const reports = [...fixture.reports].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    expect(listed.map((l) => l.report)).toEqual(reports);
    for (const { report, drafts } of listed) {
      const own = fixture.drafts
        .filter((d) => d.reportId === report.id)
        .sort((a, b) => a.importedAt.localeCompare(b.importedAt));
      expect(drafts).toEqual(own.map(withoutCorrections));
    }
    expect(listed.map((l) => l.drafts.length).sort()).toEqual([1, 2]);

    expect(await readSettings(db)).toEqual(fixture.settings[0]!.value);
  });

  it('migrates drafts that never had a corrections field', async () => {
    const drafts = fixture.drafts.map(withoutCorrections);
    const db = await openCurrent(await writeV1({ ...fixture, drafts }));
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.corrections.count()).toBe(0);
    expect(byId(await db.drafts.toArray())).toEqual(byId(drafts));
    expect(byId(await db.reports.toArray())).toEqual(byId(fixture.reports));
  });
});
