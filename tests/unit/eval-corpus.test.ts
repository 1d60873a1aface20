// Floors for the mapping quality on the shared corpus: they fail on a regression, not on noise.
// The figures themselves are printed by `npm run eval`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../lib/docx/import';
import { mapBlocks } from '../../lib/classify/map';
import { poolScores, scoreMapping, type Score } from '../../lib/eval/score';
import { corpusCases, sampleCase, type Case } from '../../scripts/corpus';

async function score(c: Case): Promise<Score> {
  const r = await importDocx(new Uint8Array(readFileSync(c.docx)));
  if (!r.ok) throw new Error(r.error.en);
  return scoreMapping(c.gold, mapBlocks(r.value.blocks), r.value.blocks.map((b) => b.text));
}

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
      for (const [pillar, prf] of Object.entries(s.perPillar)) if (prf.support >= 5) expect(prf.f1, `${name} pillar ${pillar}`).toBeGreaterThanOrEqual(0.85);
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
