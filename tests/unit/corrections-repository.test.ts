// Section-wide corrections and their one-step undo, duplicate files by hash, next year's draft made once.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KkfzDb } from '../../lib/storage/db';
import { sha256Hex } from '../../lib/docx/hash';
import {
  carryDraftFor,
  correctionsOfReport,
  findDraftBySha256,
  putCarryDraft,
  removeCorrection,
  saveDraft,
  setCorrection,
  setSectionCorrection,
  undoSectionCorrection,
} from '../../lib/storage/repository';
import { placeCorrections } from '../../lib/corrections/place';
import { analyseDocument } from '../../lib/analyse';
import { blocksOf } from '../support/blocks';
import { carryDraft } from '../support/carry-draft';

let db: KkfzDb;
let n = 0;
beforeEach(async () => {
  db = new KkfzDb(`corrections-repo-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const analysis = analyseDocument(
  {
    blocks: blocksOf([
      { h: 1, text: 'Pijler 1 Veiligheid' },
      { p: 'Het veiligheidsbeleid is in het voorjaar herzien, samen met de cliëntenraad.' },
      { h: 2, text: 'Risicotaxatie' },
      { p: 'Bij elke intake wordt een risicotaxatie gedaan met de HKT-R.' },
      { p: 'Agressie-incidenten worden elke maand besproken in het team.' },
      { h: 1, text: 'Pijler 2 Vakmanschap' },
      { p: 'Het opleidingsplan is uitgebreid met modules over delictanalyse.' },
    ]),
    images: [],
    title: 'Verslag',
  },
  [],
  { year: 2025 },
);

async function stored() {
  return saveDraft(db, {
    organisation: 'Zorg BV',
    fileName: 'v.docx',
    sizeBytes: 10,
    analysis,
    images: [],
    sha256: 'f'.repeat(64),
  });
}

describe('a whole section at once', () => {
  it('applies to the heading and the blocks under it, skips one-by-one corrections, and undoes in one step', async () => {
    const { draft, report } = await stored();
    const blocks = draft.analysis.document.blocks;
    const single = await setCorrection(db, draft, blocks[3]!, 4, [11]);
    const change = await setSectionCorrection(db, draft, 0, 3, [7, 8]);
    expect(change.applied).toEqual([0, 1, 2, 4]);
    expect(change.skipped).toEqual([3]);
    let placed = placeCorrections(await correctionsOfReport(db, report.id), blocks).byBlock;
    for (const k of [0, 1, 2, 4])
      expect(placed.get(blocks[k]!.id)).toMatchObject({ pillar: 3, themes: [7, 8], section: true });
    expect(placed.get(blocks[3]!.id)).toMatchObject({ id: single.id, pillar: 4 });
    expect(placed.has(blocks[5]!.id)).toBe(false);

    // a sub-section changed before is overwritten by its parent's change; one-by-one stays
    const sub = await setSectionCorrection(db, draft, 2, 1, []);
    expect(sub.applied).toEqual([2, 4]);
    expect(sub.before.map((c) => c.pillar)).toEqual([3, 3]);
    await undoSectionCorrection(db, sub);
    placed = placeCorrections(await correctionsOfReport(db, report.id), blocks).byBlock;
    expect(placed.get(blocks[2]!.id)).toMatchObject({ pillar: 3 });

    await undoSectionCorrection(db, change);
    const left = await correctionsOfReport(db, report.id);
    expect(left).toEqual([single]);
    await removeCorrection(db, single.id);
    expect(await correctionsOfReport(db, report.id)).toEqual([]);
  });

  it('saving the automatic mapping unchanged is recorded as confirmed', async () => {
    const { draft } = await stored();
    const b = draft.analysis.document.blocks[1]!;
    const m = draft.analysis.mappings[1]!;
    expect(await setCorrection(db, draft, b, m.pillar, m.themes, { confirmed: true })).toMatchObject({
      confirmed: true,
      pillar: m.pillar,
    });
    expect(await setCorrection(db, draft, b, 2, [])).not.toHaveProperty('confirmed');
  });
});

describe('the same file twice', () => {
  it('hashes with Web Crypto as node:crypto would, and finds the stored draft by it', async () => {
    const bytes = new TextEncoder().encode('PK dit is een docx');
    expect(await sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
    const { draft, report } = await stored();
    expect(await findDraftBySha256(db, 'f'.repeat(64))).toEqual({ report, draft });
    expect(await findDraftBySha256(db, '0'.repeat(64))).toBeNull();
  });

  it('next year’s draft made from a report is found again by its year', async () => {
    const carried = { ...carryDraft(), reportId: 'r1' };
    await putCarryDraft(db, carried);
    expect(await carryDraftFor(db, 'r1', carried.fromYear)).toEqual(carried);
    expect(await carryDraftFor(db, 'r1', carried.fromYear - 1)).toBeNull();
    expect(await carryDraftFor(db, 'r2', carried.fromYear)).toBeNull();
  });
});
