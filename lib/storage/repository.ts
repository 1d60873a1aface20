// What the extension does with its database, as plain async functions over a KkfzDb: the UI calls these
// and never touches tables itself.
import type {
  Analysis,
  AspectState,
  AspectStatus,
  Block,
  CarryDraft,
  CarryState,
  Correction,
  DraftImage,
  DraftRecord,
  ImageRef,
  JustificationKind,
  Note,
  ProgressEntry,
  ReportRecord,
  Settings,
} from '../schema';
import { DEFAULT_SETTINGS, FieldChoice, Justification, Settings as SettingsSchema, TemplateRecord } from '../schema';
import { planRestore, toBackup, type Contents, type RestorePlan } from './backup';
import { itemRowId, type KkfzDb } from './db';
import { ownedBy, STORES, TABLE_NAMES, withOwned, type TableName } from './tables';
import { correctionTarget, placeCorrections, planSectionCorrection, retarget } from '../corrections/place';
import { reanchorNotes } from '../annotate/notes';
import { carryForward, type CarryMeta } from '../carry/forward';
import { intoReport, mergeNotes, type NotesMerge } from '../annotate/merge';
import { sha256Hex } from '../docx/hash';

const now = () => new Date().toISOString();
const newId = () => crypto.randomUUID();

export async function readSettings(db: KkfzDb): Promise<Settings> {
  const row = await db.settings.get('settings');
  const parsed = SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...row?.value });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function saveSettings(db: KkfzDb, settings: Settings): Promise<void> {
  await db.settings.put({ key: 'settings', value: SettingsSchema.parse(settings) });
}

export interface NewDraft {
  organisation: string;
  fileName: string;
  sizeBytes: number;
  analysis: Analysis;
  /** images with their bytes; stored apart from the draft */
  images: ImageRef[];
  /** SHA-256 of the file's bytes (lib/docx/hash.ts), to notice the same file imported again */
  sha256?: string;
}

/** Files an import under its report (same organisation and year), creating the report if needed. */
export async function saveDraft(db: KkfzDb, input: NewDraft): Promise<{ report: ReportRecord; draft: DraftRecord }> {
  return db.transaction('rw', [db.reports, db.drafts, db.images, db.notes, db.corrections], async () => {
    const year = input.analysis.effectiveYear;
    const existing = await db.reports
      .where('organisation')
      .equals(input.organisation)
      .filter((r) => r.year === year)
      .first();
    const at = now();
    const report: ReportRecord = existing
      ? { ...existing, updatedAt: at }
      : {
          id: newId(),
          organisation: input.organisation,
          year,
          title: input.analysis.document.title ?? input.fileName,
          createdAt: at,
          updatedAt: at,
        };
    const document = {
      ...input.analysis.document,
      images: input.analysis.document.images.map(({ data: _data, ...ref }) => ref),
    };
    const draft: DraftRecord = {
      id: newId(),
      reportId: report.id,
      fileName: input.fileName,
      sizeBytes: input.sizeBytes,
      importedAt: at,
      ...(input.sha256 && { sha256: input.sha256 }),
      analysis: { ...input.analysis, document },
    };
    await db.reports.put(report);
    await db.drafts.add(draft);
    const images: DraftImage[] = input.images
      .filter((i) => i.data)
      .map((i) => ({ id: `${draft.id}:${i.id}`, draftId: draft.id, contentType: i.contentType, data: i.data! }));
    if (images.length) await db.images.bulkAdd(images);
    // the report's notes move onto the new draft, or become unplaced; none is lost
    const notes = await db.notes.where('reportId').equals(report.id).toArray();
    if (notes.length) await db.notes.bulkPut(reanchorNotes(notes, draft));
    // so do its corrections: each placed surely is anchored anew on this draft's text, the others keep theirs
    const corrections = await db.corrections.where('reportId').equals(report.id).toArray();
    if (corrections.length) {
      const placed = placeCorrections(corrections, draft.analysis.document.blocks);
      const moved = corrections.flatMap((c) => (placed.at.has(c.id) ? [retarget(c, draft, placed.at.get(c.id)!)] : []));
      if (moved.length) await db.corrections.bulkPut(moved);
    }
    return { report, draft };
  });
}

