// The analysis in a worker, one per import, so a 300-page report never runs on the panel's thread.
import type { AnalyseResult } from '@/lib/analyse';
import type { ImportStage } from '@/lib/docx/import';
import AnalyseWorker from './analyse.worker?worker';
import type { Analyse, WorkerRequest } from './analyse-protocol';
import { TIME_BUDGET_MS } from './job-protocol';
import { runJob, type JobWorker } from './worker-job';

export type AnalysisWorker = JobWorker<WorkerRequest, ImportStage, AnalyseResult>;

export function analyseWith(start: () => AnalysisWorker, budgetMs = TIME_BUDGET_MS): Analyse {
  return (bytes, options, onStage, signal) =>
    // the panel is done with the bytes: they move to the worker instead of being copied
    runJob(start, budgetMs, { request: { bytes, options }, transfer: [bytes.buffer as ArrayBuffer], onStage, signal });
}

export const analyseInWorker = analyseWith(() => new AnalyseWorker());
