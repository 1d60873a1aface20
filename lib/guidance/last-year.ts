// The user's own text of last year for a Schrijfhulp subject: the blocks of last year's report that were that
// item's, theme's or aspect's evidence, as plain readable lines.
import type { Analysis, Block } from '../schema';
import { findTableOfContents } from '../classify/toc';
import { subjectBlocks } from './for-subject';
import type { GuidanceSubject } from './subject';

/** The subject's blocks in last year's report, in document order; its table of contents is no text of the subject. */
export function lastYearBlocks(previous: Analysis, subject: GuidanceSubject): Block[] {
  const { blocks } = previous.document;
  const toc = findTableOfContents(blocks);
  return subjectBlocks(previous, subject)
    .filter((i) => !toc.has(i))
    .map((i) => blocks[i]!)
    .filter((b) => b.text.trim() || b.rows?.length);
}

/** One line per heading, paragraph and list item (indented by depth), one per table row as "cel | cel". */
export function readableLines(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => {
    if (b.kind === 'table')
      return (b.rows ?? [[b.text]])
        .map((r) => r.map((c) => c.trim()).join(' | '))
        .filter((r) => r.replace(/[|\s]/g, ''));
    if (b.kind === 'list-item') return [`${'  '.repeat(b.depth ?? 0)}• ${b.text}`];
    return [b.text];
  });
}

/** The first lines that fit in `max` characters (always at least one, cut with an ellipsis if it is longer). */
export function previewLines(lines: readonly string[], max: number): { lines: string[]; cut: boolean } {
  const out: string[] = [];
  let used = 0;
  for (const line of lines) {
    if (used + line.length > max) {
      if (!out.length) out.push(`${line.slice(0, max - 1).trimEnd()}…`);
      return { lines: out, cut: true };
    }
    out.push(line);
    used += line.length;
  }
  return { lines: out, cut: false };
}
