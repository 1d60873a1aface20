// Messages between the panel and the analysis worker.
import type { AnalyseOptions, AnalyseResult } from '@/lib/analyse';
import type { ImportStage } from '@/lib/docx/import';

export interface WorkerRequest {
  bytes: Uint8Array;
  options: Omit<AnalyseOptions, 'onStage'>;
}

export type WorkerReply = { type: 'stage'; stage: ImportStage } | { type: 'done'; result: AnalyseResult } | { type: 'crashed'; message: string };
