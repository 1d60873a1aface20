// A backup can pass its schema row by row and still contradict itself: an analysis with a mapping too few, a
// checklist pointing past the blocks, a note on a report that is not in it. The views trust what is stored
// (`mappings[b.i]`, `blocks[placement.block]`), so such rows would crash them once restored: the whole backup is
// checked before anything is written, and the first contradiction is named by its place in the file.
import type { DraftRecord } from '../schema';
import type { Contents } from './backup';
import { TABLE_NAMES, TABLES, type OwnerName } from './tables';
import type { Localised } from '../text/localised';

export interface Inconsistency extends Localised {
  /** the place in the backup file, as a path (`drafts.2.analysis.mappings`) */
  where: string;
}

const at = (where: string, nl: string, en: string): Inconsistency => ({ where, nl, en });

/** An analysis whose indices do not agree: blocks in order with headings above them, a mapping per block, evidence among the blocks. */
function analysisInconsistency(draft: DraftRecord, where: string): Inconsistency | null {
  const { document, mappings, checklist } = draft.analysis;
  const n = document.blocks.length;
  const block = document.blocks.findIndex(
    (b, k) => b.i !== k || (b.parent !== null && (b.parent < 0 || b.parent >= k)),
  );
  if (block >= 0) {
    return at(
      `${where}.document.blocks.${block}`,
      'het blok staat niet op zijn plaats of hoort bij een kop die er niet boven staat',
      'the block is out of place or belongs to a heading that is not above it',
    );
  }
  if (mappings.length !== n)
    return at(
      `${where}.mappings`,
      `${mappings.length} indelingen voor ${n} blokken`,
      `${mappings.length} mappings for ${n} blocks`,
    );
  const mapping = mappings.findIndex((m, k) => m.i !== k);
  if (mapping >= 0)
    return at(
      `${where}.mappings.${mapping}`,
      `de indeling is van blok ${mappings[mapping]!.i}`,
      `the mapping is of block ${mappings[mapping]!.i}`,
    );
  for (const [k, item] of checklist.entries()) {
    const past = item.evidence.find((i) => i >= n);
    if (past !== undefined)
      return at(
        `${where}.checklist.${k}.evidence`,
        `blok ${past} bestaat niet (${n} blokken)`,
        `block ${past} does not exist (${n} blocks)`,
      );
  }
  return null;
}

/** What an owner is called in a message: "verslag r9 staat niet in de back-up". */
const OWNER_NOUN: Record<OwnerName, Localised> = {
  reports: { nl: 'verslag', en: 'report' },
  drafts: { nl: 'versie', en: 'version' },
};

/** The first row whose owner (lib/storage/tables.ts) is not in the backup. */
function ownerMissing(c: Contents): Inconsistency | null {
  for (const table of TABLE_NAMES) {
    const owner: { table: OwnerName; by: string; unowned?(row: object): boolean } | null = TABLES[table].owner;
    if (!owner) continue;
    const ids = new Set(c[owner.table].map((r) => r.id));
    const rows = c[table] as Record<string, unknown>[];
    const k = rows.findIndex((row) => !ids.has(row[owner.by] as string) && !owner.unowned?.(row));
    if (k < 0) continue;
    const id = String(rows[k]![owner.by]);
    const noun = OWNER_NOUN[owner.table];
    return at(
      `${table}.${k}.${owner.by}`,
      `${noun.nl} ${id} staat niet in de back-up`,
      `${noun.en} ${id} is not in the backup`,
    );
  }
  return null;
}

export function findInconsistency(c: Contents): Inconsistency | null {
  for (const table of TABLE_NAMES) {
    const seen = new Set<string>();
    for (const [k, row] of c[table].entries()) {
      if (seen.has(row.id))
        return at(`${table}.${k}.id`, `het id ${row.id} komt twee keer voor`, `the id ${row.id} occurs twice`);
      seen.add(row.id);
    }
  }
  const owned = ownerMissing(c);
  if (owned) return owned;
  for (const [k, d] of c.drafts.entries()) {
    const wrong = analysisInconsistency(d, `drafts.${k}.analysis`);
    if (wrong) return wrong;
  }
  // a note's place on a draft that was deleted since is not used; on a draft that is here, it must be in it
  const drafts = new Map(c.drafts.map((d) => [d.id, d]));
  for (const [k, note] of c.notes.entries()) {
    const p = note.placement;
    const draft = p && drafts.get(p.draftId);
    if (!p || !draft) continue;
    const n = draft.analysis.document.blocks.length;
    if (p.block >= n || p.start > p.end)
      return at(
        `notes.${k}.placement`,
        `de plaats ligt buiten de versie (blok ${p.block} van ${n})`,
        `the place is outside the version (block ${p.block} of ${n})`,
      );
  }
  return null;
}
