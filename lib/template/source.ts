// What a template is filled from: a report's analysis, or a draft carried forward from it (without the blocks the
// draft drops, and with its flags — stale year, figures to update — which go into the document as Word comments).
import type { Analysis, CarryDraft, StaleFlag } from '../schema';
import { withoutBlocks, type FillSource } from '../fill/propose';

export interface TemplateSource extends FillSource {
  /** per block index, what must be brought up to date in it (offsets in the block's text) */
  flags?: ReadonlyMap<number, readonly StaleFlag[]>;
}

export const reportSource = (analysis: Analysis): TemplateSource => ({
  blocks: analysis.document.blocks,
  mappings: analysis.mappings,
  checklist: analysis.checklist,
  year: analysis.effectiveYear,
});

/** The report `draft` was carried forward from, as the draft has it; flags only where the text is still the block's. */
export function draftSource(analysis: Analysis, draft: CarryDraft): TemplateSource {
  const source = withoutBlocks(
    reportSource(analysis),
    new Set(draft.items.filter((x) => x.state === 'drop').map((x) => x.blockId)),
  );
  const byId = new Map(analysis.document.blocks.map((b) => [b.id, b]));
  const flags = new Map<number, StaleFlag[]>();
  for (const item of draft.items) {
    const b = byId.get(item.blockId);
    if (b && item.flags.length && item.text === b.text) flags.set(b.i, item.flags);
  }
  return { ...source, flags };
}
