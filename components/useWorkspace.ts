// The workspace's state: settings, library, the open draft with its corrections, and the analysis the views
// show (the stored one with the corrections and today's settings applied). Every write goes through `act`,
// which turns a storage failure into a message instead of losing it.
import { useMemo, useState } from 'preact/hooks';
import { applyCorrections } from '@/lib/analyse';
import type { Analysis, DraftRecord, ReportRecord, Settings } from '@/lib/schema';
import type { KkfzDb } from '@/lib/storage/db';
import { describeStorageError, type StorageProblem } from '@/lib/storage/errors';
import { correctionsOf, listReports, readSettings, saveSettings } from '@/lib/storage/repository';
import { useLive } from './useLive';

export interface Workspace {
  db: KkfzDb;
  ready: boolean;
  settings: Settings;
  library: { report: ReportRecord; drafts: DraftRecord[] }[];
  draft: DraftRecord | null;
  report: ReportRecord | null;
  /** block ids the user has corrected */
  corrected: Set<string>;
  analysis: Analysis | null;
  problem: StorageProblem | null;
  setProblem(p: StorageProblem | null): void;
  /** runs a write; on failure shows the problem and resolves to false */
  act(write: () => Promise<unknown>): Promise<boolean>;
  updateSettings(change: Partial<Settings>): Promise<boolean>;
}

export function useWorkspace(db: KkfzDb, fallback: Settings): Workspace {
  const [problem, setProblem] = useState<StorageProblem | null>(null);
  const settingsLive = useLive(() => readSettings(db), [db]);
  const settings = settingsLive.state === 'ready' ? settingsLive.value : fallback;
  const libraryLive = useLive(() => listReports(db), [db]);
  const draftId = settings.currentDraftId;
  const draftLive = useLive(async () => (draftId ? ((await db.drafts.get(draftId)) ?? null) : null), [db, draftId]);
  const correctionsLive = useLive(() => (draftId ? correctionsOf(db, draftId) : []), [db, draftId]);

  const loadError = [settingsLive, libraryLive, draftLive, correctionsLive].find((l) => l.state === 'error');
  const library = libraryLive.state === 'ready' ? libraryLive.value : [];
  const draft = draftLive.state === 'ready' ? draftLive.value : null;
  const corrections = correctionsLive.state === 'ready' ? correctionsLive.value : [];

  const analysis = useMemo(
    () => (draft ? applyCorrections(draft.analysis, corrections, { focusThemes: settings.focusThemes, thinWords: settings.thinWords }) : null),
    [draft, corrections, settings.focusThemes, settings.thinWords],
  );

  const act = async (write: () => Promise<unknown>) => {
    try {
      await write();
      return true;
    } catch (e) {
      setProblem(describeStorageError(e));
      return false;
    }
  };

  return {
    db,
    ready: [settingsLive, libraryLive].every((l) => l.state !== 'loading'),
    settings,
    library,
    draft,
    report: (draft && library.find((r) => r.report.id === draft.reportId)?.report) ?? null,
    corrected: useMemo(() => new Set(corrections.map((c) => c.blockId)), [corrections]),
    analysis,
    problem: problem ?? (loadError?.state === 'error' ? describeStorageError(loadError.error) : null),
    setProblem,
    act,
    updateSettings: (change) => act(() => saveSettings(db, { ...settings, ...change })),
  };
}
