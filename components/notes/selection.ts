// The user's selection in the Verslag view as a passage of one block: clamped to the block the selection
// starts in (a triple-click selects a paragraph with its focus in the next block, a drag may run on), and
// measured in the block's normalised text through the same character alignment the highlights use.
import { locateSelection } from '@/lib/annotate/selectors';
import type { Block } from '@/lib/schema';
import { alignText, textNodesOf, type DomPoint } from './text-ranges';

export interface TextSelection {
  block: number;
  start: number;
  end: number;
  quote: string;
}

const elementOf = (n: Node | null): Element | null =>
  n && n.nodeType === 1 ? (n as Element) : (n?.parentElement ?? null);

/** The block the range starts in: the one holding its start, or (a start between blocks) the next one. */
function startBlock(range: Range): Element | null {
  const at = elementOf(range.startContainer)?.closest('[data-block-index]');
  if (at) return at;
  const next = range.startContainer.childNodes[range.startOffset];
  const el = elementOf(next ?? null);
  return el?.closest('[data-block-index]') ?? el?.querySelector('[data-block-index]') ?? null;
}

/** Offset in `text` of a DOM point inside `el`: for a start, the first character at or after it; for an
 * end, the end of the last character before it. */
function textOffset(el: Element, text: string, container: Node, offset: number, side: 'start' | 'end'): number {
  const nodes = textNodesOf(el);
  if (!nodes.length) return 0;
  const { startAt, endAt } = alignText(
    nodes.map((t) => t.data),
    text,
  );
  const probe = el.ownerDocument.createRange();
  // -1: the point lies before p, 0: at p, 1: after p
  const cmp = (p: DomPoint) => {
    const node = nodes[Math.min(p.node, nodes.length - 1)]!;
    probe.setStart(node, p.node < nodes.length ? p.offset : node.length);
    probe.collapse(true);
    return probe.comparePoint(container, offset);
  };
  let lo = 0;
  let hi = text.length;
  if (side === 'start') {
    // smallest k with point <= startAt[k]
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cmp(startAt[mid]!) <= 0) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
  // largest k with endAt[k-1] <= point
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (cmp(endAt[mid - 1]!) >= 0) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The selection as a passage of one block's text, or null when it holds none of a block's text. */
export function readSelection(
  blocks: Block[],
  sel: Selection | null = globalThis.getSelection?.() ?? null,
): TextSelection | null {
  if (!sel || sel.isCollapsed || !sel.rangeCount) return null;
  const range = sel.getRangeAt(0);
  const blockEl = startBlock(range);
  const content = blockEl?.querySelector('.block-text');
  const i = Number((blockEl as HTMLElement | null)?.dataset.blockIndex);
  const block = blocks[i];
  if (!content || !block) return null;
  const doc = content.ownerDocument;
  const clamped = doc.createRange();
  clamped.selectNodeContents(content);
  if (range.compareBoundaryPoints(Range.START_TO_START, clamped) > 0)
    clamped.setStart(range.startContainer, range.startOffset);
  if (range.compareBoundaryPoints(Range.END_TO_END, clamped) < 0) clamped.setEnd(range.endContainer, range.endOffset);
  if (clamped.collapsed || !clamped.toString().trim()) return null;
  let start: number;
  let end: number;
  try {
    start = textOffset(content, block.text, clamped.startContainer, clamped.startOffset, 'start');
    end = textOffset(content, block.text, clamped.endContainer, clamped.endOffset, 'end');
  } catch {
    // a DOM the alignment cannot read: find the selected words in the text instead
    const before = doc.createRange();
    before.setStart(content, 0);
    before.setEnd(clamped.startContainer, clamped.startOffset);
    const found = locateSelection(block.text, clamped.toString(), before.toString().replace(/\s+/g, ' ').length);
    if (!found) return null;
    ({ start, end } = found);
  }
  while (start < end && block.text[start] === ' ') start++;
  while (end > start && block.text[end - 1] === ' ') end--;
  if (end <= start) return null;
  return { block: i, start, end, quote: block.text.slice(start, end) };
}
