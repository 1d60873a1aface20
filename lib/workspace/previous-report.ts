// Last year's report: the library's report of the same organisation for the year before, found in one place
// for the import summary, the year comparison and the Schrijfhulp, and compared with this year's.
import { compareYears, type YearComparison } from '../carry/compare';
import type { Analysis, DraftRecord, ReportRecord } from '../schema';
import type { KkfzDb } from '../storage/db';
import { loadCorrectedAnalysis, type CheckSettings } from './corrected-analysis';

/** The library as lib/storage/repository.ts `listReports` gives it: drafts sorted by import time, oldest first. */
export type Library = { report: ReportRecord; drafts: DraftRecord[] }[];

export interface PreviousReport {
  report: ReportRecord;
  /** its latest draft */
  draft: DraftRecord;
}

/** The report of `reportId`'s organisation for `year - 1` that has a draft, or null; never that report itself. */
export function previousReport(library: Library, reportId: string, year: number | null): PreviousReport | null {
  const current = library.find((r) => r.report.id === reportId);
  if (year === null || !current) return null;
  const { organisation } = current.report;
  const found = library.find(
    (r) =>
      r.report.id !== reportId &&
      r.report.organisation === organisation &&
      r.report.year === year - 1 &&
      r.drafts.length > 0,
  );
  return found ? { report: found.report, draft: found.drafts[found.drafts.length - 1]! } : null;
}

/** `current` (of report `reportId`) against last year's report as the user sees it, if the library holds one. */
export async function compareWithPrevious(
  db: KkfzDb,
  library: Library,
  reportId: string,
  current: Analysis,
  settings: CheckSettings,
): Promise<{ previous: PreviousReport; comparison: YearComparison } | null> {
  const previous = previousReport(library, reportId, current.effectiveYear);
  if (!previous) return null;
  return { previous, comparison: compareYears(await loadCorrectedAnalysis(db, previous.draft, settings), current) };
}
