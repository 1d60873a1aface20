// Blocks from a compact outline, through the real splitter: tests speak in headings and paragraphs.
import { splitBlocks } from '../../lib/docx/blocks';
import type { Block } from '../../lib/schema';

export type Line = { h: number; text: string } | { p: string } | { li: string } | { table: string[][] };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function blocksOf(lines: Line[]): Block[] {
  const html = lines
    .map((l) => {
      if ('h' in l) return `<h${l.h}>${esc(l.text)}</h${l.h}>`;
      if ('p' in l) return `<p>${esc(l.p)}</p>`;
      if ('li' in l) return `<ul><li>${esc(l.li)}</li></ul>`;
      return `<table>${l.table.map((r) => `<tr>${r.map((c) => `<td><p>${esc(c)}</p></td>`).join('')}</tr>`).join('')}</table>`;
    })
    .join('');
  return splitBlocks(html);
}
