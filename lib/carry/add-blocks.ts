// Blocks of another report added to a carried-forward draft (the Schrijfhulp's "copy last year's text into
// next year's draft"): filed under one section, each at the end of it, to be updated; a block whose text the
// draft already holds is left out, so copying twice adds nothing.
import type { Block, CarryDraft, CarryItem, Mapping } from '../schema';
import { fileBlocks, sectionRank, type Filed } from './sections';

export interface Source {
  blocks: Block[];
  mappings: Mapping[];
}

/** `section` null: each block goes where it stood in its own report (as carrying that report forward files it). */
export function addBlocks(
  draft: CarryDraft,
  source: Source,
  add: readonly Block[],
  section: Filed | null,
  now: string,
): { draft: CarryDraft; added: number } {
  const filed = section ? null : fileBlocks(source.blocks, source.mappings);
  const texts = new Set(draft.items.map((x) => x.text));
  const ids = new Set(draft.items.map((x) => x.blockId));
  const items = [...draft.items];
  let added = 0;
  for (const b of add) {
    if (texts.has(b.text) || ids.has(b.id)) continue;
    const place = section ?? filed![b.i]!;
    const item: CarryItem = {
      blockId: b.id,
      i: b.i,
      kind: b.kind,
      text: b.text,
      pillar: place.pillar,
      theme: place.theme,
      themes: source.mappings[b.i]?.themes ?? [],
      flags: [],
      state: 'update',
    };
    if (b.level !== undefined) item.level = b.level;
    if (b.depth !== undefined) item.depth = b.depth;
    if (b.rows) item.rows = b.rows;
    const rank = sectionRank(place);
    const at = items.findIndex((x) => sectionRank(x) > rank);
    items.splice(at < 0 ? items.length : at, 0, item);
    texts.add(b.text);
    ids.add(b.id);
    added++;
  }
  return added ? { draft: { ...draft, items, updatedAt: now }, added } : { draft, added };
}
