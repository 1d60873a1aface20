// The Word-template work as the panel calls it (in a worker in the extension, in-process in tests and in Node) and
// the messages between the panel and the worker. Reading or writing a 300-page template takes seconds and a
// gigabyte, so the panel never does it on its own thread.
import type { InspectError } from '@/lib/docx/inspect';
import type { Result } from '@/lib/result';
import type { TemplateEntry } from '@/lib/template/plan';
import type { Template } from '@/lib/template/slot';
import type { Written } from '@/lib/template/write';

/** `signal` stops the work: the promise rejects with `WorkStopped('cancelled')`, as for a timeout or a crash. */
export interface TemplateWork {
  /** the template's places, or why it cannot be read */
  collect(bytes: Uint8Array, signal?: AbortSignal): Promise<Result<Template, InspectError>>;
  /** the filled template */
  write(
    bytes: Uint8Array,
    entries: readonly TemplateEntry[],
    signal?: AbortSignal,
  ): Promise<Result<Written, InspectError>>;
}

export type TemplateRequest =
  { op: 'collect'; bytes: Uint8Array } | { op: 'write'; bytes: Uint8Array; entries: readonly TemplateEntry[] };

/** the result of the request's op */
export type TemplateResult = Result<Template, InspectError> | Result<Written, InspectError>;
