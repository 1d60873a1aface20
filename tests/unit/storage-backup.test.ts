import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KkfzDb } from '../../lib/storage/db';
import { readBackup, planRestore, toBackup } from '../../lib/storage/backup';
import {
  applyRestore,
  exportBackupText,
  putCarryDraft,
  readContents,
  restorePlanFor,
  saveSettings,
  setCarryState,
  setCorrection,
  setProgress,
  wipe,
} from '../../lib/storage/repository';
import { carryDraft } from '../support/carry-draft';
import { draftRecord } from '../support/draft-record';
import { DEFAULT_SETTINGS, type ReportRecord } from '../../lib/schema';

let db: KkfzDb;
let n = 0;
beforeEach(async () => {
  db = new KkfzDb(`backup-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const report = (id: string, title = 'Verslag'): ReportRecord => ({
  id,
  organisation: 'Stichting X',
  year: 2025,
  title,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

async function fill() {
  await db.reports.bulkAdd([report('r1'), report('r2')]);
  const draft = draftRecord('d1', 'r1', [{ h: 1, text: 'Veiligheid' }, { p: 'Het veiligheidsbeleid is herzien.' }]);
  await db.drafts.add(draft);
  await setCorrection(db, draft, draft.analysis.document.blocks[1]!, 3, [9, 8]);
  await setProgress(db, 'r1', 'pillar-2', { status: 'bezig', owner: 'Anna', note: 'nog scholing toevoegen' });
  await db.images.add({
    id: 'd1:afbeelding-1',
    draftId: 'd1',
    contentType: 'image/png',
    data: new Uint8Array([137, 80, 78, 71, 0, 255]),
  });
  await saveSettings(db, { ...DEFAULT_SETTINGS, organisation: 'Stichting X', focusThemes: [2, 6] });
  // carried forward from a stored report, as the panel does
  const carried = { ...carryDraft(), reportId: 'r1' };
  await putCarryDraft(db, carried);
  await setCarryState(db, carried.id, carried.items[0]!.blockId, 'drop');
}

describe('backup', () => {
  it('round-trips: export → wipe → restore gives identical contents', async () => {
    await fill();
    const before = await readContents(db);
    expect(before.carry).toHaveLength(1);
    expect(before.carry[0]!.items[0]!.state).toBe('drop');
    const text = await exportBackupText(db);
    await wipe(db);
    expect((await readContents(db)).reports).toEqual([]);
    const read = readBackup(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const plan = await restorePlanFor(db, read.value);
    expect(plan.conflicts).toEqual([]);
    await applyRestore(db, read.value, plan, 'keep-mine');
    expect(await readContents(db)).toEqual(before);
  });

  it('merges by id: new rows are added, identical rows skipped, conflicts reported and kept unless chosen', async () => {
    await fill();
    const incoming = await readContents(db);
    incoming.reports = [report('r1', 'Andere titel'), report('r3')];
    const plan = planRestore(await readContents(db), incoming);
    expect(plan.added.reports.map((r) => r.id)).toEqual(['r3']);
    expect(plan.conflicts).toEqual([{ table: 'reports', id: 'r1' }]);
    expect(plan.unchanged).toBeGreaterThan(0);

    await applyRestore(db, incoming, plan, 'keep-mine');
    expect((await db.reports.get('r1'))!.title).toBe('Verslag');
    expect(await db.reports.get('r3')).toBeTruthy();

    await applyRestore(db, incoming, planRestore(await readContents(db), incoming), 'take-theirs');
    expect((await db.reports.get('r1'))!.title).toBe('Andere titel');
  });

  it('refuses malformed files with a clear message and changes nothing', async () => {
    await fill();
    const before = await readContents(db);
    for (const text of [
      'geen json',
      '{"format":"iets-anders"}',
      JSON.stringify({ ...toBackup(before), version: 99 }),
      JSON.stringify({ ...toBackup(before), reports: [{ id: 1 }] }),
    ]) {
      const r = readBackup(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.nl).toMatch(/back-up/);
    }
    expect(await readContents(db)).toEqual(before);
  });
});
