// The analysis as the panel calls it (in a worker in the extension, in-process in tests), how it can end without a
// result, and the messages between the panel and the worker.
import type { AnalyseOptions, AnalyseResult } from '@/lib/analyse';
import type { ImportStage } from '@/lib/docx/import';

/** `signal` stops the analysis: the worker is ended, and the promise rejects with `AnalyseStopped('cancelled')`. */
export type Analyse = (
  bytes: Uint8Array,
  options: Omit<AnalyseOptions, 'onStage'>,
  onStage: (stage: ImportStage) => void,
  signal?: AbortSignal,
) => Promise<AnalyseResult>;

/** Wall-clock budget of one analysis in the extension: the CLI bounds any accepted file at 10 s on two cores, so
 * this leaves room for a slow machine and still ends a runaway document instead of keeping the import busy. */
export const TIME_BUDGET_MS = 60_000;

export type StopReason = 'cancelled' | 'timeout' | 'crashed';

/** An analysis that ended without a result: stopped by the user, past its time budget, or its worker died (out of
 * memory, or an unexpected error). The panel says each in one line of its own; the raw cause is never shown. */
export class AnalyseStopped extends Error {
  constructor(
    readonly reason: StopReason,
    /** the budget it exceeded, for `timeout` */
    readonly budgetMs = TIME_BUDGET_MS,
  ) {
    super(`analysis ${reason}`);
    this.name = 'AnalyseStopped';
  }
}

export interface WorkerRequest {
  bytes: Uint8Array;
  options: Omit<AnalyseOptions, 'onStage'>;
}

/** `crashed`: the analysis threw (a bug, not a bad file: those come back as a result); the panel says it in one line. */
export type WorkerReply =
  { type: 'stage'; stage: ImportStage } | { type: 'done'; result: AnalyseResult } | { type: 'crashed' };
