// Corrections belong to the report: placed again on every draft, by the block's text. Identical re-import,
// reworded, moved and removed blocks; conflicts; a whole section at once; old per-draft corrections.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseDocx, applyCorrections } from '../../lib/analyse';
import {
  correctionTarget,
  fromLegacy,
  placeCorrections,
  planSectionCorrection,
  retarget,
  sectionBlocks,
} from '../../lib/corrections/place';
import type { Block, Correction } from '../../lib/schema';
import { corpusCases } from '../../scripts/corpus';
import { blocksOf } from '../support/blocks';
import { applyEdits, findBlock, readAnchoringFixture, writeDraftDocx } from '../support/second-draft';

const at = (k: number) => `2026-01-0${k}T10:00:00.000Z`;
function correction(
  blocks: Block[],
  i: number,
  pillar: number,
  themes: number[] = [],
  k = 1,
  extra: Partial<Correction> = {},
): Correction {
  return {
    id: `c-${i}-${k}`,
    reportId: 'r',
    draftId: 'd1',
    blockId: blocks[i]!.id,
    target: correctionTarget(blocks, i),
    pillar: pillar,
    themes: themes,
    at: at(k),
    ...extra,
  };
}

const outline = [
  { h: 1, text: 'Pijler 1 Veiligheid' },
  { p: 'Het veiligheidsbeleid is in het voorjaar herzien, met de cliëntenraad en de ondernemingsraad samen.' },
  { p: 'Alle medewerkers volgden de training agressiehantering; de incidenten namen af ten opzichte van vorig jaar.' },
  { h: 2, text: 'Risicotaxatie' },
  { p: 'Bij elke intake wordt een risicotaxatie gedaan met de HKT-R, en bij elke evaluatie opnieuw.' },
  { h: 1, text: 'Pijler 2 Vakmanschap' },
  { p: 'Het opleidingsplan is uitgebreid met modules over forensische diagnostiek en delictanalyse.' },
  { p: 'Intervisie vindt iedere maand plaats in vaste groepen, begeleid door een GZ-psycholoog.' },
] as const;

describe('placing a report’s corrections on a draft', () => {
  const one = blocksOf([...outline]);

  it('an identical re-import: every correction on its own block, by id', () => {
    const cs = [correction(one, 1, 3, [9]), correction(one, 3, 2, [5, 6]), correction(one, 7, 0)];
    const again = blocksOf([...outline]);
    const p = placeCorrections(cs, again);
    expect(p.unplaced).toEqual([]);
    expect([...p.byBlock.keys()]).toEqual(expect.arrayContaining([again[1]!.id, again[3]!.id, again[7]!.id]));
    expect(p.at.get(cs[1]!.id)).toBe(3);
  });

  it('a reworded block and a moved block are found again; a removed one is unplaced', () => {
    const reworded = correction(one, 1, 3, [9], 1);
    const moved = correction(one, 7, 4, [12], 2);
    const removed = correction(one, 2, 5, [], 3);
    const two = blocksOf([
      { h: 1, text: 'Pijler 1 Veiligheid' },
      // reworded: a few words changed
      { p: 'Het veiligheidsbeleid is in het najaar herzien, met de cliëntenraad en de ondernemingsraad samen.' },
      // the training paragraph is gone; the intervisie paragraph moved up into pillar 1
      { p: 'Intervisie vindt iedere maand plaats in vaste groepen, begeleid door een GZ-psycholoog.' },
      { h: 2, text: 'Risicotaxatie' },
      { p: 'Bij elke intake wordt een risicotaxatie gedaan met de HKT-R, en bij elke evaluatie opnieuw.' },
      { h: 1, text: 'Pijler 2 Vakmanschap' },
      { p: 'Het opleidingsplan is uitgebreid met modules over forensische diagnostiek en delictanalyse.' },
    ]);
    const p = placeCorrections([reworded, moved, removed], two);
    expect(p.at.get(reworded.id)).toBe(1);
    expect(p.at.get(moved.id)).toBe(2);
    expect(p.unplaced.map((c) => c.id)).toEqual([removed.id]);
    // applied: the reworded block carries the correction, the checklist follows
    const analysis = applyCorrections(analyseOf(two), [reworded, moved, removed]);
    expect(analysis.mappings[1]).toMatchObject({ pillar: 3, themes: [9], basis: 'user' });
    expect(analysis.mappings[2]).toMatchObject({ pillar: 4, themes: [12], basis: 'user' });
  });

  it('two corrections on one block: the newer wins, the other is listed, not lost', () => {
    const older = correction(one, 4, 1, [], 1);
    const newer = { ...correction(one, 4, 2, [], 2), id: 'newer' };
    const p = placeCorrections([newer, older], blocksOf([...outline]));
    expect(p.byBlock.get(one[4]!.id)!.id).toBe('newer');
    expect(p.unplaced.map((c) => c.id)).toEqual([older.id]);
  });

  it('a correction whose text is unknown (an old one whose block was gone) is unplaced', () => {
    const legacy = fromLegacy(
      { id: 'd0:bgone', draftId: 'd0', blockId: 'bgone', pillar: 2, themes: [4], at: at(1) },
      { id: 'd0', reportId: 'r', analysis: analyseOf(one) },
    );
    expect(legacy).toMatchObject({ reportId: 'r', target: null, pillar: 2, themes: [4] });
    expect(placeCorrections([legacy], one).unplaced).toEqual([legacy]);
    const kept = fromLegacy(
      { id: 'd0:x', draftId: 'd0', blockId: one[6]!.id, pillar: 1, themes: [], at: at(1) },
      { id: 'd0', reportId: 'r', analysis: analyseOf(one) },
    );
    expect(kept.target!.quote.exact).toBe(one[6]!.text);
    expect(kept.target!.headingPath).toEqual(['Pijler 2 Vakmanschap']);
  });

  it('retarget anchors a placed correction on the new draft’s text', () => {
    const c = correction(one, 1, 3);
    const two = blocksOf([
      { h: 1, text: 'Pijler 1 Veiligheid' },
      { p: 'Het veiligheidsbeleid is in het najaar herzien, met de cliëntenraad en de ondernemingsraad samen.' },
    ]);
    const moved = retarget(c, { id: 'd2', analysis: analyseOf(two) }, 1);
    expect(moved).toMatchObject({ id: c.id, draftId: 'd2', blockId: two[1]!.id, pillar: 3 });
    expect(moved.target!.quote.exact).toContain('najaar');
  });
});

