// The database's stores as each version shipped, without upgrade functions: a test declares versions 1…n on a
// plain Dexie to write a genuine version-n database, then opens it with today's KkfzDb.
import type Dexie from 'dexie';

const SHIPPED: Record<string, string>[] = [
  { reports: 'id, organisation, year, updatedAt', drafts: 'id, reportId, importedAt', settings: 'key' },
  {
    reports: 'id, organisation, year, updatedAt',
    drafts: 'id, reportId, importedAt',
    corrections: 'id, draftId',
    progress: 'id, reportId',
    aspects: 'id, reportId',
    images: 'id, draftId',
    settings: 'key',
  },
  { notes: 'id, reportId' },
  { carry: 'id, reportId' },
  { corrections: 'id, reportId, draftId', drafts: 'id, reportId, importedAt, sha256' },
  { justifications: 'id, reportId', fieldChoices: 'id, origin' },
];

/** The newest version that has shipped: a later one may still change, an earlier one never. */
export const LAST_SHIPPED = SHIPPED.length;

/** Declares versions 1 to `upTo` on `db` as they shipped. */
export function declareShipped(db: Dexie, upTo: number): void {
  SHIPPED.slice(0, upTo).forEach((stores, k) => db.version(k + 1).stores(stores));
}
