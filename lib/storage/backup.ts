// The backup file: everything in the database as one versioned JSON document, checked with zod on the
// way back in. Restoring is planned first (pure): what is new, what is identical, and what conflicts.
// Nothing is overwritten unless the user chose to. Which tables it holds, and since which format, is
// lib/storage/tables.ts's; only tables whose rows the file holds otherwise than the database are named here.
import { z } from 'zod';
import { Correction, PillarId, ThemeId, type DraftRecord, type Settings } from '../schema';
import { fromLegacy, type LegacyCorrection } from '../corrections/place';
import { formatBytes } from '../text/bytes';
import type { Localised } from '../text/localised';
import { fail, ok, type Result } from '../result';
import { findInconsistency } from './backup-consistency';
import { byTable, noRows, SETTINGS, TABLE_NAMES, TABLES, type Row, type Rows, type TableName } from './tables';

export const BACKUP_FORMAT = 'kkfz-assistent-backup';
/** 2: corrections per report, anchored to their block's text (database version 5). 3: justified checklist
 * items and the fields' chosen items per portal (database version 6). 4: Word templates kept in the library
 * (database version 7). Every earlier format is still read.
 * A new table needs a new format: an older extension would read the file without complaint and drop its rows. */
export const BACKUP_VERSION = 4;
const READABLE_VERSIONS = Array.from({ length: BACKUP_VERSION }, (_, k) => k + 1);

/** A backup file is read whole into memory and parsed there (several times its size): above this it is refused
 * before reading. Far above a library of reports with their photos. */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;
/** Rows in one table: a library of years of reports stays far below it; more is not a backup to check row by row. */
export const MAX_BACKUP_ROWS = 100_000;

/** A correction as format version 1 held it: per draft, by block id. */
const LegacyCorrectionInBackup = z.object({
  id: z.string(),
  draftId: z.string(),
  blockId: z.string(),
  pillar: PillarId,
  themes: z.array(ThemeId),
  at: z.string(),
});

/** Canonical base64, as `bytesToBase64` writes it: anything else cannot be decoded. */
const Base64 = z.string().refine((s) => s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s), 'not base64');

/** How the file holds the rows of a table when not as the database does. */
interface InFile<T extends TableName, F> {
  row: z.ZodType<F>;
  write(rows: Row<T>[]): F[];
  read(rows: F[], file: { drafts: DraftRecord[] }): Row<T>[];
}

/** The tables whose rows hold bytes in `data`. */
type WithBytes = { [T in TableName]: Row<T> extends { data: Uint8Array } ? T : never }[TableName];
type BytesInFile<T extends WithBytes> = Omit<Row<T>, 'data'> & { base64: string };

/** JSON has no bytes: the file holds a row's `data` as `base64`. */
function bytesAsBase64<T extends WithBytes>(table: T): InFile<T, BytesInFile<T>> {
  // the same schema minus `data` plus `base64`, which TypeScript cannot follow through the union of tables' schemas
  const row = (TABLES[table].row as z.ZodObject).omit({ data: true }).extend({ base64: Base64 });
  return {
    row: row as unknown as z.ZodType<BytesInFile<T>>,
    write: (rows) => rows.map(({ data, ...rest }) => ({ ...rest, base64: bytesToBase64(data) })),
    read: (rows) => rows.map(({ base64, ...rest }) => ({ ...rest, data: base64ToBytes(base64) }) as Row<T>),
  };
}

const IN_FILE: {
  images: InFile<'images', BytesInFile<'images'>>;
  templates: InFile<'templates', BytesInFile<'templates'>>;
  corrections: InFile<'corrections', Correction | LegacyCorrection>;
} = {
  images: bytesAsBase64('images'),
  templates: bytesAsBase64('templates'),
  // format 1 held them per draft, by block id: converted on reading
  corrections: {
    row: z.union([Correction, LegacyCorrectionInBackup]),
    write: (rows) => rows,
    read: (rows, file) => {
      const drafts = new Map(file.drafts.map((d) => [d.id, d]));
      return rows.map((c) => ('reportId' in c ? c : fromLegacy(c, drafts.get(c.draftId))));
    },
  },
};
type FileRow<T extends TableName> = T extends keyof typeof IN_FILE
  ? ReturnType<(typeof IN_FILE)[T]['write']>[number]
  : Row<T>;
const inFile = (t: TableName): InFile<TableName, unknown> | undefined =>
  t in IN_FILE ? IN_FILE[t as keyof typeof IN_FILE] : undefined;

const tableShapes = byTable((t): z.ZodType<unknown[]> => {
  const rows = z.array(inFile(t)?.row ?? TABLES[t].row);
  return TABLES[t].backup === 'always' ? rows : rows.default([]);
}) as { [T in TableName]: z.ZodType<FileRow<T>[]> };

export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(READABLE_VERSIONS),
  exportedAt: z.string(),
  ...tableShapes,
  settings: SETTINGS.value.nullable(),
});
export type Backup = z.infer<typeof Backup>;

