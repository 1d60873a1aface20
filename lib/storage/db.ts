// The extension's database: its schema versions, each declared for as long as someone may still have a database
// of that version, with its upgrade. The tables are lib/storage/tables.ts's; the newest version takes them from there.
// Open it from extension pages only: a content script would get the web page's IndexedDB.
import Dexie, { type EntityTable } from 'dexie';
import type { Correction, DraftRecord, Settings } from '../schema';
import { fromLegacy, isLegacyCorrection, type LegacyCorrection } from '../corrections/place';
import { STORES, type Row, type TableName } from './tables';

export interface SettingRow {
  key: 'settings';
  value: Settings;
}

export const DB_NAME = 'kkfz-assistent';
/** The newest schema version: every table as lib/storage/tables.ts declares it. */
export const DB_VERSION = 7;

/** Dexie puts each table on the database as a property: here they are typed with their rows, from the declaration. */
type Tables = { [T in TableName]: EntityTable<Row<T>, 'id'> } & { settings: EntityTable<SettingRow, 'key'> };
const DexieWithTables = Dexie as unknown as new (name: string) => Dexie & Tables;

export class KkfzDb extends DexieWithTables {
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
            for (const c of draft.corrections ?? [])
              moved.push({ ...c, id: correctionId(draft.id, c.blockId), draftId: draft.id });
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
        const legacy = ((await tx.table('corrections').toArray()) as (Correction | LegacyCorrection)[]).filter(
          isLegacyCorrection,
        );
        if (!legacy.length) return;
        const ids = [...new Set(legacy.map((c) => c.draftId))];
        const drafts = (await tx.table('drafts').bulkGet(ids)) as (DraftRecord | undefined)[];
        const byId = new Map(ids.map((id, k) => [id, drafts[k]]));
        await tx.table('corrections').bulkPut(legacy.map((c) => fromLegacy(c, byId.get(c.draftId))));
      });
    // Version 6: checklist items marked "niet van toepassing" or "bewust weggelaten", with the reason, per report;
    // the item a user chose for a form field, per portal.
    this.version(6).stores({
      reports: 'id, organisation, year, updatedAt',
      drafts: 'id, reportId, importedAt, sha256',
      corrections: 'id, reportId, draftId',
      progress: 'id, reportId',
      aspects: 'id, reportId',
      images: 'id, draftId',
      notes: 'id, reportId',
      carry: 'id, reportId',
      justifications: 'id, reportId',
      fieldChoices: 'id, origin',
      settings: 'key',
    });
    // Version 7: the Word templates kept in the library. The newest version declares every table as tables.ts
    // does; once it has shipped, write its stores out here as they are and declare the next one from there.
    this.version(DB_VERSION).stores(STORES);
  }
}

export const correctionId = (draftId: string, blockId: string) => `${draftId}:${blockId}`;
/** The id of a row that is one per checklist item of a report (progress, justification). */
export const itemRowId = (reportId: string, itemId: string) => `${reportId}:${itemId}`;
