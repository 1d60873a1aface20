// A word that stands in a large part of a report's blocks ("samenwerking" in one report, "veiligheid" in
// another) says little about any one of them: it counts less there, so it cannot carry a theme alone.
import type { Block } from '../schema';
import { readSignals, type TermWeights } from './signals';

/** Shares of blocks up to this count fully; a term in more of them counts less, down to FLOOR. */
const COMMON = 0.1;
const FLOOR = 0.34;
/** Too few blocks say nothing about what is common. */
const MIN_BLOCKS = 25;
const MIN_OCCURRENCES = 4;

export function termWeights(blocks: Block[], skip: ReadonlySet<number>): TermWeights {
  const body = blocks.filter((b) => b.kind !== 'heading' && !skip.has(b.i));
  const weights = new Map<string, number>();
  if (body.length < MIN_BLOCKS) return weights;
  const df = new Map<string, number>();
  for (const b of body) for (const t of new Set(readSignals(b.text).terms)) df.set(t, (df.get(t) ?? 0) + 1);
  for (const [term, n] of df) {
    const share = n / body.length;
    if (n >= MIN_OCCURRENCES && share > COMMON) weights.set(term, Math.max(FLOOR, COMMON / share));
  }
  return weights;
}
