// The quoted words of every placed note, highlighted in the Verslag view with the CSS Custom Highlight API
// (`CSS.highlights`, styled by `::highlight(...)`; where the browser lacks it nothing is painted and the
// note chip per block stays the way in). Clicking a highlighted passage opens that note's thread; a note
// opened from the Notities list scrolls to its passage and flashes it.
import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { documentText } from '@/lib/annotate/document-text';
import type { Block } from '@/lib/schema';
import type { PlacedNote } from './useNotes';
import { blockRange, passageAt, type PassageRange } from './text-ranges';
import './highlights.css';

export const HIGHLIGHT = { open: 'kkfz-note', resolved: 'kkfz-note-resolved', flash: 'kkfz-note-flash' } as const;
const FLASH_MS = 2000;

interface Passage extends PassageRange {
  status: 'open' | 'resolved';
}

type Registry = Map<string, unknown>;
const registry = (): Registry | null => (globalThis as { CSS?: { highlights?: Registry } }).CSS?.highlights ?? null;
const highlightOf = (ranges: Range[]): unknown => {
  const H = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  return H ? new H(...ranges) : null;
};

// A note opened from the list before the report view is on screen: taken when the view has placed it.
let pending: string | null = null;
/** Asks the Verslag view to scroll to and flash this note's passage when it shows. */
export function requestPassage(noteId: string): void {
  pending = noteId;
}

/** Every placed note's passage as a DOM Range in the report on screen (blocks not shown are skipped). */
export function notePassages(
  root: ParentNode,
  blocks: Block[],
  byBlock: Map<number, PlacedNote[]>,
  starts = documentText(blocks).starts,
): Passage[] {
  const out: Passage[] = [];
  for (const [i, placed] of byBlock) {
    const el = root.querySelector(`[data-block-index="${i}"] .block-text`);
    const block = blocks[i];
    if (!el || !block) continue;
    for (const { note, place } of placed) {
      if (!place) continue;
      const range = blockRange(el, block.text, place.start - starts[i]!, place.end - starts[i]!);
      if (range) out.push({ id: note.id, block: i, range, status: note.status });
    }
  }
  return out;
}

/** Paints the passages; false where the browser has no Custom Highlight API. */
export function paintPassages(passages: readonly Passage[]): boolean {
  const reg = registry();
  if (!reg || !highlightOf([])) return false;
  reg.set(HIGHLIGHT.open, highlightOf(passages.filter((p) => p.status === 'open').map((p) => p.range)));
  reg.set(HIGHLIGHT.resolved, highlightOf(passages.filter((p) => p.status === 'resolved').map((p) => p.range)));
  return true;
}

function clearPassages() {
  const reg = registry();
  for (const name of Object.values(HIGHLIGHT)) reg?.delete(name);
}

/** The caret position under a click (Chromium: caretPositionFromPoint, older: caretRangeFromPoint). */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?(x: number, y: number): Range | null;
  };
  const pos = d.caretPositionFromPoint?.(x, y);
  if (pos) return { node: pos.offsetNode, offset: pos.offset };
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** Focuses a note's card once its thread is on screen (a few frames at most). */
function focusNote(id: string, tries = 10) {
  const card = document.querySelector<HTMLElement>(`[data-block-index] [data-note-id="${CSS.escape(id)}"]`);
  if (card) {
    card.scrollIntoView?.({ block: 'nearest' });
    card.focus();
  } else if (tries > 0) requestAnimationFrame(() => focusNote(id, tries - 1));
}

function flash(p: Passage) {
  const reg = registry();
  const h = highlightOf([p.range]);
  const el = p.range.startContainer.parentElement;
  // after the view's own scroll to the block (a frame later), so the passage itself ends up in view
  requestAnimationFrame(() => requestAnimationFrame(() => el?.scrollIntoView?.({ block: 'center' })));
  if (!reg || !h) return;
  reg.set(HIGHLIGHT.flash, h);
  setTimeout(() => {
    if (reg.get(HIGHLIGHT.flash) === h) reg.delete(HIGHLIGHT.flash);
  }, FLASH_MS);
}

/**
 * Keeps the highlights in step with the notes and the blocks on screen (after every render: ranges are
 * cheap, and a block's DOM may have been replaced). `openThread` opens a block's thread; returns the click
 * handler for the report.
 */
export function useNoteHighlights(
  blocks: Block[],
  byBlock: Map<number, PlacedNote[]>,
  openThread: (block: number) => void,
) {
  const passages = useRef<Passage[]>([]);
  const starts = useMemo(() => documentText(blocks).starts, [blocks]);
  useLayoutEffect(() => {
    passages.current = notePassages(document, blocks, byBlock, starts);
    paintPassages(passages.current);
    if (pending) {
      const p = passages.current.find((x) => x.id === pending);
      if (p) {
        pending = null;
        flash(p);
      }
    }
  });
  useEffect(() => clearPassages, []);
  return {
    onClick(e: MouseEvent) {
      const sel = globalThis.getSelection?.();
      if (sel && !sel.isCollapsed) return; // the end of a selection, not a click on a passage
      const at = caretAt(document, e.clientX, e.clientY);
      const hit = at && passageAt(passages.current, at.node, at.offset);
      if (!hit) return;
      openThread(hit.block);
      focusNote(hit.id);
    },
  };
}
