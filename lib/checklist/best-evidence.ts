// Where "Toon in verslag" takes the reader: the block among an item's evidence that best shows it. Evidence is
// in document order, so its first block is often a line of the table of contents, a row of a planning table or
// an introduction that only names the item; the reader wants the section that is the item's own.
import type { Block } from '../schema';
import { findTableOfContents } from '../classify/toc';
import { countWords } from '../text/normalize';

/** Fewer words than this is a label ("1", "Zie bijlage"), not text to read. */
const REAL_WORDS = 3;
/** A heading's section is the item's own when this share of what stands under it is evidence too. */
const OWN_SHARE = 0.75;

/** The blocks under a heading, until a heading of the same or a higher level. */
function bodyOf(blocks: Block[], h: Block): number[] {
  const out: number[] = [];
  for (let k = h.i + 1; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.kind === 'heading' && (b.level ?? 6) <= (h.level ?? 6)) break;
    out.push(k);
  }
  return out;
}

/**
 * In order of preference: the first heading whose section is the item's own (nearly all under it is evidence
 * too), the first paragraph or list item with real text, any other heading, and only then a table. Never a
 * line of the table of contents while anything else is there. Null without evidence.
 */
export function bestEvidence(
  blocks: Block[],
  evidence: readonly number[],
  toc: ReadonlySet<number> = findTableOfContents(blocks),
): number | null {
  const inEvidence = new Set(evidence);
  const candidates = evidence.filter((i) => !toc.has(i) && blocks[i]);
  const pick = (ok: (b: Block) => boolean) => candidates.find((i) => ok(blocks[i]!));
  // a stray block (a chapter number, a table of key figures) does not make a section someone else's
  const ownSection = (h: Block) => {
    const body = bodyOf(blocks, h).filter((k) => !toc.has(k));
    return body.length > 0 && body.filter((k) => inEvidence.has(k)).length >= OWN_SHARE * body.length;
  };
  return (
    pick((b) => b.kind === 'heading' && ownSection(b)) ??
    pick((b) => (b.kind === 'paragraph' || b.kind === 'list-item') && countWords(b.text) >= REAL_WORDS) ??
    pick((b) => b.kind !== 'table') ??
    candidates[0] ??
    evidence[0] ??
    null
  );
}