export async function listReports(db: KkfzDb): Promise<{ report: ReportRecord; drafts: DraftRecord[] }[]> {
  const reports = await db.reports.orderBy('updatedAt').reverse().toArray();
  return Promise.all(
    reports.map(async (report) => ({
      report,
      drafts: await db.drafts.where('reportId').equals(report.id).sortBy('importedAt'),
    })),
  );
}

const sortedThemes = (themes: number[]) => [...new Set(themes)].sort((a, b) => a - b);

function correctionRow(
  draft: DraftRecord,
  i: number,
  pillar: number,
  themes: number[],
  id: string,
  extra: Pick<Correction, 'confirmed' | 'section'>,
): Correction {
  const blocks = draft.analysis.document.blocks;
  return {
    id,
    reportId: draft.reportId,
    draftId: draft.id,
    blockId: blocks[i]!.id,
    target: correctionTarget(blocks, i),
    pillar,
    themes: sortedThemes(themes),
    at: now(),
    ...(extra.confirmed && { confirmed: true }),
    ...(extra.section && { section: true }),
  };
}

const blockIndex = (draft: DraftRecord, block: Block) => {
  const blocks = draft.analysis.document.blocks;
  const i = blocks[block.i]?.id === block.id ? block.i : blocks.findIndex((b) => b.id === block.id);
  if (i < 0) throw new Error(`draft ${draft.id} has no block ${block.id}`);
  return i;
};

/** Corrects one block of `draft` (or confirms its automatic mapping: `confirmed`). The correction belongs to
 * the report; one already placed on this block in this draft is replaced, keeping its id. */
export async function setCorrection(
  db: KkfzDb,
  draft: DraftRecord,
  block: Block,
  pillar: number,
  themes: number[],
  options: { confirmed?: boolean } = {},
): Promise<Correction> {
  return db.transaction('rw', db.corrections, async () => {
    const i = blockIndex(draft, block);
    const current = placeCorrections(
      await correctionsOfReport(db, draft.reportId),
      draft.analysis.document.blocks,
    ).byBlock.get(block.id);
    const correction = correctionRow(draft, i, pillar, themes, current?.id ?? newId(), {
      confirmed: options.confirmed ?? false,
    });
    await db.corrections.put(correction);
    return correction;
  });
}

export async function removeCorrection(db: KkfzDb, correctionId: string): Promise<void> {
  await db.corrections.delete(correctionId);
}

/** Every correction of a report, placed or not on any one draft. */
export function correctionsOfReport(db: KkfzDb, reportId: string): Promise<Correction[]> {
  return db.corrections.where('reportId').equals(reportId).toArray();
}

/** A section-wide change as it was written, enough to undo it in one step. */
export interface SectionChange {
  /** the heading's block index */
  heading: number;
  /** block indices changed (the heading included) and skipped (corrected one by one before) */
  applied: number[];
  skipped: number[];
  /** the corrections as they were before, of blocks that had one */
  before: Correction[];
  /** ids of the corrections written */
  written: string[];
}

/** Gives heading `headingIndex` and every block under it the same pillar and themes, except blocks corrected
 * one by one (lib/corrections/place.ts `planSectionCorrection`), in one transaction. */
export async function setSectionCorrection(
  db: KkfzDb,
  draft: DraftRecord,
  headingIndex: number,
  pillar: number,
  themes: number[],
): Promise<SectionChange> {
  return db.transaction('rw', db.corrections, async () => {
    const blocks = draft.analysis.document.blocks;
    const placed = placeCorrections(await correctionsOfReport(db, draft.reportId), blocks).byBlock;
    const plan = planSectionCorrection(blocks, headingIndex, placed);
    const before: Correction[] = [];
    const rows = plan.apply.map((k) => {
      const current = placed.get(blocks[k]!.id);
      if (current) before.push(current);
      return correctionRow(draft, k, pillar, themes, current?.id ?? newId(), { section: true });
    });
    await db.corrections.bulkPut(rows);
    return {
      heading: headingIndex,
      applied: plan.apply,
      skipped: plan.skipped,
      before,
      written: rows.map((r) => r.id),
    };
  });
}