/** The rows of every table, as the database holds them. */
export type Contents = Rows & { settings: Settings | null };

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let k = 0; k < bytes.length; k += 0x8000) binary += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const out = new Uint8Array(binary.length);
  for (let k = 0; k < binary.length; k++) out[k] = binary.charCodeAt(k);
  return out;
}

export function toBackup(contents: Contents, now = new Date()): Backup {
  const tables = byTable((t) => inFile(t)?.write(contents[t]) ?? contents[t]) as { [T in TableName]: FileRow<T>[] };
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    ...tables,
    settings: contents.settings,
  };
}

export type ReadResult = Result<Contents>;

/** Size alone: lets the panel refuse a file before reading it into memory. */
export function checkBackupSize(bytes: number): Localised | null {
  if (bytes <= MAX_BACKUP_BYTES) return null;
  return {
    nl: `Dit back-upbestand is te groot (${formatBytes(bytes, 'nl')}; hooguit ${formatBytes(MAX_BACKUP_BYTES, 'nl')}). Er is niets gewijzigd.`,
    en: `This backup file is too large (${formatBytes(bytes, 'en')}; at most ${formatBytes(MAX_BACKUP_BYTES, 'en')}). Nothing was changed.`,
  };
}

/** The first table with more rows than a backup can have, checked before any row is. */
function oversizedTable(json: object): { table: string; rows: number } | null {
  for (const table of TABLE_NAMES) {
    const rows = (json as Record<string, unknown>)[table];
    if (Array.isArray(rows) && rows.length > MAX_BACKUP_ROWS) return { table, rows: rows.length };
  }
  return null;
}

/** Parses a backup file's text; any deviation from the format is refused with a clear message. */
export function readBackup(text: string): ReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail({
      nl: 'Dit is geen geldig back-upbestand (geen JSON).',
      en: 'This is not a valid backup file (not JSON).',
    });
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    return fail({ nl: 'Dit is geen back-up van de KKFZ-assistent.', en: 'This is not a KKFZ-assistent backup.' });
  }
  if (!READABLE_VERSIONS.includes((json as { version?: unknown }).version as number)) {
    return fail({
      nl: 'Deze back-up heeft een versie die deze KKFZ-assistent niet kent; werk de extensie bij.',
      en: 'This backup has a version this KKFZ-assistent does not know; update the extension.',
    });
  }
  const oversized = oversizedTable(json);
  if (oversized) {
    const { table, rows } = oversized;
    return fail({
      nl: `Deze back-up heeft te veel rijen in ${table} (${rows}; hooguit ${MAX_BACKUP_ROWS}). Er is niets gewijzigd.`,
      en: `This backup has too many rows in ${table} (${rows}; at most ${MAX_BACKUP_ROWS}). Nothing was changed.`,
    });
  }
  const parsed = Backup.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    return fail({
      nl: `Het back-upbestand is beschadigd of onvolledig (bij ${where}).`,
      en: `The backup file is damaged or incomplete (at ${where}).`,
    });
  }
  const b = parsed.data;
  const tables = byTable((t) => inFile(t)?.read(b[t], b) ?? b[t]) as Rows;
  const value: Contents = { ...tables, settings: b.settings };
  // rows that contradict each other would be written and then crash the views that trust them
  const wrong = findInconsistency(value);
  if (wrong) {
    return fail({
      nl: `Het back-upbestand klopt niet (bij ${wrong.where}: ${wrong.nl}). Er is niets gewijzigd.`,
      en: `The backup file is inconsistent (at ${wrong.where}: ${wrong.en}). Nothing was changed.`,
    });
  }
  return ok(value);
}

export interface Conflict {
  table: TableName;
  id: string;
}

export interface RestorePlan {
  /** rows whose id is not stored yet */
  added: Rows;
  /** rows stored with the same id but different content: the user decides */
  conflicts: Conflict[];
  /** rows stored already, identical */
  unchanged: number;
  settingsDiffer: boolean;
}

const same = (a: unknown, b: unknown) => stableJson(a) === stableJson(b);

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v instanceof Uint8Array) return bytesToBase64(v);
    if (v && typeof v === 'object' && !Array.isArray(v))
      return Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)));
    return v;
  });
}

export function planRestore(current: Contents, incoming: Contents): RestorePlan {
  const plan: RestorePlan = {
    added: noRows(),
    conflicts: [],
    unchanged: 0,
    settingsDiffer:
      incoming.settings !== null && current.settings !== null && !same(current.settings, incoming.settings),
  };
  for (const table of TABLE_NAMES) {
    const mine = new Map<string, unknown>((current[table] as { id: string }[]).map((r) => [r.id, r]));
    for (const row of incoming[table] as { id: string }[]) {
      const existing = mine.get(row.id);
      if (existing === undefined) (plan.added[table] as unknown[]).push(row);
      else if (same(existing, row)) plan.unchanged++;
      else plan.conflicts.push({ table, id: row.id });
    }
  }
  return plan;
}
