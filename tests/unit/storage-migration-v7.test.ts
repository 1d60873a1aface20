// Version 7: the organisation's Word templates kept in the library, to fill again next year with the items chosen
// for their places.
// A database as version 6 wrote it opens with every row as it was and an empty templates table that works; the
// same file kept twice is one template; templates belong to no report, so deleting one leaves them, clearing
// everything does not; a backup of format 3 (before templates) still restores; their bytes round-trip through the
// current format as base64, and a template whose base64 is not is refused.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { declareShipped } from '../support/shipped-schemas';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION, KkfzDb } from '../../lib/storage/db';
import { BACKUP_FORMAT, BACKUP_VERSION, bytesToBase64, readBackup } from '../../lib/storage/backup';
import { TABLE_NAMES, type Rows } from '../../lib/storage/tables';
import {
  applyRestore,
  deleteReport,
  deleteTemplate,
  exportBackupText,
  keepTemplate,
  readContents,
  rememberTemplateTargets,
  restorePlanFor,
  templatesOf,
  wipe,
} from '../../lib/storage/repository';
import { fromLegacy, type LegacyCorrection } from '../../lib/corrections/place';
import type { DraftRecord, ReportRecord } from '../../lib/schema';
import { carryDraft } from '../support/carry-draft';

// rows as version 3 wrote them (versions 4 to 6 changed no row of these tables); never regenerate from the current code
const fixture = JSON.parse(readFileSync(new URL('../fixtures/db-v3.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown[]
> & { reports: ReportRecord[]; drafts: DraftRecord[]; corrections: LegacyCorrection[] };
const [reportA, reportB] = fixture.reports as [ReportRecord, ReportRecord];
const drafts = new Map(fixture.drafts.map((d) => [d.id, d]));

/** A row in every table version 6 had, as it wrote them. */
const v6Rows: Omit<Rows, 'templates'> = {
  reports: fixture.reports,
  drafts: fixture.drafts,
  // version 5 converted them to per-report corrections
  corrections: fixture.corrections.map((c) => fromLegacy(c, drafts.get(c.draftId))),
  progress: fixture.progress as Rows['progress'],
  aspects: fixture.aspects as Rows['aspects'],
  images: [
    { id: 'dr-4e9d12:afbeelding-1', draftId: 'dr-4e9d12', contentType: 'image/png', data: new Uint8Array([137, 80]) },
  ],
  notes: fixture.notes as Rows['notes'],
  carry: [{ ...carryDraft(), id: 'carry-1', reportId: reportA.id }],
  justifications: [
    {
      id: `${reportA.id}:theme-7`,
      reportId: reportA.id,
      itemId: 'theme-7',
      kind: 'niet-van-toepassing',
      reason: 'Geen ambulante zorg.',
      author: 'Anna',
      updatedAt: '2026-02-06T09:00:00.000Z',
    },
  ],
  fieldChoices: [
    {
      id: 'https://a.example 0|textarea||toelichting',
      origin: 'https://a.example',
      signature: '0|textarea||toelichting',
      target: 'pillar-2',
      at: '2026-02-06T09:01:00.000Z',
    },
  ],
};
const V6_TABLES = Object.keys(v6Rows) as (keyof typeof v6Rows)[];

const names: string[] = [];
const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** Versions 1–6 declared exactly as they shipped (no upgrade functions: the rows are already version-6 shaped). */
async function writeV6(): Promise<string> {
  const name = `migrate-v6-${crypto.randomUUID()}`;
  names.push(name);
  const v6 = new Dexie(name);
  declareShipped(v6, 6);
  for (const t of V6_TABLES) await v6.table(t).bulkAdd(v6Rows[t]);
  await v6.table('settings').bulkAdd(fixture.settings!);
  expect(v6.verno).toBe(6);
  v6.close();
  return name;
}

async function open(name: string) {
  const db = new KkfzDb(name);
  opened.push(db);
  await db.open();
  return db;
}

const byId = (rows: { id: string }[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
const at = (minute: number) => new Date(Date.UTC(2026, 8, 1, 9, minute));
/** Every byte value, so a lossy conversion (text, signed bytes) shows. */
const docx = Uint8Array.from({ length: 256 }, (_, k) => k);
const other = new Uint8Array([80, 75, 3, 4, 20, 0]);

describe('storage migration from version 6', () => {
  it('keeps every row and adds an empty templates table', async () => {
    const db = await open(await writeV6());
    expect(db.verno).toBe(DB_VERSION);
    const contents = await readContents(db);
    for (const t of V6_TABLES) expect(byId(contents[t]), t).toEqual(byId(v6Rows[t]));
    expect(contents.settings).toEqual((fixture.settings![0] as { value: unknown }).value);
    expect(contents.templates).toEqual([]);
    expect(await templatesOf(db)).toEqual([]);
  });

  it('keeps a template once per file: the same bytes again are that template under the new name', async () => {
    const db = await open(await writeV6());
    const first = await keepTemplate(db, 'Format 2025.docx', docx, at(0));
    expect(first).toMatchObject({
      name: 'Format 2025.docx',
      size: 256,
      addedAt: at(0).toISOString(),
      usedAt: at(0).toISOString(),
      targets: {},
    });
    expect(first.sha256).toMatch(/^[0-9a-f]{64}$/);
    await rememberTemplateTargets(db, first.id, { 'pillar-1': 'pillar-1', ondertekening: null }, at(1));

    const again = await keepTemplate(db, 'Format 2026.docx', docx.slice(), at(2));
    expect(again).toEqual({
      ...first,
      name: 'Format 2026.docx',
      usedAt: at(2).toISOString(),
      targets: { 'pillar-1': 'pillar-1', ondertekening: null },
    });
    expect(await templatesOf(db)).toEqual([again]);

    const second = await keepTemplate(db, 'Format 2026.docx', other, at(3));
    expect(second.id).not.toBe(first.id);
    expect(second.targets).toEqual({});
    expect((await templatesOf(db)).map((t) => t.id).sort()).toEqual([first.id, second.id].sort());
  });

  it('refuses a template without a name, and stores nothing', async () => {
    const db = await open(await writeV6());
    await expect(keepTemplate(db, '', docx)).rejects.toThrow();
    expect(await db.templates.count()).toBe(0);
  });

  it('remembers the items chosen for its places, replacing the previous choice, after closing too', async () => {
    const name = await writeV6();
    const db = await open(name);
    const t = await keepTemplate(db, 'Format.docx', docx, at(0));
    await rememberTemplateTargets(db, t.id, { 'pillar-1': 'theme-1', 'pillar-2': 'pillar-2' }, at(1));
    await rememberTemplateTargets(db, t.id, { 'pillar-1': 'pillar-1', ondertekening: null }, at(2));
    db.close();
    const [reopened] = await templatesOf(await open(name));
    expect(reopened).toMatchObject({ id: t.id, usedAt: at(2).toISOString() });
    expect(reopened!.targets).toEqual({ 'pillar-1': 'pillar-1', ondertekening: null });
    expect(Array.from(reopened!.data)).toEqual(Array.from(docx));
  });

  it('remembering the places of a template that is gone stores nothing', async () => {
    const db = await open(await writeV6());
    await rememberTemplateTargets(db, 'weg', { 'pillar-1': 'pillar-1' });
    expect(await db.templates.count()).toBe(0);
  });

  it('lists the templates the most recently used first', async () => {
    const db = await open(await writeV6());
    const a = await keepTemplate(db, 'A.docx', docx, at(0));
    const b = await keepTemplate(db, 'B.docx', other, at(1));
    const c = await keepTemplate(db, 'C.docx', new Uint8Array([1]), at(2));
    const order = async () => (await templatesOf(db)).map((t) => t.name);
    expect(await order()).toEqual(['C.docx', 'B.docx', 'A.docx']);
    await rememberTemplateTargets(db, a.id, {}, at(3));
    expect(await order()).toEqual(['A.docx', 'C.docx', 'B.docx']);
    await keepTemplate(db, 'B.docx', other, at(4));
    expect(await order()).toEqual(['B.docx', 'A.docx', 'C.docx']);
    await deleteTemplate(db, b.id);
    expect(await order()).toEqual(['A.docx', 'C.docx']);
    expect((await templatesOf(db)).map((t) => t.id)).toEqual([a.id, c.id]);
  });

  it('templates belong to no report: deleting one leaves them, clearing everything removes them', async () => {
    const db = await open(await writeV6());
    const t = await keepTemplate(db, 'Format.docx', docx, at(0));
    await deleteReport(db, reportA.id);
    await deleteReport(db, reportB.id);
    expect(await db.reports.count()).toBe(0);
    expect(await templatesOf(db)).toEqual([t]);
    await wipe(db);
    expect(await db.templates.count()).toBe(0);
  });
});

describe('backups and templates', () => {
  /** A file of format 3, as that version wrote it: no templates. */
  const v3File = () => ({
    format: BACKUP_FORMAT,
    version: 3,
    exportedAt: '2026-06-01T12:00:00.000Z',
    ...v6Rows,
    images: v6Rows.images.map(({ data, ...rest }) => ({ ...rest, base64: bytesToBase64(data) })),
    settings: null,
  });

  it('a backup of format 3 (no templates) restores with none, leaving the kept ones and the rest as in the file', async () => {
    const db = await open(`backup-v3-${crypto.randomUUID()}`);
    names.push(db.name);
    const kept = await keepTemplate(db, 'Format.docx', docx, at(0));
    const read = readBackup(JSON.stringify(v3File()));
    if (!read.ok) throw new Error(read.error.en);
    expect(read.value.templates).toEqual([]);
    const plan = await restorePlanFor(db, read.value);
    expect(plan.conflicts).toEqual([]);
    await applyRestore(db, read.value, plan, 'keep-mine');
    const after = await readContents(db);
    for (const t of V6_TABLES) expect(byId(after[t]), t).toEqual(byId(v6Rows[t]));
    expect(after.templates).toEqual([kept]);
  });

  it('round-trips a template byte for byte, held in the file as base64: export → wipe → restore', async () => {
    const db = await open(await writeV6());
    const t = await keepTemplate(db, 'Format.docx', docx, at(0));
    await rememberTemplateTargets(db, t.id, { 'pillar-1': 'pillar-1', ondertekening: null }, at(1));
    const [before] = await templatesOf(db);
    const text = await exportBackupText(db);
    const file = JSON.parse(text);
    expect(file.version).toBe(BACKUP_VERSION);
    expect(TABLE_NAMES).toContain('templates');
    expect(file.templates).toHaveLength(1);
    expect(file.templates[0]).not.toHaveProperty('data');
    expect(file.templates[0].base64).toBe(Buffer.from(docx).toString('base64'));

    await wipe(db);
    const read = readBackup(text);
    if (!read.ok) throw new Error(read.error.en);
    await applyRestore(db, read.value, await restorePlanFor(db, read.value), 'keep-mine');
    const [after] = await templatesOf(db);
    expect(after!.data).toBeInstanceOf(Uint8Array);
    expect(Array.from(after!.data)).toEqual(Array.from(docx));
    expect(after).toEqual(before);
  });

  it('a backup whose template is not base64 is refused, saying where', async () => {
    const db = await open(await writeV6());
    await keepTemplate(db, 'Format.docx', docx, at(0));
    const file = JSON.parse(await exportBackupText(db));
    file.templates[0].base64 = 'UEsDBA==!';
    const read = readBackup(JSON.stringify(file));
    expect(read.ok).toBe(false);
    expect(JSON.stringify(read)).toContain('templates.0.base64');
  });
});