/** Takes a section-wide change back: the corrections it wrote go, the ones it replaced return. */
export async function undoSectionCorrection(db: KkfzDb, change: SectionChange): Promise<void> {
  await db.transaction('rw', db.corrections, async () => {
    await db.corrections.bulkDelete(change.written);
    if (change.before.length) await db.corrections.bulkPut(change.before);
  });
}

/** The stored draft whose file had this SHA-256, with its report, or null. */
export async function findDraftBySha256(
  db: KkfzDb,
  sha256: string,
): Promise<{ report: ReportRecord; draft: DraftRecord } | null> {
  const draft = await db.drafts.where('sha256').equals(sha256).first();
  const report = draft && (await db.reports.get(draft.reportId));
  return draft && report ? { report, draft } : null;
}

export async function setProgress(
  db: KkfzDb,
  reportId: string,
  itemId: string,
  change: Partial<Pick<ProgressEntry, 'status' | 'owner' | 'note'>>,
): Promise<ProgressEntry> {
  const id = itemRowId(reportId, itemId);
  const current = (await db.progress.get(id)) ?? {
    id,
    reportId,
    itemId,
    status: 'open' as const,
    owner: '',
    note: '',
    updatedAt: now(),
  };
  const next: ProgressEntry = { ...current, ...change, updatedAt: now() };
  await db.progress.put(next);
  return next;
}

/** Deletes rows of `table` with every row that belongs to them, through as many tables as the ownership goes. */
async function deleteWithOwned(db: KkfzDb, table: TableName, ids: string[]): Promise<void> {
  for (const { table: owned, by } of ownedBy(table)) {
    await deleteWithOwned(db, owned, (await db.table(owned).where(by).anyOf(ids).primaryKeys()) as string[]);
  }
  await db.table(table).bulkDelete(ids);
}

/** Deletes a draft with its images; the report's corrections stay: they are placed on its other drafts. */
export async function deleteDraft(db: KkfzDb, draftId: string): Promise<void> {
  await db.transaction(
    'rw',
    withOwned('drafts').map((t) => db.table(t)),
    () => deleteWithOwned(db, 'drafts', [draftId]),
  );
}

/** Deletes a report with everything that belongs to it (lib/storage/tables.ts `owner`). */
export async function deleteReport(db: KkfzDb, reportId: string): Promise<void> {
  await db.transaction(
    'rw',
    withOwned('reports').map((t) => db.table(t)),
    () => deleteWithOwned(db, 'reports', [reportId]),
  );
}

export async function readContents(db: KkfzDb): Promise<Contents> {
  const rows = await Promise.all(TABLE_NAMES.map((t) => db.table(t).toArray()));
  const settings = (await db.settings.get('settings'))?.value ?? null;
  return { ...Object.fromEntries(TABLE_NAMES.map((t, k) => [t, rows[k]])), settings } as Contents;
}

export async function exportBackupText(db: KkfzDb): Promise<string> {
  return JSON.stringify(toBackup(await readContents(db)));
}

export type ConflictChoice = 'keep-mine' | 'take-theirs';

/** Applies a planned restore in one transaction: all of it or, on any error, nothing. */
export async function applyRestore(
  db: KkfzDb,
  incoming: Contents,
  plan: RestorePlan,
  choice: ConflictChoice,
): Promise<void> {
  await db.transaction(
    'rw',
    Object.keys(STORES).map((t) => db.table(t)),
    async () => {
      for (const table of TABLE_NAMES) if (plan.added[table].length) await db.table(table).bulkAdd(plan.added[table]);
      if (choice === 'take-theirs') {
        for (const c of plan.conflicts) {
          const row = (incoming[c.table] as { id: string }[]).find((r) => r.id === c.id);
          if (row) await db.table(c.table).put(row);
        }
        if (incoming.settings) await db.settings.put({ key: 'settings', value: incoming.settings });
      } else if (incoming.settings && !(await db.settings.get('settings'))) {
        await db.settings.put({ key: 'settings', value: incoming.settings });
      }
    },
  );
}

export async function restorePlanFor(db: KkfzDb, incoming: Contents): Promise<RestorePlan> {
  return planRestore(await readContents(db), incoming);
}

