// "Kopieer naar concept voor N+1": last year's blocks for a subject into the draft for next year made from the
// open report (made first, as the Jaarovergang does, when there is none yet), in one transaction.
import { addBlocks, type Source } from '@/lib/carry/add-blocks';
import type { Section } from '@/lib/guidance/for-subject';
import type { Analysis, Block, DraftRecord } from '@/lib/schema';
import type { KkfzDb } from '@/lib/storage/db';
import { carryDraftFor, makeCarryDraft, putCarryDraft } from '@/lib/storage/repository';

export interface OpenReport {
  /** the open draft's analysis as the user sees it, for a year that is known */
  analysis: Analysis & { effectiveYear: number };
  draft: DraftRecord;
  organisation: string;
}

/** Resolves to the number of blocks added (0 when the draft held all of them). */
export function copyToNextDraft(
  db: KkfzDb,
  open: OpenReport,
  source: Source,
  blocks: readonly Block[],
  section: Section | null,
): Promise<number> {
  const { reportId } = open.draft;
  const year = open.analysis.effectiveYear;
  return db.transaction('rw', [db.carry, db.aspects], async () => {
    const now = new Date().toISOString();
    const existing = await carryDraftFor(db, reportId, year);
    const draft =
      existing ??
      (await makeCarryDraft(db, open.analysis, {
        id: crypto.randomUUID(),
        reportId,
        sourceDraftId: open.draft.id,
        organisation: open.organisation,
        fromYear: year,
        now,
      }));
    const result = addBlocks(draft, source, blocks, section, now);
    if (result.added) await putCarryDraft(db, result.draft);
    return result.added;
  });
}
