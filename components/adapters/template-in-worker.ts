// The template's work in a worker, one per read or write, ended as an import's analysis is (stop, budget, crash).
import type { InspectError } from '@/lib/docx/inspect';
import type { Result } from '@/lib/result';
import { TIME_BUDGET_MS } from './job-protocol';
import type { TemplateRequest, TemplateResult, TemplateWork } from './template-protocol';
import TemplateWorker from './template.worker?worker';
import { runJob, type JobWorker } from './worker-job';

export type TemplateJobWorker = JobWorker<TemplateRequest, never, TemplateResult>;

export function templateWorkWith(start: () => TemplateJobWorker, budgetMs = TIME_BUDGET_MS): TemplateWork {
  /** The worker answers the op it was asked, so the result is that op's. The panel keeps the template's bytes (it
   * writes from them later): the worker gets a copy of their own range, moved rather than copied once more. */
  const ask = <T>(request: TemplateRequest, signal?: AbortSignal) =>
    runJob(start, budgetMs, { request, transfer: [request.bytes.buffer as ArrayBuffer], signal }) as Promise<
      Result<T, InspectError>
    >;
  return {
    collect: (bytes, signal) => ask({ op: 'collect', bytes: bytes.slice() }, signal),
    write: (bytes, entries, signal) => ask({ op: 'write', bytes: bytes.slice(), entries }, signal),
  };
}

export const templateInWorker = templateWorkWith(() => new TemplateWorker());