export async function wipe(db: KkfzDb): Promise<void> {
  const tables = Object.keys(STORES).map((t) => db.table(t));
  await db.transaction('rw', tables, async () => {
    for (const t of tables) await t.clear();
  });
}

export function progressOf(db: KkfzDb, reportId: string): Promise<ProgressEntry[]> {
  return db.progress.where('reportId').equals(reportId).toArray();
}

export function justificationsOf(db: KkfzDb, reportId: string): Promise<Justification[]> {
  return db.justifications.where('reportId').equals(reportId).toArray();
}

/** Marks a checklist item of a report as not applicable or deliberately left out; the reason is required. */
export async function setJustification(
  db: KkfzDb,
  reportId: string,
  itemId: string,
  kind: JustificationKind,
  reason: string,
  author: string,
): Promise<Justification> {
  const row = Justification.parse({
    id: itemRowId(reportId, itemId),
    reportId,
    itemId,
    kind,
    reason: reason.trim(),
    author,
    updatedAt: now(),
  });
  await db.justifications.put(row);
  return row;
}

export async function removeJustification(db: KkfzDb, reportId: string, itemId: string): Promise<void> {
  await db.justifications.delete(itemRowId(reportId, itemId));
}

/** The items the user chose for the fields of a portal. */
export function fieldChoicesOf(db: KkfzDb, origin: string): Promise<FieldChoice[]> {
  return db.fieldChoices.where('origin').equals(origin).toArray();
}

/** Remembers the item chosen for a field of a portal (null: leave it empty); one per field, the latest wins. */
export async function rememberFieldChoice(
  db: KkfzDb,
  origin: string,
  signature: string,
  target: string | null,
): Promise<FieldChoice> {
  const row = FieldChoice.parse({ id: `${origin} ${signature}`, origin, signature, target, at: now() });
  await db.fieldChoices.put(row);
  return row;
}

/** The Word templates kept in the library, the most recently used first. */
export function templatesOf(db: KkfzDb): Promise<TemplateRecord[]> {
  return db.templates.orderBy('usedAt').reverse().toArray();
}

/** Keeps a template picked by the user. The same bytes kept already are that template, under the name picked now,
 * with the items chosen for its places before. */
export async function keepTemplate(
  db: KkfzDb,
  name: string,
  data: Uint8Array,
  when = new Date(),
): Promise<TemplateRecord> {
  const sha256 = await sha256Hex(data);
  return db.transaction('rw', db.templates, async () => {
    const at = when.toISOString();
    const kept = await db.templates.where('sha256').equals(sha256).first();
    const row = TemplateRecord.parse(
      kept
        ? { ...kept, name, usedAt: at }
        : { id: newId(), name, size: data.length, sha256, addedAt: at, usedAt: at, targets: {}, data },
    );
    await db.templates.put(row);
    return row;
  });
}

/** Remembers the items chosen for a kept template's places (all of them: the previous choice is replaced). */
export async function rememberTemplateTargets(
  db: KkfzDb,
  id: string,
  targets: Record<string, string | null>,
  when = new Date(),
): Promise<void> {
  await db.transaction('rw', db.templates, async () => {
    const kept = await db.templates.get(id);
    if (kept) await db.templates.put(TemplateRecord.parse({ ...kept, targets, usedAt: when.toISOString() }));
  });
}

export async function deleteTemplate(db: KkfzDb, id: string): Promise<void> {
  await db.templates.delete(id);
}

export function aspectsOf(db: KkfzDb, reportId: string): Promise<AspectStatus[]> {
  return db.aspects.where('reportId').equals(reportId).sortBy('updatedAt');
}

/** Adds a quality aspect (without `id`) or changes one. */
export async function putAspect(
  db: KkfzDb,
  aspect: Omit<AspectStatus, 'id' | 'updatedAt'> & { id?: string },
): Promise<AspectStatus> {
  const row: AspectStatus = { ...aspect, id: aspect.id ?? newId(), updatedAt: now() };
  await db.aspects.put(row);
  return row;
}

export async function removeAspect(db: KkfzDb, id: string): Promise<void> {
  await db.aspects.delete(id);
}

