// Every table the extension stores, declared once: the schema of its rows, its Dexie key and indexes, what its rows
// belong to, and since which backup format files hold it. The database's newest stores (db.ts), the backup file's
// shape, reading and restore plan (backup.ts), the consistency check of a backup (backup-consistency.ts), deleting
// a report or a draft with all that belongs to it and clearing everything (repository.ts) are derived from it;
// tests/unit/storage-tables.test.ts checks each of them against this list.
import type { z } from 'zod';
import {
  AspectStatus,
  CarryDraft,
  Correction,
  DraftImage,
  DraftRecord,
  FieldChoice,
  Justification,
  Note,
  ProgressEntry,
  ReportRecord,
  Settings,
  TemplateRecord,
} from '../schema';

/** A table of rows keyed by `id`. On restore they merge by id: new ones are added, identical ones skipped, and
 * for one stored with other content the user chooses between theirs and the backup's. */
interface Table<S extends z.ZodObject, O extends string> {
  row: S;
  /** Dexie: the primary key (`id`), then the indexes */
  stores: string;
  /** The table a row belongs to and the (indexed) field holding that row's id: deleting that row deletes this
   * one, and a backup with a row whose owner is not in it is refused, unless `unowned` says it may be so.
   * null: belongs to nothing, kept until everything is cleared. */
  owner: { table: O; by: keyof z.output<S> & string; unowned?(row: z.output<S>): boolean } | null;
  /** Backups of every format hold it ('always'), or those from format `since` on: a file written before the
   * table existed is read as holding none of its rows. */
  backup: 'always' | { since: number };
}

// infers the row type, so `owner.by` must be one of its fields
const table = <S extends z.ZodObject, O extends string = never>(t: Table<S, O>) => t;

export const TABLES = {
  reports: table({ row: ReportRecord, stores: 'id, organisation, year, updatedAt', owner: null, backup: 'always' }),
  drafts: table({
    row: DraftRecord,
    stores: 'id, reportId, importedAt, sha256',
    owner: { table: 'reports', by: 'reportId' },
    backup: 'always',
  }),
  // the report's, not the draft's it was last anchored on: deleting a draft keeps them (placed on the other drafts);
  // one kept from before database version 5 whose draft was gone has no report (and no place) and is kept so
  corrections: table({
    row: Correction,
    stores: 'id, reportId, draftId',
    owner: { table: 'reports', by: 'reportId', unowned: (c) => c.reportId === '' && c.target === null },
    backup: 'always',
  }),
  progress: table({
    row: ProgressEntry,
    stores: 'id, reportId',
    owner: { table: 'reports', by: 'reportId' },
    backup: 'always',
  }),
  aspects: table({
    row: AspectStatus,
    stores: 'id, reportId',
    owner: { table: 'reports', by: 'reportId' },
    backup: 'always',
  }),
  images: table({
    row: DraftImage,
    stores: 'id, draftId',
    owner: { table: 'drafts', by: 'draftId' },
    backup: 'always',
  }),
  // added to format 1 after the first release
  notes: table({
    row: Note,
    stores: 'id, reportId',
    owner: { table: 'reports', by: 'reportId' },
    backup: { since: 1 },
  }),
  carry: table({
    row: CarryDraft,
    stores: 'id, reportId',
    owner: { table: 'reports', by: 'reportId' },
    backup: { since: 1 },
  }),
  justifications: table({
    row: Justification,
    stores: 'id, reportId',
    owner: { table: 'reports', by: 'reportId' },
    backup: { since: 3 },
  }),
  // per portal, not per report
  fieldChoices: table({ row: FieldChoice, stores: 'id, origin', owner: null, backup: { since: 3 } }),
  // kept across reports and years: the same template is filled again next year
  templates: table({ row: TemplateRecord, stores: 'id, sha256, usedAt', owner: null, backup: { since: 4 } }),
};

export type TableName = keyof typeof TABLES;
export type Row<T extends TableName> = z.output<(typeof TABLES)[T]['row']>;
/** Rows of every table. */
export type Rows = { [T in TableName]: Row<T>[] };
/** The tables other rows belong to. */
export type OwnerName = NonNullable<(typeof TABLES)[TableName]['owner']>['table'];
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** The user's settings: one row `{ key: 'settings', value }`, in every backup as the value (or null). On restore
 * the stored value is kept unless the user takes the backup's or none is stored. */
export const SETTINGS = { table: 'settings', stores: 'key', value: Settings } as const;

/** A value per table, in the declaration's order. */
export function byTable<V>(f: (t: TableName) => V): Record<TableName, V> {
  return Object.fromEntries(TABLE_NAMES.map((t) => [t, f(t)])) as Record<TableName, V>;
}

/** No rows in any table. */
export const noRows = () => byTable(() => []) as Rows;

/** Every table with its Dexie key and indexes: the database's newest version. */
export const STORES: Record<string, string> = {
  ...byTable((t) => TABLES[t].stores),
  [SETTINGS.table]: SETTINGS.stores,
};

/** The tables whose rows belong to a row of `owner`, each with the field that says to which. */
export function ownedBy(owner: TableName): { table: TableName; by: string }[] {
  return TABLE_NAMES.flatMap((t) => {
    const o = TABLES[t].owner;
    return o?.table === owner ? [{ table: t, by: o.by }] : [];
  });
}

/** `owner` and every table whose rows belong to it, directly or through another: what deleting one of its rows touches. */
export function withOwned(owner: TableName): TableName[] {
  return [owner, ...ownedBy(owner).flatMap(({ table }) => withOwned(table))];
}
