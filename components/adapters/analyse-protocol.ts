// The analysis as the panel calls it (in a worker in the extension, in-process in tests) and the messages between
// the panel and the worker.
import type { AnalyseOptions, AnalyseResult } from '@/lib/analyse';
import type { ImportStage } from '@/lib/docx/import';
import type { JobReply } from './job-protocol';

/** `signal` stops the analysis: the worker is ended, and the promise rejects with `WorkStopped('cancelled')`. */
export type Analyse = (
  bytes: Uint8Array,
  options: Omit<AnalyseOptions, 'onStage'>,
  onStage: (stage: ImportStage) => void,
  signal?: AbortSignal,
) => Promise<AnalyseResult>;

export interface WorkerRequest {
  bytes: Uint8Array;
  options: Omit<AnalyseOptions, 'onStage'>;
}

export type WorkerReply = JobReply<ImportStage, AnalyseResult>;
