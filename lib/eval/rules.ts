// Per mapping rule and per confidence band: how often the mapping was right, pooled over several files.
// A rule that only fires in one file, or a band whose accuracy is far from its confidence, shows itself.
import type { Mapping } from '../schema';
import type { GoldLine } from './score';

/** One scored file: the gold and the predicted mappings, index for index. */
export interface ScoredFile {
  file: string;
  gold: GoldLine[];
  predicted: Mapping[];
}

/** The name a mapping without a rule is tallied under. */
export const NO_RULE = '(geen)';

export interface RuleTally {
  rule: string;
  /** blocks whose pillar this rule decided */
  count: number;
  /** of those, blocks with the gold pillar */
  correct: number;
  precision: number;
  /** per file: how many blocks the rule decided there */
  perFile: Record<string, number>;
}

/** Blocks decided per rule, with the share that had the gold pillar; most used rule first. */
export function tallyRules(files: ScoredFile[]): RuleTally[] {
  const by = new Map<string, RuleTally>();
  for (const f of files) {
    f.predicted.forEach((m, k) => {
      const rule = m.rule || NO_RULE;
      let t = by.get(rule);
      if (!t) by.set(rule, (t = { rule, count: 0, correct: 0, precision: 0, perFile: {} }));
      t.count++;
      if (f.gold[k]?.pillar === m.pillar) t.correct++;
      t.perFile[f.file] = (t.perFile[f.file] ?? 0) + 1;
    });
  }
  const out = [...by.values()].map((t) => ({ ...t, precision: t.count ? t.correct / t.count : 0 }));
  return out.sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule));
}

export interface CalibrationBand {
  /** lower bound, inclusive */
  from: number;
  /** upper bound, exclusive, except for the last band (inclusive) */
  to: number;
  blocks: number;
  correct: number;
  /** correct / blocks; NaN for an empty band */
  accuracy: number;
  /** mean confidence of its blocks; NaN for an empty band */
  meanConfidence: number;
}

export const DEFAULT_BAND_EDGES = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1] as const;

/**
 * Pillar accuracy per confidence band: with edges [0, 0.5, …, 0.9, 1] the bands are [0,0.5), [0.5,0.6), …,
 * [0.9,1]. A confidence outside the edges falls in the first or last band.
 */
export function calibrationBands(
  files: ScoredFile[],
  edges: readonly number[] = DEFAULT_BAND_EDGES,
): CalibrationBand[] {
  if (edges.length < 2) throw new Error('calibrationBands: at least two edges');
  const bands = edges.slice(0, -1).map((from, k) => ({ from, to: edges[k + 1]!, blocks: 0, correct: 0, sum: 0 }));
  for (const f of files) {
    f.predicted.forEach((m, k) => {
      let b = bands.findIndex((x) => m.confidence < x.to);
      if (b < 0) b = bands.length - 1;
      const band = bands[b]!;
      band.blocks++;
      band.sum += m.confidence;
      if (f.gold[k]?.pillar === m.pillar) band.correct++;
    });
  }
  return bands.map(({ sum, ...b }) => ({
    ...b,
    accuracy: b.blocks ? b.correct / b.blocks : NaN,
    meanConfidence: b.blocks ? sum / b.blocks : NaN,
  }));
}
