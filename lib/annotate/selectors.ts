// The target of a new note, from what the user selected in a block.
import type { Block, NoteTarget } from '../schema';
import { documentText } from './document-text';

/** Context kept on each side of a quote, as Hypothesis does. */
export const CONTEXT_CHARS = 32;
/** A whole-block note quotes at most this much of the block: enough to find it again. */
const BLOCK_QUOTE_CHARS = 400;

const sectionOf = (blocks: Block[], i: number) =>
  blocks[i]!.kind === 'heading' ? [...blocks[i]!.headingPath, blocks[i]!.text] : blocks[i]!.headingPath;

/** A passage `start..end` (offsets in the block's text) of block `i`. Context stays within the block. */
export function textTarget(blocks: Block[], i: number, start: number, end: number): NoteTarget {
  const text = blocks[i]!.text;
  const from = Math.max(0, Math.min(start, end, text.length));
  const to = Math.min(text.length, Math.max(start, end));
  if (from === to) throw new Error('empty selection');
  const base = documentText(blocks).starts[i]!;
  return {
    kind: 'text',
    quote: {
      exact: text.slice(from, to),
      prefix: text.slice(Math.max(0, from - CONTEXT_CHARS), from),
      suffix: text.slice(to, to + CONTEXT_CHARS),
    },
    position: { start: base + from, end: base + to },
    headingPath: sectionOf(blocks, i),
  };
}

export function blockTarget(blocks: Block[], i: number): NoteTarget {
  const end = Math.min(blocks[i]!.text.length, BLOCK_QUOTE_CHARS);
  return { ...textTarget(blocks, i, 0, end), kind: 'block' };
}

export function checklistTarget(itemId: string): NoteTarget {
  return { kind: 'checklist', itemId, headingPath: [] };
}

/** Where the user's selected string is in a block's (whitespace-normalised) text, nearest to a hint. */
export function locateSelection(blockText: string, selected: string, hint = 0): { start: number; end: number } | null {
  const needle = selected.replace(/\s+/g, ' ').trim();
  if (!needle) return null;
  let best: number | null = null;
  for (let k = blockText.indexOf(needle); k !== -1; k = blockText.indexOf(needle, k + 1)) {
    if (best === null || Math.abs(k - hint) < Math.abs(best - hint)) best = k;
  }
  return best === null ? null : { start: best, end: best + needle.length };
}
