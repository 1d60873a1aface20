// User corrections belong to a report, not to one import: each is anchored to the corrected block's text
// (a whole-block quote with its section, as a note on a block is) and placed again on every draft of the
// report. Unchanged blocks are found by id, changed or moved ones the way notes are re-anchored (exact, then
// fuzzy, its own section first); one that cannot be placed surely is unplaced, never dropped.
import type { Block, Correction, CorrectionTarget, DraftRecord } from '../schema';
import { blockTarget } from '../annotate/selectors';
import { documentText, type DocumentText } from '../annotate/document-text';
import { placeTarget } from '../annotate/reanchor';

/** The anchor of a correction of block `i`; null for a block without text (nothing to find it by). */
export function correctionTarget(blocks: Block[], i: number): CorrectionTarget | null {
  if (!blocks[i]?.text) return null;
  const t = blockTarget(blocks, i);
  return { kind: 'block', quote: t.quote!, ...(t.position && { position: t.position }), headingPath: t.headingPath };
}

export interface CorrectionPlacement {
  /** block id in this draft → the correction placed on it */
  byBlock: Map<string, Correction>;
  /** correction id → index of the block it is placed on */
  at: Map<string, number>;
  /** corrections that could not be placed surely on this draft */
  unplaced: Correction[];
}

const sameQuote = (a: CorrectionTarget['quote'], b: CorrectionTarget['quote']) =>
  a.exact === b.exact && a.suffix === b.suffix;

/** Where one correction lands in `blocks`, with how sure (0..1), or null. */
function candidate(
  c: Correction,
  blocks: Block[],
  ids: Map<string, number>,
  doc: () => DocumentText,
): { i: number; score: number } | null {
  const own = ids.get(c.blockId);
  if (own !== undefined) {
    // the block it was made on, unchanged (same text at the same occurrence keeps its id)
    if (!c.target && !blocks[own]!.text) return { i: own, score: 1 };
    const now = correctionTarget(blocks, own);
    if (c.target && now && sameQuote(now.quote, c.target.quote)) return { i: own, score: 1 };
  }
  if (!c.target) return null;
  const p = placeTarget(c.target, blocks, '', doc());
  return p && { i: p.block, score: p.score };
}

/** Places a report's corrections on one draft's blocks. Two corrections landing on one block: the surer one,
 * then the newer one wins; the other is unplaced (and listed, so the user can remove it). */
export function placeCorrections(corrections: Correction[], blocks: Block[]): CorrectionPlacement {
  const ids = new Map(blocks.map((b, k) => [b.id, k]));
  let text: DocumentText | null = null;
  const doc = () => (text ??= documentText(blocks));
  const found = corrections.map((c) => ({ c, hit: candidate(c, blocks, ids, doc) }));
  const ordered = [...found].sort(
    (a, b) => (b.hit?.score ?? -1) - (a.hit?.score ?? -1) || b.c.at.localeCompare(a.c.at),
  );
  const byBlock = new Map<string, Correction>();
  const at = new Map<string, number>();
  const unplaced: Correction[] = [];
  for (const { c, hit } of ordered) {
    const id = hit && blocks[hit.i]!.id;
    if (!hit || !id || byBlock.has(id)) {
      unplaced.push(c);
      continue;
    }
    byBlock.set(id, c);
    at.set(c.id, hit.i);
  }
  // in the order they were made, so the list does not jump
  unplaced.sort((a, b) => a.at.localeCompare(b.at));
  return { byBlock, at, unplaced };
}

/** The correction anchored anew on block `i` of `draft` (after it was placed there surely). */
export function retarget(c: Correction, draft: Pick<DraftRecord, 'id' | 'analysis'>, i: number): Correction {
  const blocks = draft.analysis.document.blocks;
  return { ...c, draftId: draft.id, blockId: blocks[i]!.id, target: correctionTarget(blocks, i) ?? c.target };
}

// ── corrections as versions 2–4 stored them (per draft), and in backups of format version 1 ──

export interface LegacyCorrection {
  id: string;
  draftId: string;
  blockId: string;
  pillar: number;
  themes: number[];
  at: string;
}

export const isLegacyCorrection = (row: object): row is LegacyCorrection => !('reportId' in row);

/** A per-draft correction as a per-report anchored one: same id, pillar, themes and time. Its draft gives the
 * report and the block's text; without them it is kept, unplaceable (target null), and listed as unplaced. */
export function fromLegacy(
  old: LegacyCorrection,
  draft: Pick<DraftRecord, 'id' | 'reportId' | 'analysis'> | undefined,
): Correction {
  const blocks = draft?.analysis.document.blocks ?? [];
  const i = blocks.findIndex((b) => b.id === old.blockId);
  return {
    id: old.id,
    reportId: draft?.reportId ?? '',
    draftId: old.draftId,
    blockId: old.blockId,
    target: i >= 0 ? correctionTarget(blocks, i) : null,
    pillar: old.pillar,
    themes: old.themes,
    at: old.at,
  };
}

// ── a whole section at once ──

/** The blocks under heading `i`: up to the next heading of the same or a higher level (indices, without `i`). */
export function sectionBlocks(blocks: Pick<Block, 'kind' | 'level'>[], i: number): number[] {
  const head = blocks[i];
  if (!head || head.kind !== 'heading') return [];
  const level = head.level ?? 6;
  const out: number[] = [];
  for (let k = i + 1; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.kind === 'heading' && (b.level ?? 6) <= level) break;
    out.push(k);
  }
  return out;
}

/** What a section-wide change of heading `i` touches: the heading and every block under it, except blocks the
 * user corrected one by one (a correction made by an earlier section-wide change is overwritten). */
export function planSectionCorrection(
  blocks: Pick<Block, 'id' | 'kind' | 'level'>[],
  i: number,
  corrections: Map<string, Pick<Correction, 'section'>>,
): { apply: number[]; skipped: number[] } {
  const apply = [i];
  const skipped: number[] = [];
  for (const k of sectionBlocks(blocks, i)) {
    const c = corrections.get(blocks[k]!.id);
    if (c && !c.section) skipped.push(k);
    else apply.push(k);
  }
  return { apply, skipped };
}
