// From a block's normalised text (what notes are anchored in) to the DOM of the block as shown, and back:
// the shown HTML has the same characters, but its own whitespace (line breaks, cell and paragraph edges) and
// no ' | ' / ' / ' between table cells and rows. Every character of the text is matched to its place in the
// block's text nodes, so a note's placement becomes a DOM Range over exactly the quoted words.
import { isSpace } from '@/lib/annotate/fold';

export interface DomPoint {
  /** index of the text node */
  node: number;
  offset: number;
}

export interface Alignment {
  /** where character k of the text starts in the DOM */
  startAt: DomPoint[];
  /** where character k of the text ends in the DOM */
  endAt: DomPoint[];
}

/** How far ahead to look for a character the DOM has later (text the block's text lacks in between). */
const LOOKAHEAD = 24;

/** Matches every character of `text` (whitespace-normalised) to the text nodes `pieces`, in order. A
 * character the DOM lacks (a table's ' | ' separators, a space for a line break) sits where the DOM is. */
export function alignText(pieces: readonly string[], text: string): Alignment {
  const startAt: DomPoint[] = [];
  const endAt: DomPoint[] = [];
  let n = 0;
  let o = 0;
  const settle = () => {
    while (n < pieces.length && o >= pieces[n]!.length) {
      n++;
      o = 0;
    }
  };
  const skipSpace = () => {
    for (settle(); n < pieces.length && isSpace(pieces[n]![o]!); settle()) o++;
  };
  /** the point `ahead` characters on from the cursor, skipping nothing */
  const find = (c: string): DomPoint | null => {
    let m = n;
    let p = o;
    for (let seen = 0; m < pieces.length && seen <= LOOKAHEAD;) {
      if (p >= pieces[m]!.length) {
        m++;
        p = 0;
        continue;
      }
      if (pieces[m]![p] === c) return { node: m, offset: p };
      p++;
      seen++;
    }
    return null;
  };
  for (let k = 0; k < text.length; k++) {
    const c = text[k]!;
    if (c === ' ') {
      const here = { node: n, offset: o };
      skipSpace();
      startAt.push(here);
      endAt.push({ node: n, offset: o });
      continue;
    }
    skipSpace();
    const at =
      n < pieces.length && pieces[n]![o] === c ? { node: n, offset: o } : c === '|' || c === '/' ? null : find(c);
    if (!at) {
      // not in the DOM: a separator the text adds
      startAt.push({ node: n, offset: o });
      endAt.push({ node: n, offset: o });
      continue;
    }
    n = at.node;
    o = at.offset + 1;
    startAt.push(at);
    endAt.push({ node: n, offset: o });
  }
  return { startAt, endAt };
}

export function textNodesOf(el: Node): Text[] {
  const out: Text[] = [];
  const walker = el.ownerDocument!.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) out.push(t as Text);
  return out;
}

/** The DOM Range of `start..end` (offsets in the block's text) inside the block's text element `el`. */
export function blockRange(el: Element, text: string, start: number, end: number): Range | null {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.min(text.length, end);
  if (to <= from) return null;
  const nodes = textNodesOf(el);
  if (!nodes.length) return null;
  const { startAt, endAt } = alignText(
    nodes.map((t) => t.data),
    text,
  );
  const a = startAt[from]!;
  const b = endAt[to - 1]!;
  const node = (p: DomPoint) => nodes[Math.min(p.node, nodes.length - 1)]!;
  const offset = (p: DomPoint) => (p.node < nodes.length ? p.offset : nodes[nodes.length - 1]!.length);
  const range = el.ownerDocument.createRange();
  range.setStart(node(a), offset(a));
  range.setEnd(node(b), offset(b));
  return range.collapsed ? null : range;
}

export interface PassageRange {
  id: string;
  block: number;
  range: Range;
}

/** The passage at a point (the caret where the user clicked): the shortest one holding it. */
export function passageAt<T extends PassageRange>(passages: readonly T[], node: Node, offset: number): T | null {
  let best: T | null = null;
  for (const p of passages) {
    let inside = false;
    try {
      inside = p.range.comparePoint(node, offset) === 0;
    } catch {
      // a point in another document or a doctype: not in this passage
    }
    if (inside && (!best || p.range.toString().length < best.range.toString().length)) best = p;
  }
  return best;
}
