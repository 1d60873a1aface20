// Splits mammoth's HTML into blocks by the corpus rule: each heading, paragraph and list item is a
// block (a list item without its sub-list), each table one block; empty blocks get no index.
import { tableText } from './table-cells';
import type { Block, BlockKind } from '../schema';
import { normalizeSpace } from '../text/normalize';
import { tokenizeHtml } from './html-tokens';

interface Open {
  kind: BlockKind;
  tag: string;
  level?: number;
  guessed?: boolean;
  depth?: number;
  text: string[];
  html: string[];
  rows?: string[][];
  /** insertion slot, so a parent list item keeps its place before its children */
  slot: number;
}

const HEADING = /^h([1-6])$/;
const BOUNDARY = new Set(['p', 'li', 'br', 'td', 'th', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** FNV-1a: a short, stable, dependency-free fingerprint for block ids. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) {
    h ^= text.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

type Draft = Omit<Block, 'i' | 'id' | 'headingPath' | 'parent'>;

export function splitBlocks(html: string): Block[] {
  const slots: (Draft | null)[] = [];
  const stack: Open[] = []; // open blocks: a list item may hold nested list items
  let listDepth = -1;
  let table: Open | null = null;
  let tableDepth = 0;
  let row: string[] | null = null;
  let cell: string[] | null = null;

  // An image-only paragraph is no block (the corpus rule), but the report view must still show its picture:
  // it travels with the block before it, or with the first block when it opens the document.
  let lastClosed: Draft | null = null;
  let leadingImages = '';
  const close = (o: Open) => {
    const text = normalizeSpace(o.text.join(''));
    const html = o.html.join('');
    if (!text) {
      if (html.includes('<img')) {
        if (lastClosed) lastClosed.html += html;
        else leadingImages += html;
      }
      return;
    }
    const draft: Draft = { kind: o.kind, text, html: leadingImages + html };
    leadingImages = '';
    lastClosed = draft;
    if (o.level !== undefined) draft.level = o.level;
    if (o.guessed) draft.guessed = true;
    if (o.depth !== undefined) draft.depth = o.depth;
    if (o.rows) draft.rows = o.rows;
    slots[o.slot] = draft;
  };

  for (const t of tokenizeHtml(html)) {
    if (table) {
      table.html.push(t.raw);
      if (t.type === 'text') {
        table.text.push(t.text);
        cell?.push(t.text);
      } else if (t.type === 'open') {
        if (t.tag === 'table') tableDepth++;
        else if (tableDepth === 1 && t.tag === 'tr') row = [];
        else if (tableDepth === 1 && (t.tag === 'td' || t.tag === 'th')) cell = [];
        else if (BOUNDARY.has(t.tag)) {
          table.text.push(' ');
          cell?.push(' ');
        }
      } else {
        if (t.tag === 'table' && --tableDepth === 0) {
          table.text = [tableText(table.rows!)];
          close(table);
          table = null;
        } else if (tableDepth === 1 && (t.tag === 'td' || t.tag === 'th') && cell && row) {
          row.push(normalizeSpace(cell.join('')));
          cell = null;
        } else if (tableDepth === 1 && t.tag === 'tr' && row) {
          table.rows!.push(row);
          row = null;
        } else if (BOUNDARY.has(t.tag)) cell?.push(' ');
      }
      continue;
    }
    const top = stack[stack.length - 1];
    if (t.type === 'text') {
      top?.text.push(t.text);
      top?.html.push(t.raw);
      continue;
    }
    if (t.type === 'open') {
      const h = HEADING.exec(t.tag);
      if (t.tag === 'table') {
        table = { kind: 'table', tag: 'table', text: [], html: [t.raw], rows: [], slot: slots.push(null) - 1 };
        tableDepth = 1;
      } else if (t.tag === 'ul' || t.tag === 'ol') {
        listDepth++;
      } else if (t.tag === 'li') {
        stack.push({
          kind: 'list-item',
          tag: 'li',
          depth: Math.max(0, listDepth),
          text: [],
          html: [t.raw],
          slot: slots.push(null) - 1,
        });
      } else if (h && stack.length === 0) {
        stack.push({
          kind: 'heading',
          tag: t.tag,
          level: Number(h[1]),
          guessed: /kkfz-guessed/.test(t.raw),
          text: [],
          html: [t.raw],
          slot: slots.push(null) - 1,
        });
      } else if (t.tag === 'p' && stack.length === 0) {
        stack.push({ kind: 'paragraph', tag: 'p', text: [], html: [t.raw], slot: slots.push(null) - 1 });
      } else {
        if (BOUNDARY.has(t.tag)) top?.text.push(' ');
        top?.html.push(t.raw);
      }
      continue;
    }
    // closing tag
    if (t.tag === 'ul' || t.tag === 'ol') {
      listDepth--;
    } else if (top && t.tag === top.tag) {
      top.html.push(t.raw);
      close(top);
      stack.pop();
    } else {
      if (BOUNDARY.has(t.tag)) top?.text.push(' ');
      top?.html.push(t.raw);
    }
  }
  for (const o of stack) close(o);

  const seen = new Map<string, number>();
  const out: Block[] = [];
  const headings: Block[] = [];
  for (const d of slots) {
    if (!d) continue;
    const key = `${d.kind}:${d.text}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    while (headings.length && d.kind === 'heading' && headings[headings.length - 1]!.level! >= d.level!) headings.pop();
    const parent = headings[headings.length - 1];
    const block: Block = {
      ...d,
      i: out.length,
      id: `b${fingerprint(key)}${n > 1 ? `-${n}` : ''}`,
      headingPath: headings.map((h) => h.text),
      parent: parent ? parent.i : null,
    };
    out.push(block);
    if (d.kind === 'heading') headings.push(block);
  }
  return out;
}
