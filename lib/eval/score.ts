// Scores a mapping against gold labels: pillar accuracy, per-pillar precision/recall/F1, theme micro-F1.
import { z } from 'zod';
import { PillarId, ThemeId, type Mapping } from '../schema';
import { blockPillars } from '../knowledge/shape';

export const GoldLine = z.object({
  i: z.number().int().min(0),
  kind: z.string(),
  text: z.string(),
  pillar: PillarId,
  themes: z.array(ThemeId),
  basis: z.string().optional(),
});
export type GoldLine = z.infer<typeof GoldLine>;

export function parseGold(jsonl: string): GoldLine[] {
  return jsonl
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => GoldLine.parse(JSON.parse(l)));
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Score {
  blocks: number;
  /** blocks whose text (first 100 characters) differs from the gold: the split went wrong there */
  misaligned: number;
  pillarAccuracy: number;
  perPillar: Record<number, PRF>;
  themes: PRF & { tp: number; fp: number; fn: number };
  errors: { i: number; text: string; predicted: number; gold: number }[];
}

const prf = (tp: number, fp: number, fn: number, support: number): PRF => {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, support };
};

export function scoreMapping(gold: GoldLine[], predicted: Mapping[], texts: string[]): Score {
  let correct = 0;
  let misaligned = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errors: Score['errors'] = [];
  const perPillarCounts = blockPillars.map(() => ({ tp: 0, fp: 0, fn: 0, support: 0 }));
  const n = Math.max(gold.length, predicted.length);
  for (let k = 0; k < n; k++) {
    const g = gold[k];
    const p = predicted[k];
    if (!g || !p || (texts[k] ?? '').slice(0, 100) !== g.text) misaligned++;
    const gp = g?.pillar ?? -1;
    const pp = p?.pillar ?? -1;
    if (gp >= 0) perPillarCounts[gp]!.support++;
    if (gp === pp) {
      correct++;
      perPillarCounts[gp]!.tp++;
    } else {
      if (pp >= 0) perPillarCounts[pp]!.fp++;
      if (gp >= 0) perPillarCounts[gp]!.fn++;
      errors.push({ i: k, text: (texts[k] ?? g?.text ?? '').slice(0, 80), predicted: pp, gold: gp });
    }
    const gt = new Set(g?.themes ?? []);
    const pt = new Set(p?.themes ?? []);
    for (const t of pt) {
      if (gt.has(t)) tp++;
      else fp++;
    }
    for (const t of gt) if (!pt.has(t)) fn++;
  }
  const perPillar: Record<number, PRF> = {};
  perPillarCounts.forEach((c, pillar) => (perPillar[pillar] = prf(c.tp, c.fp, c.fn, c.support)));
  return {
    blocks: n,
    misaligned,
    pillarAccuracy: n ? correct / n : 1,
    perPillar,
    themes: { ...prf(tp, fp, fn, tp + fn), tp, fp, fn },
    errors,
  };
}

/** Several files pooled: accuracy over all blocks, F1 from summed counts. */
export function poolScores(
  scores: Score[],
): Pick<Score, 'blocks' | 'misaligned' | 'pillarAccuracy'> & { themeF1: number } {
  const blocks = scores.reduce((s, x) => s + x.blocks, 0);
  const correct = scores.reduce((s, x) => s + x.pillarAccuracy * x.blocks, 0);
  const tp = scores.reduce((s, x) => s + x.themes.tp, 0);
  const fp = scores.reduce((s, x) => s + x.themes.fp, 0);
  const fn = scores.reduce((s, x) => s + x.themes.fn, 0);
  return {
    blocks,
    misaligned: scores.reduce((s, x) => s + x.misaligned, 0),
    pillarAccuracy: blocks ? correct / blocks : 1,
    themeF1: prf(tp, fp, fn, 0).f1,
  };
}
