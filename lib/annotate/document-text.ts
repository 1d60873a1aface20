// The text notes are anchored in: every block's normalised text, joined by newlines. Offsets into it are
// what TextPositionSelectors hold; block boundaries are kept so a quote's context never crosses them.
import type { Block } from '../schema';

export interface DocumentText {
  text: string;
  /** start offset of each block */
  starts: number[];
}

export function documentText(blocks: Pick<Block, 'text'>[]): DocumentText {
  const starts: number[] = [];
  let at = 0;
  for (const b of blocks) {
    starts.push(at);
    at += b.text.length + 1;
  }
  return { text: blocks.map((b) => b.text).join('\n'), starts };
}

/** The block an offset falls in (the last block starting at or before it). */
export function blockAt(doc: DocumentText, offset: number): number {
  let lo = 0;
  let hi = doc.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
