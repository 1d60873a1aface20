// The report open in the workspace (settings.currentDraftId), loaded outside the panel: the popup's one line.
import type { Analysis, DraftRecord, ReportRecord } from '../schema';
import type { KkfzDb } from '../storage/db';
import { readSettings } from '../storage/repository';
import { loadCorrectedAnalysis } from './corrected-analysis';

export interface OpenReport {
  draft: DraftRecord;
  /** missing only while another page deletes it */
  report: ReportRecord | null;
  analysis: Analysis;
}

/** The open draft with its report and its analysis as the panel shows it; null when none is open. */
export async function loadOpenReport(db: KkfzDb): Promise<OpenReport | null> {
  const settings = await readSettings(db);
  const draft = settings.currentDraftId ? await db.drafts.get(settings.currentDraftId) : undefined;
  if (!draft) return null;
  const analysis = await loadCorrectedAnalysis(db, draft, settings);
  return { draft, report: (await db.reports.get(draft.reportId)) ?? null, analysis };
}
