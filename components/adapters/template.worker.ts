// The template's work off the UI thread: a template the size of a 300-page report takes seconds and a gigabyte.
import { collectTemplate } from '@/lib/template/collect';
import { writeTemplate } from '@/lib/template/write';
import type { TemplateRequest, TemplateResult } from './template-protocol';
import { serveJob } from './serve-job';

serveJob<TemplateRequest, never, TemplateResult>(
  (request) =>
    request.op === 'collect' ? collectTemplate(request.bytes) : writeTemplate(request.bytes, request.entries),
  // the written template moves to the panel instead of being copied
  (result) => (result.ok && 'bytes' in result.value ? [result.value.bytes.buffer as ArrayBuffer] : []),
);