describe('a whole section at once', () => {
  const blocks = blocksOf([...outline]);

  it('holds every block up to the next heading of the same or a higher level', () => {
    expect(sectionBlocks(blocks, 0)).toEqual([1, 2, 3, 4]);
    expect(sectionBlocks(blocks, 3)).toEqual([4]);
    expect(sectionBlocks(blocks, 5)).toEqual([6, 7]);
    expect(sectionBlocks(blocks, 1)).toEqual([]);
  });

  it('skips blocks corrected one by one, overwrites earlier section-wide changes', () => {
    const placed = new Map<string, Pick<Correction, 'section'>>([
      [blocks[2]!.id, {}],
      [blocks[4]!.id, { section: true }],
      [blocks[1]!.id, { confirmed: true } as Pick<Correction, 'section'>],
    ]);
    expect(planSectionCorrection(blocks, 0, placed)).toEqual({ apply: [0, 3, 4], skipped: [1, 2] });
    expect(planSectionCorrection(blocks, 5, placed)).toEqual({ apply: [5, 6, 7], skipped: [] });
  });
});

function analyseOf(blocks: Block[]) {
  return {
    document: { blocks, images: [], title: null },
    mappings: blocks.map((b) => ({
      i: b.i,
      pillar: 0 as const,
      themes: [],
      confidence: 0.5,
      evidence: [],
      basis: 'section' as const,
    })),
    year: { year: 2025, evidence: null },
    effectiveYear: 2025,
    focusThemes: [],
    checklist: [],
    messages: [],
  };
}

describe('on a real second draft of a corpus report (edited, moved and removed paragraphs)', () => {
  const fixture = readAnchoringFixture('levanto-2025');
  let blocks1: Block[] = [];
  let blocks2: Block[] = [];
  beforeAll(async () => {
    const source = corpusCases().find((c) => c.name === fixture.source)!;
    const first = await analyseDocx(new Uint8Array(readFileSync(source.docx)));
    if (!first.ok) throw new Error(first.error.en);
    blocks1 = first.value.document.blocks;
    const second = await analyseDocx(await writeDraftDocx(applyEdits(blocks1, fixture.edits)));
    if (!second.ok) throw new Error(second.error.en);
    blocks2 = second.value.document.blocks;
  }, 60_000);

  const on = (blocks: Block[], start: string) => findBlock(blocks, start);

  it('unchanged, reworded and moved blocks keep their correction; removed ones are unplaced', () => {
    const cases = [
      ["Zo'n 708 medewerkers", "Zo'n 708 medewerkers"],
      ['Per april 2025 is er een team', 'Per 1 april 2025 is er een nieuw team'],
      ['Ten aanzien van Forensische Zorg worden de e-modules', 'Ten aanzien van Forensische Zorg worden de e-modules'],
      ['Voor de start van een nieuwe locatie', 'Voor de start van een nieuwe locatie'],
      ['Daarom is het onze missie', 'Daarom is het onze missie'],
    ] as const;
    const kept = cases.map(([from], k) => correction(blocks1, on(blocks1, from), 5, [14], k + 1));
    const removed = correction(blocks1, on(blocks1, 'Honos+ vragenlijsten worden onder regie'), 1, [1], 8);
    const p = placeCorrections([...kept, removed], blocks2);
    cases.forEach(([, to], k) => expect(p.at.get(kept[k]!.id), to).toBe(on(blocks2, to)));
    expect(p.unplaced.map((c) => c.id)).toEqual([removed.id]);
  });

  it('the identical file again: all placed by id, at once', () => {
    const cs = blocks1
      .filter((b) => b.text)
      .slice(0, 60)
      .map((b) => correction(blocks1, b.i, 2, [], 1, { id: `all-${b.i}` }));
    const p = placeCorrections(cs, blocks1);
    expect(p.unplaced).toEqual([]);
    for (const c of cs) expect(blocks1[p.at.get(c.id)!]!.id).toBe(c.blockId);
  });
});
