// A table of contents names every pillar and theme without being about any of them.
import type { Block } from '../schema';
import { countWords, fold } from '../text/normalize';

const TOC_HEADING = /^(?:inhoud(?:sopgave)?|inhoudstafel|table of contents|contents)$/i;
/** "Pijler 1: Veiligheid … 7", "3.2 Kengetallen ....... 12". Two dots stand for any leader, and a space leads only
 * where no space precedes it: so no run of dots or spaces is read again from each of its characters (quadratic). */
const TOC_LINE = /(?:\.\.|…|(?<!\s)\s)\s*\d{1,3}$/;
/** the page number and leaders at a contents line's end; the lookbehind starts it only where such a run starts */
const ENTRY_END = /(?<![\s.…\d])[\s.…\d]+$/;

export function findTableOfContents(blocks: Block[]): Set<number> {
  const toc = new Set<number>();
  // a contents line may itself look like a heading ("3 Feiten en cijfers"): it is one of the contents when the
  // same heading comes again further on
  const entry = (t: string) =>
    fold(t)
      .replace(ENTRY_END, '')
      .replace(/^[\d.]+\s*/, '')
      .trim();
  const lastAt = new Map<string, number>();
  for (const b of blocks) if (b.kind === 'heading') lastAt.set(entry(b.text), b.i);
  // where a contents list ends does not depend on its heading: a second "Inhoud" inside one is not read again
  let scanned = 0;
  for (const h of blocks) {
    if (h.kind !== 'heading' || !TOC_HEADING.test(h.text.trim())) continue;
    toc.add(h.i);
    for (let k = Math.max(h.i + 1, scanned); k < blocks.length; k++) {
      const b = blocks[k]!;
      // a contents entry has no text of its own under it; a chapter does
      const empty = blocks[k + 1]?.kind === 'heading';
      if (b.kind === 'heading' && !((lastAt.get(entry(b.text)) ?? -1) > k) && !empty) break;
      toc.add(k);
      scanned = k + 1;
    }
  }
  // without a heading: a run of at least three short lines that end in a page number
  const isLine = (b: Block) =>
    b.kind !== 'table' && b.kind !== 'heading' && TOC_LINE.test(b.text) && countWords(b.text) <= 12;
  for (let k = 0; k < blocks.length;) {
    let end = k;
    while (end < blocks.length && isLine(blocks[end]!)) end++;
    if (end - k >= 3) for (let j = k; j < end; j++) toc.add(j);
    k = Math.max(end, k + 1);
  }
  return toc;
}
