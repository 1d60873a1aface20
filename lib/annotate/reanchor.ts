// Placing a note in a (new) draft: in its own section first, then anywhere; a note that cannot be placed
// with confidence gets no placement and is listed as unplaced, never dropped.
import type { Block, NoteTarget, Placement } from '../schema';
import { best, scoredCandidates, type Anchor } from './anchor';
import { blockAt, documentText, type DocumentText } from './document-text';

/** Below this overall score (quote, context, position) a landing place is a guess. Unrelated text still
 * scores ~0.35 as context, so an exact quote with neither side of its context found scores ~0.65: that is a
 * phrase repeated elsewhere, not the passage the note was about. One side of the context found, or a
 * quote without context (a whole block), clears it. */
export const MIN_SCORE = 0.75;

const samePath = (a: string[], b: string[]) => a.length === b.length && a.every((x, k) => x === b[k]);

/** The text range of the blocks in the section named by `path` (the heading itself and everything under it). */
function sectionRange(blocks: Block[], doc: DocumentText, path: string[]): { start: number; end: number } | null {
  if (!path.length) return null;
  const inside = blocks.filter(
    (b) =>
      (b.kind === 'heading' && samePath([...b.headingPath, b.text], path)) ||
      samePath(b.headingPath.slice(0, path.length), path),
  );
  if (!inside.length) return null;
  const first = inside[0]!.i;
  const last = inside[inside.length - 1]!.i;
  return { start: doc.starts[first]!, end: doc.starts[last]! + blocks[last]!.text.length };
}

/** A whole-block note lands on a whole block: its start (and, when the quote was all of it, its end)
 * within a tenth of the quote's length of a block's edges. Otherwise a heading would land on its line
 * in the table of contents. */
function wholeBlockOnly(target: NoteTarget, doc: DocumentText, offset: number) {
  if (target.kind !== 'block') return undefined;
  const len = target.quote!.exact.length;
  const slack = Math.floor(len / 10);
  const wholeQuote = target.position
    ? target.position.end - target.position.start === len && !target.quote!.suffix
    : true;
  return (start: number, end: number) => {
    const i = blockAt(doc, start + offset);
    const blockStart = doc.starts[i]!;
    const blockEnd = (doc.starts[i + 1] ?? doc.text.length + 1) - 1;
    return start + offset - blockStart <= slack && (!wholeQuote || Math.abs(blockEnd - (end + offset)) <= slack);
  };
}

export function placeTarget(
  target: NoteTarget,
  blocks: Block[],
  draftId: string,
  doc = documentText(blocks),
): Placement | null {
  if (!target.quote) return null;
  const quote = { ...target.quote, ...(target.position && { start: target.position.start }) };
  const within = (from: number, to: number): Anchor | null => {
    const hit = best(
      scoredCandidates(
        doc.text.slice(from, to),
        { ...quote, ...(quote.start !== undefined && { start: quote.start - from }) },
        wholeBlockOnly(target, doc, from),
      ),
    );
    return hit && hit.score >= MIN_SCORE ? { ...hit, start: hit.start + from, end: hit.end + from } : null;
  };
  const section = sectionRange(blocks, doc, target.headingPath);
  const found = (section && within(section.start, section.end)) ?? within(0, doc.text.length);
  return (
    found && {
      draftId,
      start: found.start,
      end: found.end,
      block: blockAt(doc, found.start),
      score: Math.min(1, found.score),
    }
  );
}
