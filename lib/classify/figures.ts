// Blocks that are mostly figures. Bare figures outside a section about a topic are kengetallen (pillar 5);
// inside one, only the clear key figures are: counts of clients, shares, money, indicators.
import type { Block } from '../schema';
import { aspectKnowledge } from '../knowledge/aspects';
import { compileTerms } from '../text/terms';
import { fold } from '../text/normalize';

const clientTerms = compileTerms<true>(aspectKnowledge.clientWords.map((w) => [w, true] as [string, true]));
const keyFigureWords = compileTerms<true>(aspectKnowledge.keyFigures.words.map((w) => [w, true] as [string, true]));

function numericShare(text: string): number {
  const tokens = text.split(/\s+/).filter((t) => t && t !== '|' && t !== '/');
  return tokens.length ? tokens.filter((t) => /\d/.test(t)).length / tokens.length : 0;
}

/** Client counts, percentages, amounts: a block that is mostly figures. */
export function isFigures(b: Block): boolean {
  const folded = fold(b.text);
  return (
    numericShare(b.text) >= 0.25 &&
    (/%|€/.test(b.text) || clientTerms.find(folded).length > 0 || keyFigureWords.find(folded).length > 0)
  );
}

/** Figures that are clearly key figures: a table or a short line of counts of clients, shares, money or indicators. */
export function isKeyFigures(b: Block): boolean {
  if (b.kind !== 'table' && b.text.split(/\s+/).length > 30) return false;
  const folded = fold(b.text);
  const share = numericShare(b.text);
  return (
    share >= 0.2 &&
    keyFigureWords.find(folded).length > 0 &&
    (clientTerms.find(folded).length > 0 || /%|€/.test(b.text))
  );
}
