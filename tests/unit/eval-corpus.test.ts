// Floors for the mapping quality on the shared corpus: they fail on a regression, not on noise.
// The figures themselves are printed by `npm run eval`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../lib/docx/import';
import { mapBlocks } from '../../lib/classify/map';
import { poolScores, scoreMapping, type Score } from '../../lib/eval/score';
import { flattenDocx, stripStructure } from '../../lib/eval/perturb';
import { corpusCases, heldoutCases, sampleCase, type Case } from '../../scripts/corpus';

async function score(c: Case, flat = false): Promise<Score> {
  const bytes = new Uint8Array(readFileSync(c.docx));
  const r = await importDocx(flat ? flattenDocx(bytes) : bytes);
  if (!r.ok) throw new Error(r.error.en);
  return scoreMapping(
    c.gold,
    mapBlocks(r.value.blocks),
    r.value.blocks.map((b) => b.text),
  );
}

/** Every heading, first cell or line that names a pillar, theme number or article removed: the map must
 * then come from the sections' content and the aspect knowledge. */
async function scoreStripped(c: Case): Promise<Score> {
  const r = await importDocx(new Uint8Array(readFileSync(c.docx)));
  if (!r.ok) throw new Error(r.error.en);
  const { blocks, kept } = stripStructure(r.value.blocks);
  return scoreMapping(
    kept.map((k) => c.gold[k]!),
    mapBlocks(blocks),
    kept.map((k) => c.gold[k]!.text),
  );
}

const styledCases = () => corpusCases().filter((c) => !c.variant);

describe('mapping quality on the corpus (floors)', async () => {
  const cases = corpusCases();
  const scores = new Map<string, Score>();
  for (const c of cases) scores.set(c.name, await score(c));

  it('scores every corpus file with its blocks aligned to the gold', () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
    for (const s of scores.values()) expect(s.misaligned).toBe(0);
  });

  it('pooled over the styled files: pillar accuracy ≥ 0.95 and theme micro-F1 ≥ 0.85', () => {
    const pooled = poolScores(cases.filter((c) => !c.variant).map((c) => scores.get(c.name)!));
    expect(pooled.pillarAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(pooled.themeF1).toBeGreaterThanOrEqual(0.85);
  });

  it('no single file falls below pillar accuracy 0.93 or theme micro-F1 0.78', () => {
    for (const [name, s] of scores) {
      expect(s.pillarAccuracy, name).toBeGreaterThanOrEqual(0.93);
      expect(s.themes.f1, name).toBeGreaterThanOrEqual(0.78);
    }
  });

  it('the plain-headings variant maps as well as its styled twin', () => {
    const styled = scores.get('homerun-2025')!;
    const plain = scores.get('homerun-2025.plain-headings')!;
    expect(plain.pillarAccuracy).toBeGreaterThanOrEqual(styled.pillarAccuracy - 0.02);
    expect(plain.themes.f1).toBeGreaterThanOrEqual(styled.themes.f1 - 0.02);
  });

  it('every pillar is recognised on the corpus with per-pillar F1 ≥ 0.85', () => {
    for (const [name, s] of scores) {
      for (const [pillar, prf] of Object.entries(s.perPillar))
        if (prf.support >= 5) expect(prf.f1, `${name} pillar ${pillar}`).toBeGreaterThanOrEqual(0.85);
    }
  });

  it('the bundled sample (labelled without looking at the rules): pillar accuracy ≥ 0.85', async () => {
    const sample = sampleCase();
    expect(sample).not.toBeNull();
    const s = await score(sample!);
    expect(s.misaligned).toBe(0);
    expect(s.pillarAccuracy).toBeGreaterThanOrEqual(0.85);
  });
});

describe('mapping robustness (floors): reports that do not name their pillars, or carry no formatting', async () => {
  const cases = styledCases();
  const styled = await Promise.all(cases.map((c) => score(c)));
  const flat = await Promise.all(cases.map((c) => score(c, true)));
  const stripped = await Promise.all(cases.map((c) => scoreStripped(c)));

  it('stripped of every pillar, theme and article name: pooled pillar accuracy ≥ 0.85', () => {
    expect(poolScores(stripped).pillarAccuracy).toBeGreaterThanOrEqual(0.85);
  });

  it('flattened (no heading style, no bold, no size): within 0.02 of the styled score, pillar and theme', () => {
    expect(poolScores(flat).pillarAccuracy).toBeGreaterThanOrEqual(poolScores(styled).pillarAccuracy - 0.02);
    expect(poolScores(flat).themeF1).toBeGreaterThanOrEqual(poolScores(styled).themeF1 - 0.02);
    for (const s of flat) expect(s.misaligned).toBe(0);
  });
});

describe('mapping quality on the held-out fictional reports built unlike the corpus (floors)', async () => {
  const cases = heldoutCases();
  const scores = await Promise.all(cases.map((c) => score(c)));
  const flat = await Promise.all(cases.map((c) => score(c, true)));

  it('has the three held-out reports, aligned to their gold', () => {
    expect(cases.length).toBe(3);
    for (const s of scores) expect(s.misaligned).toBe(0);
  });

  it('pooled: pillar accuracy ≥ 0.95 and theme micro-F1 ≥ 0.8, styled and flattened; no report below 0.9', () => {
    for (const set of [scores, flat]) {
      expect(poolScores(set).pillarAccuracy).toBeGreaterThanOrEqual(0.95);
      expect(poolScores(set).themeF1).toBeGreaterThanOrEqual(0.8);
      for (const s of set) expect(s.pillarAccuracy).toBeGreaterThanOrEqual(0.9);
    }
  });
});
