// What the extension does with its database, as plain async functions over a KkfzDb: the UI calls these
// and never touches tables itself.
import type { Analysis, AspectStatus, CarryDraft, CarryState, Correction, DraftImage, DraftRecord, ImageRef, Note, ProgressEntry, ReportRecord, Settings } from '../schema';
import { DEFAULT_SETTINGS, Settings as SettingsSchema } from '../schema';
import { TABLES, planRestore, toBackup, type Contents, type RestorePlan } from './backup';
import { correctionId, progressId, type KkfzDb } from './db';
import { reanchorNotes } from '../annotate/notes';
import { mergeNotes, type NotesMerge } from '../annotate/merge';

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
}

/** Files an import under its report (same organisation and year), creating the report if needed. */
export async function saveDraft(db: KkfzDb, input: NewDraft): Promise<{ report: ReportRecord; draft: DraftRecord }> {
  return db.transaction('rw', [db.reports, db.drafts, db.images, db.notes], async () => {
    const year = input.analysis.effectiveYear;
    const existing = await db.reports.where('organisation').equals(input.organisation).filter((r) => r.year === year).first();
    const at = now();
    const report: ReportRecord = existing
      ? { ...existing, updatedAt: at }
      : { id: newId(), organisation: input.organisation, year, title: input.analysis.document.title ?? input.fileName, createdAt: at, updatedAt: at };
    const document = { ...input.analysis.document, images: input.analysis.document.images.map(({ data: _data, ...ref }) => ref) };
    const draft: DraftRecord = { id: newId(), reportId: report.id, fileName: input.fileName, sizeBytes: input.sizeBytes, importedAt: at, analysis: { ...input.analysis, document } };
    await db.reports.put(report);
    await db.drafts.add(draft);
    const images: DraftImage[] = input.images.filter((i) => i.data).map((i) => ({ id: `${draft.id}:${i.id}`, draftId: draft.id, contentType: i.contentType, data: i.data! }));
    if (images.length) await db.images.bulkAdd(images);
    // the report's notes move onto the new draft, or become unplaced; none is lost
    const notes = await db.notes.where('reportId').equals(report.id).toArray();
    if (notes.length) await db.notes.bulkPut(reanchorNotes(notes, draft));
    return { report, draft };
  });
}

export async function listReports(db: KkfzDb): Promise<{ report: ReportRecord; drafts: DraftRecord[] }[]> {
  const reports = await db.reports.orderBy('updatedAt').reverse().toArray();
  return Promise.all(reports.map(async (report) => ({ report, drafts: await db.drafts.where('reportId').equals(report.id).sortBy('importedAt') })));
}

export async function setCorrection(db: KkfzDb, draftId: string, blockId: string, pillar: number, themes: number[]): Promise<Correction> {
  const correction: Correction = { id: correctionId(draftId, blockId), draftId, blockId, pillar, themes: [...new Set(themes)].sort((a, b) => a - b), at: now() };
  await db.corrections.put(correction);
  return correction;
}

export async function removeCorrection(db: KkfzDb, draftId: string, blockId: string): Promise<void> {
  await db.corrections.delete(correctionId(draftId, blockId));
}

export function correctionsOf(db: KkfzDb, draftId: string): Promise<Correction[]> {
  return db.corrections.where('draftId').equals(draftId).toArray();
}

export async function setProgress(db: KkfzDb, reportId: string, itemId: string, change: Partial<Pick<ProgressEntry, 'status' | 'owner' | 'note'>>): Promise<ProgressEntry> {
  const id = progressId(reportId, itemId);
  const current = (await db.progress.get(id)) ?? { id, reportId, itemId, status: 'open' as const, owner: '', note: '', updatedAt: now() };
  const next: ProgressEntry = { ...current, ...change, updatedAt: now() };
  await db.progress.put(next);
  return next;
}

export async function deleteDraft(db: KkfzDb, draftId: string): Promise<void> {
  await db.transaction('rw', db.drafts, db.corrections, db.images, async () => {
    await db.corrections.where('draftId').equals(draftId).delete();
    await db.images.where('draftId').equals(draftId).delete();
    await db.drafts.delete(draftId);
  });
}

