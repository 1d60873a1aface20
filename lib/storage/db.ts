// The extension's database. Every table and index is declared here once; each schema version stays
// declared for as long as someone may still have a database of that version, with its upgrade.
// Open it from extension pages only: a content script would get the web page's IndexedDB.
import Dexie, { type EntityTable } from 'dexie';
import type { AspectStatus, CarryDraft, Correction, DraftImage, DraftRecord, FieldChoice, Justification, Note, ProgressEntry, ReportRecord, Settings } from '../schema';
import { fromLegacy, isLegacyCorrection, type LegacyCorrection } from '../corrections/place';

export interface SettingRow {
  key: 'settings';
  value: Settings;
}

export const DB_NAME = 'kkfz-assistent';

export class KkfzDb extends Dexie {
  reports!: EntityTable<ReportRecord, 'id'>;
  drafts!: EntityTable<DraftRecord, 'id'>;
  corrections!: EntityTable<Correction, 'id'>;
  progress!: EntityTable<ProgressEntry, 'id'>;
  aspects!: EntityTable<AspectStatus, 'id'>;
  images!: EntityTable<DraftImage, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  carry!: EntityTable<CarryDraft, 'id'>;
  justifications!: EntityTable<Justification, 'id'>;
  fieldChoices!: EntityTable<FieldChoice, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    // Version 1 (first release): corrections lived inside each draft as an array.
    this.version(1).stores({
      reports: 'id, organisation, year, updatedAt',
      drafts: 'id, reportId, importedAt',
      settings: 'key',
    });
    // Version 2: corrections, work progress, aspect status and images get tables of their own, so a
    // correction is one small write instead of rewriting a whole draft with its analysis.
    this.version(2)
      .stores({
        reports: 'id, organisation, year, updatedAt',
        drafts: 'id, reportId, importedAt',
        corrections: 'id, draftId',
        progress: 'id, reportId',
        aspects: 'id, reportId',
        images: 'id, draftId',
        settings: 'key',
      })
      .upgrade(async (tx) => {
        const moved: LegacyCorrection[] = [];
        await tx
          .table('drafts')
          .toCollection()
          .modify((draft: DraftRecord & { corrections?: Omit<LegacyCorrection, 'id' | 'draftId'>[] }) => {
            for (const c of draft.corrections ?? []) moved.push({ ...c, id: correctionId(draft.id, c.blockId), draftId: draft.id });
            delete draft.corrections;
          });
        await tx.table('corrections').bulkPut(moved);
      });
    // Version 3: review notes, per report.
    this.version(3).stores({ notes: 'id, reportId' });
    // Version 4: drafts for the next year carried forward from a stored report.
    this.version(4).stores({ carry: 'id, reportId' });
    // Version 5: a correction belongs to the report, anchored to its block's text, and outlives a new import;
    // a draft keeps the SHA-256 of its file, so importing the same file again is noticed.
    this.version(5)
      .stores({ corrections: 'id, reportId, draftId', drafts: 'id, reportId, importedAt, sha256' })
      .upgrade(async (tx) => {
        const legacy = ((await tx.table('corrections').toArray()) as (Correction | LegacyCorrection)[]).filter(isLegacyCorrection);
        if (!legacy.length) return;
        const ids = [...new Set(legacy.map((c) => c.draftId))];
        const drafts = (await tx.table('drafts').bulkGet(ids)) as (DraftRecord | undefined)[];
        const byId = new Map(ids.map((id, k) => [id, drafts[k]]));
        await tx.table('corrections').bulkPut(legacy.map((c) => fromLegacy(c, byId.get(c.draftId))));
      });
    // Version 6: checklist items marked "niet van toepassing" or "bewust weggelaten", with the reason, per report;
    // the item a user chose for a form field, per portal.
    this.version(6).stores({ justifications: 'id, reportId', fieldChoices: 'id, origin' });
  }
}

export const correctionId = (draftId: string, blockId: string) => `${draftId}:${blockId}`;
/** The id of a row that is one per checklist item of a report (progress, justification). */
export const itemRowId = (reportId: string, itemId: string) => `${reportId}:${itemId}`;
