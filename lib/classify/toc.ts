// A table of contents names every pillar and theme without being about any of them.
import type { Block } from '../schema';
import { countWords } from '../text/normalize';

const TOC_HEADING = /^(?:inhoud(?:sopgave)?|inhoudstafel|table of contents|contents)$/i;
/** "Pijler 1: Veiligheid … 7", "3.2 Kengetallen ....... 12" */
const TOC_LINE = /(?:\.{2,}|…|\s)\s*\d{1,3}$/;

export function findTableOfContents(blocks: Block[]): Set<number> {
  const toc = new Set<number>();
  for (const h of blocks) {
    if (h.kind !== 'heading' || !TOC_HEADING.test(h.text.trim())) continue;
    toc.add(h.i);
    for (let k = h.i + 1; k < blocks.length && blocks[k]!.kind !== 'heading'; k++) toc.add(k);
  }
  // without a heading: a run of at least three short lines that end in a page number
  const isLine = (b: Block) => b.kind !== 'table' && b.kind !== 'heading' && TOC_LINE.test(b.text) && countWords(b.text) <= 12;
  for (let k = 0; k < blocks.length; ) {
    let end = k;
    while (end < blocks.length && isLine(blocks[end]!)) end++;
    if (end - k >= 3) for (let j = k; j < end; j++) toc.add(j);
    k = Math.max(end, k + 1);
  }
  return toc;
}