/** The row of a known aspect's status: one per report and aspect. */
export const knownAspectRowId = (reportId: string, aspectId: string) => `${reportId}:aspect:${aspectId}`;

/** Sets statuses of known aspects (lib/knowledge/aspects) of a report in one go, each into the row already
 * stored for it (`rowId`: one typed by hand or stored before rows had an aspectId), else into its own row. */
export async function setKnownAspectStatuses(
  db: KkfzDb,
  reportId: string,
  changes: { aspect: { id: string; pillar: number; title: string }; status: AspectState; rowId?: string }[],
): Promise<void> {
  const updatedAt = now();
  await db.aspects.bulkPut(
    changes.map(({ aspect, status, rowId }): AspectStatus => ({
      id: rowId ?? knownAspectRowId(reportId, aspect.id),
      reportId,
      pillar: aspect.pillar,
      aspect: aspect.title,
      aspectId: aspect.id,
      status,
      updatedAt,
    })),
  );
}

export function imagesOf(db: KkfzDb, draftId: string): Promise<DraftImage[]> {
  return db.images.where('draftId').equals(draftId).toArray();
}

export function notesOf(db: KkfzDb, reportId: string): Promise<Note[]> {
  return db.notes.where('reportId').equals(reportId).sortBy('created');
}

export async function putNote(db: KkfzDb, note: Note): Promise<void> {
  await db.notes.put(note);
}

export async function deleteNote(db: KkfzDb, id: string): Promise<void> {
  await db.notes.delete(id);
}

/** Merges notes read from a file into a report's notes (by id), placing new ones on the given draft. Notes of
 * other reports are never changed: one whose id the file has too is copied, not taken over. */
export async function importNotes(
  db: KkfzDb,
  reportId: string,
  incoming: Note[],
  draft: DraftRecord | null,
): Promise<NotesMerge> {
  return db.transaction('rw', db.notes, async () => {
    const mine = await notesOf(db, reportId);
    const stored = await db.notes.bulkGet(incoming.map((n) => n.id));
    const elsewhere = new Set(stored.flatMap((n) => (n && n.reportId !== reportId ? [n.id] : [])));
    const merge = mergeNotes(mine, intoReport(incoming, reportId, mine, elsewhere));
    const write = draft ? reanchorNotes(merge.write, draft) : merge.write;
    if (write.length) await db.notes.bulkPut(write);
    return merge;
  });
}

/** The drafts carried forward from one report, the newest first. */
export async function carryDraftsOf(db: KkfzDb, reportId: string): Promise<CarryDraft[]> {
  return (await db.carry.where('reportId').equals(reportId).toArray()).sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt),
  );
}

/** The draft for `fromYear + 1` already carried forward from a report, if any (the newest). */
export async function carryDraftFor(db: KkfzDb, reportId: string, fromYear: number): Promise<CarryDraft | null> {
  return (await carryDraftsOf(db, reportId)).find((d) => d.fromYear === fromYear) ?? null;
}

/** Makes next year's draft from a report's analysis, with the aspect statuses stored for the report, and stores it. */
export async function makeCarryDraft(db: KkfzDb, analysis: Analysis, meta: CarryMeta): Promise<CarryDraft> {
  const draft = carryForward(analysis, meta, await aspectsOf(db, meta.reportId));
  await db.carry.put(draft);
  return draft;
}

export async function putCarryDraft(db: KkfzDb, draft: CarryDraft): Promise<void> {
  await db.carry.put(draft);
}

/** Sets what happens to one carried block; a missing draft or block is an error, not a silent no-op. */
export async function setCarryState(
  db: KkfzDb,
  carryId: string,
  blockId: string,
  state: CarryState,
): Promise<CarryDraft> {
  return db.transaction('rw', db.carry, async () => {
    const draft = await db.carry.get(carryId);
    const item = draft?.items.find((x) => x.blockId === blockId);
    if (!draft || !item) throw new Error(`carry draft ${carryId} has no block ${blockId}`);
    item.state = state;
    draft.updatedAt = now();
    await db.carry.put(draft);
    return draft;
  });
}

export async function deleteCarryDraft(db: KkfzDb, id: string): Promise<void> {
  await db.carry.delete(id);
}
