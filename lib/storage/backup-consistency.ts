// A backup can pass its schema row by row and still contradict itself: an analysis with a mapping too few, a
// checklist pointing past the blocks, a note on a report that is not in it. The views trust what is stored
// (`mappings[b.i]`, `blocks[placement.block]`), so such rows would crash them once restored: the whole backup is
// checked before anything is written, and the first contradiction is named by its place in the file.
import type { DraftRecord } from '../schema';
import type { Contents } from './backup';

export interface Inconsistency {
  /** the place in the backup file, as a path (`drafts.2.analysis.mappings`) */
  where: string;
  nl: string;
  en: string;
}

const at = (where: string, nl: string, en: string): Inconsistency => ({ where, nl, en });

/** An analysis whose indices do not agree: blocks in order with headings above them, a mapping per block, evidence among the blocks. */
function analysisInconsistency(draft: DraftRecord, where: string): Inconsistency | null {
  const { document, mappings, checklist } = draft.analysis;
  const n = document.blocks.length;
  const block = document.blocks.findIndex((b, k) => b.i !== k || (b.parent !== null && (b.parent < 0 || b.parent >= k)));
  if (block >= 0) {
    return at(`${where}.document.blocks.${block}`, 'het blok staat niet op zijn plaats of hoort bij een kop die er niet boven staat', 'the block is out of place or belongs to a heading that is not above it');
  }
  if (mappings.length !== n) return at(`${where}.mappings`, `${mappings.length} indelingen voor ${n} blokken`, `${mappings.length} mappings for ${n} blocks`);
  const mapping = mappings.findIndex((m, k) => m.i !== k);
  if (mapping >= 0) return at(`${where}.mappings.${mapping}`, `de indeling is van blok ${mappings[mapping]!.i}`, `the mapping is of block ${mappings[mapping]!.i}`);
  for (const [k, item] of checklist.entries()) {
    const past = item.evidence.find((i) => i >= n);
    if (past !== undefined) return at(`${where}.checklist.${k}.evidence`, `blok ${past} bestaat niet (${n} blokken)`, `block ${past} does not exist (${n} blocks)`);
  }
  return null;
}

export function findInconsistency(c: Contents): Inconsistency | null {
  for (const [table, rows] of Object.entries(c)) {
    if (!Array.isArray(rows)) continue; // the settings
    const seen = new Set<string>();
    for (const [k, row] of (rows as { id: string }[]).entries()) {
      if (seen.has(row.id)) return at(`${table}.${k}.id`, `het id ${row.id} komt twee keer voor`, `the id ${row.id} occurs twice`);
      seen.add(row.id);
    }
  }
  const reports = new Set(c.reports.map((r) => r.id));
  const drafts = new Map(c.drafts.map((d) => [d.id, d]));
  const unknownReport = (where: string, id: string) => at(where, `verslag ${id} staat niet in de back-up`, `report ${id} is not in the backup`);

  for (const [k, d] of c.drafts.entries()) {
    if (!reports.has(d.reportId)) return unknownReport(`drafts.${k}.reportId`, d.reportId);
    const wrong = analysisInconsistency(d, `drafts.${k}.analysis`);
    if (wrong) return wrong;
  }
  for (const table of ['progress', 'aspects', 'notes', 'carry', 'justifications'] as const) {
    const k = c[table].findIndex((row) => !reports.has(row.reportId));
    if (k >= 0) return unknownReport(`${table}.${k}.reportId`, c[table][k]!.reportId);
  }
  // a correction kept from before version 5 whose draft was gone has no report, and no place either
  const correction = c.corrections.findIndex((x) => !reports.has(x.reportId) && !(x.reportId === '' && x.target === null));
  if (correction >= 0) return unknownReport(`corrections.${correction}.reportId`, c.corrections[correction]!.reportId);
  const image = c.images.findIndex((x) => !drafts.has(x.draftId));
  if (image >= 0) return at(`images.${image}.draftId`, `versie ${c.images[image]!.draftId} staat niet in de back-up`, `version ${c.images[image]!.draftId} is not in the backup`);
  // a note's place on a draft that was deleted since is not used; on a draft that is here, it must be in it
  for (const [k, note] of c.notes.entries()) {
    const p = note.placement;
    const draft = p && drafts.get(p.draftId);
    if (!p || !draft) continue;
    const n = draft.analysis.document.blocks.length;
    if (p.block >= n || p.start > p.end) return at(`notes.${k}.placement`, `de plaats ligt buiten de versie (blok ${p.block} van ${n})`, `the place is outside the version (block ${p.block} of ${n})`);
  }
  return null;
}
