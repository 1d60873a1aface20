// The analysis off the UI thread: a 300-page report takes seconds in mammoth, and the panel must stay usable.
import { analyseDocx, type AnalyseResult } from '@/lib/analyse';
import type { ImportStage } from '@/lib/docx/import';
import type { WorkerRequest } from './analyse-protocol';
import { serveJob } from './serve-job';

serveJob<WorkerRequest, ImportStage, AnalyseResult>(
  ({ bytes, options }, onStage) => analyseDocx(bytes, { ...options, onStage }),
  // image bytes move to the panel instead of being copied
  (result) => (result.ok ? result.value.document.images.flatMap((i) => (i.data ? [i.data.buffer] : [])) : []),
);
