// What goes into a field for a checklist item: the text of the blocks that are that item's evidence in the
// report (or in this year's carried-forward draft), as plain text a form can hold.
import type { Block, ChecklistVerdict, Mapping } from '../schema';

/** A report as the filler reads it: blocks, their mapping and the checklist with its evidence. */
export interface FillSource {
  blocks: Block[];
  mappings: Mapping[];
  checklist: ChecklistVerdict[];
}

function asText(b: Block): string {
  if (b.kind === 'list-item') return `${'  '.repeat(b.depth ?? 0)}- ${b.text}`;
  if (b.kind === 'table' && b.rows) return b.rows.map((r) => r.filter(Boolean).join(' | ')).filter(Boolean).join('\n');
  return b.text;
}

export interface Proposal {
  text: string;
  /** indices of the blocks it is made of */
  blocks: number[];
}

export function proposeText(itemId: string, source: FillSource): Proposal {
  const verdict = source.checklist.find((c) => c.id === itemId);
  const blocks = [...new Set(verdict?.evidence ?? [])].sort((a, b) => a - b).filter((i) => source.blocks[i]);
  let text = '';
  blocks.forEach((i, k) => {
    const b = source.blocks[i]!;
    // consecutive list items stay one list; other blocks are paragraphs apart
    const sep = k === 0 ? '' : b.kind === 'list-item' && source.blocks[blocks[k - 1]!]?.kind === 'list-item' ? '\n' : '\n\n';
    text += sep + asText(b);
  });
  return { text, blocks };
}

/** The source without some blocks (dropped from this year's draft): they are no evidence any more. */
export function withoutBlocks(source: FillSource, dropped: Set<string>): FillSource {
  const gone = new Set(source.blocks.filter((b) => dropped.has(b.id)).map((b) => b.i));
  return { ...source, checklist: source.checklist.map((c) => ({ ...c, evidence: c.evidence.filter((i) => !gone.has(i)) })) };
}
