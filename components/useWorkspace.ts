// The workspace's state: settings, library, the open draft with its corrections, and the analysis the views
// show (the stored one with the corrections and today's settings applied). Every write goes through `act`,
// which turns a storage failure into a message instead of losing it.
import { useMemo, useState } from 'preact/hooks';
import { placeCorrections } from '@/lib/corrections/place';
import type { Analysis, Correction, DraftRecord, Justification, ReportRecord, Settings } from '@/lib/schema';
import type { KkfzDb } from '@/lib/storage/db';
import { describeStorageError, type StorageProblem } from '@/lib/storage/errors';
import {
  correctionsOfReport,
  justificationsOf,
  listReports,
  readSettings,
  saveSettings,
} from '@/lib/storage/repository';
import { correctedAnalysis } from '@/lib/workspace/corrected-analysis';
import type { Library } from '@/lib/workspace/previous-report';
import { useLive } from './useLive';

export interface Workspace {
  db: KkfzDb;
  ready: boolean;
  settings: Settings;
  library: Library;
  draft: DraftRecord | null;
  report: ReportRecord | null;
  /** block ids of the open draft that carry a placed correction */
  corrected: Set<string>;
  /** the correction placed on each block of the open draft, by block id */
  correctionOn: Map<string, Correction>;
  /** the report's corrections that could not be placed surely on the open draft */
  unplaced: Correction[];
  /** the report's checklist items marked not applicable or left out on purpose, by item id */
  justifications: Map<string, Justification>;
  analysis: Analysis | null;
  problem: StorageProblem | null;
  setProblem(p: StorageProblem | null): void;
  /** runs a write; on failure shows the problem and resolves to false */
  act(write: () => Promise<unknown>): Promise<boolean>;
  updateSettings(change: Partial<Settings>): Promise<boolean>;
}

const EMPTY_PLACED = new Map<string, Correction>();
const NONE: Justification[] = [];

export function useWorkspace(db: KkfzDb, fallback: Settings): Workspace {
  const [problem, setProblem] = useState<StorageProblem | null>(null);
  const settingsLive = useLive(() => readSettings(db), [db]);
  const settings = settingsLive.state === 'ready' ? settingsLive.value : fallback;
  const libraryLive = useLive(() => listReports(db), [db]);
  const draftId = settings.currentDraftId;
  const draftLive = useLive(async () => (draftId ? ((await db.drafts.get(draftId)) ?? null) : null), [db, draftId]);
  const draftLoaded = draftLive.state === 'ready' ? draftLive.value : null;
  // the report's corrections, whichever draft they were made on
  const reportId = draftLoaded?.reportId ?? null;
  const correctionsLive = useLive(() => (reportId ? correctionsOfReport(db, reportId) : []), [db, reportId]);
  const justificationsLive = useLive(() => (reportId ? justificationsOf(db, reportId) : NONE), [db, reportId]);

  const loadError = [settingsLive, libraryLive, draftLive, correctionsLive, justificationsLive].find(
    (l) => l.state === 'error',
  );
  const library = libraryLive.state === 'ready' ? libraryLive.value : [];
  const draft = draftLive.state === 'ready' ? draftLive.value : null;
  const corrections = correctionsLive.state === 'ready' ? correctionsLive.value : [];
  const justifications = justificationsLive.state === 'ready' ? justificationsLive.value : NONE;

  const placement = useMemo(
    () => (draft ? placeCorrections(corrections, draft.analysis.document.blocks) : null),
    [draft, corrections],
  );
  const analysis = useMemo(
    () => (draft && placement ? correctedAnalysis(draft, { corrections, justifications }, settings, placement) : null),
    [draft, placement, justifications, settings.focusThemes, settings.thinWords],
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
    corrected: useMemo(() => new Set(placement?.byBlock.keys() ?? []), [placement]),
    correctionOn: placement?.byBlock ?? EMPTY_PLACED,
    unplaced: placement?.unplaced ?? [],
    justifications: useMemo(() => new Map(justifications.map((j) => [j.itemId, j])), [justifications]),
    analysis,
    problem: problem ?? (loadError?.state === 'error' ? describeStorageError(loadError.error) : null),
    setProblem,
    act,
    updateSettings: (change) => act(() => saveSettings(db, { ...settings, ...change })),
  };
}
