// A draft's analysis as the user sees it, decided here for every caller (the panel, the popup, last year's
// report, a carried draft's source): the report's corrections placed on the draft, the checklist recomputed
// for the settings of now, and the report's justifications laid over it. Last year's report is checked with
// the same settings as this year's, so the two are read alike.
import { applyCorrections, type EvaluateOptions } from '../analyse';
import { applyJustifications } from '../checklist/justify';
import { placeCorrections, type CorrectionPlacement } from '../corrections/place';
import { focusOption } from '../knowledge/focus';
import type { Analysis, Correction, DraftRecord, Justification, Settings } from '../schema';
import type { KkfzDb } from '../storage/db';
import { correctionsOfReport, justificationsOf } from '../storage/repository';

/** The settings that change a check: the focus themes and the threshold for thin text. */
export type CheckSettings = Pick<Settings, 'focusThemes' | 'thinWords'>;

/** The analysis options (lib/analyse.ts) the settings give; `year` stays the analysis's own. */
export const checkOptions = (settings: CheckSettings): EvaluateOptions => ({
  focusThemes: focusOption(settings.focusThemes),
  thinWords: settings.thinWords,
});

/** What the user stored on a report: its corrections (placed on each draft) and its justified checklist items. */
export interface ReportEdits {
  corrections: Correction[];
  justifications: Justification[];
}

/** `placement`: the corrections placed on this draft, when the caller has it already. */
export function correctedAnalysis(
  draft: DraftRecord,
  edits: ReportEdits,
  settings: CheckSettings,
  placement: CorrectionPlacement = placeCorrections(edits.corrections, draft.analysis.document.blocks),
): Analysis {
  const analysis = applyCorrections(draft.analysis, edits.corrections, checkOptions(settings), placement);
  return { ...analysis, checklist: applyJustifications(analysis.checklist, edits.justifications) };
}

/** The same, with the report's corrections and justifications read from the database. */
export async function loadCorrectedAnalysis(
  db: KkfzDb,
  draft: DraftRecord,
  settings: CheckSettings,
): Promise<Analysis> {
  const corrections = await correctionsOfReport(db, draft.reportId);
  const justifications = await justificationsOf(db, draft.reportId);
  return correctedAnalysis(draft, { corrections, justifications }, settings);
}