export async function deleteReport(db: KkfzDb, reportId: string): Promise<void> {
  await db.transaction('rw', [db.reports, db.drafts, db.corrections, db.images, db.progress, db.aspects, db.notes, db.carry], async () => {
    await db.notes.where('reportId').equals(reportId).delete();
    await db.carry.where('reportId').equals(reportId).delete();
    const drafts = await db.drafts.where('reportId').equals(reportId).primaryKeys();
    for (const id of drafts) await deleteDraft(db, id);
    await db.progress.where('reportId').equals(reportId).delete();
    await db.aspects.where('reportId').equals(reportId).delete();
    await db.reports.delete(reportId);
  });
}

export async function readContents(db: KkfzDb): Promise<Contents> {
  const [reports, drafts, corrections, progress, aspects, images, notes, carry] = await Promise.all(TABLES.map((t) => db.table(t).toArray()));
  const settings = (await db.settings.get('settings'))?.value ?? null;
  return { reports, drafts, corrections, progress, aspects, images, notes, carry, settings } as Contents;
}

export async function exportBackupText(db: KkfzDb): Promise<string> {
  return JSON.stringify(toBackup(await readContents(db)));
}

export type ConflictChoice = 'keep-mine' | 'take-theirs';

/** Applies a planned restore in one transaction: all of it or, on any error, nothing. */
export async function applyRestore(db: KkfzDb, incoming: Contents, plan: RestorePlan, choice: ConflictChoice): Promise<void> {
  await db.transaction('rw', [...TABLES.map((t) => db.table(t)), db.settings], async () => {
    for (const table of TABLES) if (plan.added[table].length) await db.table(table).bulkAdd(plan.added[table]);
    if (choice === 'take-theirs') {
      for (const c of plan.conflicts) {
        const row = (incoming[c.table] as { id: string }[]).find((r) => r.id === c.id);
        if (row) await db.table(c.table).put(row);
      }
      if (incoming.settings) await db.settings.put({ key: 'settings', value: incoming.settings });
    } else if (incoming.settings && !(await db.settings.get('settings'))) {
      await db.settings.put({ key: 'settings', value: incoming.settings });
    }
  });
}

export async function restorePlanFor(db: KkfzDb, incoming: Contents): Promise<RestorePlan> {
  return planRestore(await readContents(db), incoming);
}

export async function wipe(db: KkfzDb): Promise<void> {
  await db.transaction('rw', [...TABLES.map((t) => db.table(t)), db.settings], async () => {
    for (const t of [...TABLES, 'settings'] as const) await db.table(t).clear();
  });
}

export function progressOf(db: KkfzDb, reportId: string): Promise<ProgressEntry[]> {
  return db.progress.where('reportId').equals(reportId).toArray();
}

export function aspectsOf(db: KkfzDb, reportId: string): Promise<AspectStatus[]> {
  return db.aspects.where('reportId').equals(reportId).sortBy('updatedAt');
}

/** Adds a quality aspect (without `id`) or changes one. */
export async function putAspect(db: KkfzDb, aspect: Omit<AspectStatus, 'id' | 'updatedAt'> & { id?: string }): Promise<AspectStatus> {
  const row: AspectStatus = { ...aspect, id: aspect.id ?? newId(), updatedAt: now() };
  await db.aspects.put(row);
  return row;
}

export async function removeAspect(db: KkfzDb, id: string): Promise<void> {
  await db.aspects.delete(id);
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

/** Merges notes read from a file into a report's notes (by id), placing new ones on the given draft. */
export async function importNotes(db: KkfzDb, reportId: string, incoming: Note[], draft: DraftRecord | null): Promise<NotesMerge> {
  return db.transaction('rw', db.notes, async () => {
    const merge = mergeNotes(await notesOf(db, reportId), incoming.map((n) => ({ ...n, reportId })));
    const write = draft ? reanchorNotes(merge.write, draft) : merge.write;
    if (write.length) await db.notes.bulkPut(write);
    return merge;
  });
}

/** The drafts carried forward from one report, the newest first. */
export async function carryDraftsOf(db: KkfzDb, reportId: string): Promise<CarryDraft[]> {
  return (await db.carry.where('reportId').equals(reportId).toArray()).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export async function putCarryDraft(db: KkfzDb, draft: CarryDraft): Promise<void> {
  await db.carry.put(draft);
}

/** Sets what happens to one carried block; a missing draft or block is an error, not a silent no-op. */
export async function setCarryState(db: KkfzDb, carryId: string, blockId: string, state: CarryState): Promise<CarryDraft> {
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
