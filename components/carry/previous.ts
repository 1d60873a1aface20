// The report a year before this one, of the same organisation, as the comparison with last year needs it:
// its latest draft with the report's corrections placed on it.
import { applyCorrections } from '@/lib/analyse';
import { compareYears, type YearComparison } from '@/lib/carry/compare';
import type { Analysis, DraftRecord, ReportRecord } from '@/lib/schema';
import type { KkfzDb } from '@/lib/storage/db';
import { correctionsOfReport } from '@/lib/storage/repository';

export interface PreviousReport {
  report: ReportRecord;
  /** its latest draft */
  draft: DraftRecord;
}

/** The library's report of `organisation` for `year - 1` that has a draft, or null. */
export function previousReport(library: { report: ReportRecord; drafts: DraftRecord[] }[], organisation: string, year: number | null): PreviousReport | null {
  if (year === null) return null;
  const found = library.find((r) => r.report.organisation === organisation && r.report.year === year - 1 && r.drafts.length > 0);
  // drafts come sorted by import time, oldest first
  return found ? { report: found.report, draft: found.drafts[found.drafts.length - 1]! } : null;
}

/** A draft's analysis as the user sees it: with the report's corrections placed on it. */
export async function correctedAnalysis(db: KkfzDb, draft: DraftRecord): Promise<Analysis> {
  return applyCorrections(draft.analysis, await correctionsOfReport(db, draft.reportId));
}

/** The comparison of `current` with last year's report, if the library holds one. */
export async function compareWithPrevious(
  db: KkfzDb,
  library: { report: ReportRecord; drafts: DraftRecord[] }[],
  organisation: string,
  current: Analysis,
): Promise<{ previous: PreviousReport; comparison: YearComparison } | null> {
  const previous = previousReport(library, organisation, current.effectiveYear);
  if (!previous) return null;
  return { previous, comparison: compareYears(await correctedAnalysis(db, previous.draft), current) };
}
