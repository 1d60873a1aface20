// Notes as W3C Web Annotations (JSON-LD): an AnnotationCollection with one page. A note is an Annotation
// with a commenting body, its kind as a tagging body, and a target with a TextQuoteSelector and a
// TextPositionSelector; a reply is an Annotation with motivation "replying" whose target is the note.
// What the model has no term for (status, section hint) uses the `kkfz:` prefix declared in the context.
import { z } from 'zod';
import { NoteKind, type Note, type NoteReply, type NoteTarget } from '../schema';
import { formatBytes } from '../text/bytes';
import type { Localised } from '../text/localised';
import { fail, ok, type Result } from '../result';

const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const KKFZ_NS = 'https://kkfz-assistent.nl/ns#';
const MOTIVATION: Record<NoteKind, string> = { vraag: 'questioning', aanvulling: 'editing', akkoord: 'assessing' };

const urn = (id: string) => (id.startsWith('urn:') ? id : `urn:uuid:${id}`);
const reportSource = (reportId: string) => `urn:kkfz:report:${reportId}`;

function targetJson(reportId: string, t: NoteTarget) {
  if (t.kind === 'checklist')
    return { source: `${reportSource(reportId)}#checklist/${t.itemId}`, 'kkfz:targetKind': 'checklist' };
  const selector: object[] = [];
  if (t.quote) selector.push({ type: 'TextQuoteSelector', ...t.quote });
  if (t.position) selector.push({ type: 'TextPositionSelector', ...t.position });
  return { source: reportSource(reportId), selector, 'kkfz:targetKind': t.kind, 'kkfz:headingPath': t.headingPath };
}

export function toAnnotationCollection(notes: Note[], report: { id: string; title: string }) {
  const items = notes.flatMap((n) => [
    {
      id: urn(n.id),
      type: 'Annotation',
      motivation: MOTIVATION[n.kind],
      created: n.created,
      modified: n.modified,
      creator: { type: 'Person', name: n.author },
      body: [
        { type: 'TextualBody', purpose: 'commenting', value: n.body, format: 'text/plain', language: 'nl' },
        { type: 'TextualBody', purpose: 'tagging', value: n.kind },
      ],
      target: targetJson(report.id, n.target),
      'kkfz:status': n.status,
    },
    ...n.replies.map((r) => ({
      id: urn(r.id),
      type: 'Annotation',
      motivation: 'replying',
      created: r.created,
      creator: { type: 'Person', name: r.author },
      body: { type: 'TextualBody', purpose: 'replying', value: r.body, format: 'text/plain', language: 'nl' },
      target: urn(n.id),
    })),
  ]);
  return {
    '@context': [ANNO_CONTEXT, { kkfz: KKFZ_NS }],
    id: `${reportSource(report.id)}:notes`,
    type: 'AnnotationCollection',
    label: `Notities bij ${report.title}`,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

// ---- reading a collection back (a colleague's export, or another tool's) ----

const Iso = z.string().datetime({ offset: true });
const Creator = z.union([z.string(), z.object({ name: z.string() }).passthrough()]).optional();
const TextualBody = z
  .object({ type: z.literal('TextualBody'), value: z.string(), purpose: z.string().optional() })
  .passthrough();
const Selector = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('TextQuoteSelector'),
      exact: z.string().min(1),
      prefix: z.string().optional(),
      suffix: z.string().optional(),
    })
    .passthrough(),
  z
    .object({ type: z.literal('TextPositionSelector'), start: z.number().int().min(0), end: z.number().int().min(0) })
    .passthrough(),
]);
const KnownSelector = z.unknown().transform((s, ctx) => {
  const type = (s as { type?: unknown })?.type;
  if (type !== 'TextQuoteSelector' && type !== 'TextPositionSelector') return null; // other selector types are allowed, and ignored
  const parsed = Selector.safeParse(s);
  if (!parsed.success) {
    ctx.addIssue({ code: 'custom', message: `invalid ${type}` });
    return z.NEVER;
  }
  return parsed.data;
});
const Target = z.union([
  z.string(),
  z
    .object({
      source: z.string(),
      selector: z.union([z.array(KnownSelector), KnownSelector]).optional(),
      'kkfz:targetKind': z.enum(['text', 'block', 'checklist']).optional(),
      'kkfz:headingPath': z.array(z.string()).optional(),
    })
    .passthrough(),
]);
const Annotation = z
  .object({
    id: z.string().min(1),
    type: z.union([z.literal('Annotation'), z.array(z.string()).refine((t) => t.includes('Annotation'))]),
    motivation: z.union([z.string(), z.array(z.string())]).optional(),
    created: Iso.optional(),
    modified: Iso.optional(),
    creator: Creator,
    body: z.union([TextualBody, z.array(TextualBody)]).optional(),
    target: z.union([Target, z.array(Target).min(1)]),
    'kkfz:status': z.enum(['open', 'resolved']).optional(),
  })
  .passthrough();
type Annotation = z.infer<typeof Annotation>;
/** The collection without its annotations: those are checked one by one, after their number. */
const Collection = z
  .object({
    type: z.union([
      z.literal('AnnotationCollection'),
      z.array(z.string()).refine((t) => t.includes('AnnotationCollection')),
    ]),
    first: z.union([z.object({ items: z.array(z.unknown()) }).passthrough(), z.string()]),
  })
  .passthrough();

/** A file of notes is read whole and every note placed in the report: a review's notes, replies included, stay
 * far below these; more is not a review to place note by note. */
export const MAX_NOTES_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_ANNOTATIONS = 5_000;

/** `ignored`: annotations with nothing to show them on (a target without a quote, a reply to no note). */
export type ReadNotes = Result<{ notes: Note[]; ignored: number }>;

const bad = (nl: string, en: string): ReadNotes => fail({ nl, en });
const invalidAt = (where: string) =>
  bad(
    `Dit is geen geldige W3C Web Annotation-collectie (fout bij ${where}). Er is niets gewijzigd.`,
    `This is not a valid W3C Web Annotation collection (error at ${where}). Nothing was changed.`,
  );

/** Size alone: lets the panel refuse a file before reading it into memory. */
export function checkNotesFileSize(bytes: number): Localised | null {
  if (bytes <= MAX_NOTES_FILE_BYTES) return null;
  return {
    nl: `Dit notitiebestand is te groot (${formatBytes(bytes, 'nl')}; hooguit ${formatBytes(MAX_NOTES_FILE_BYTES, 'nl')}). Er is niets gewijzigd.`,
    en: `This notes file is too large (${formatBytes(bytes, 'en')}; at most ${formatBytes(MAX_NOTES_FILE_BYTES, 'en')}). Nothing was changed.`,
  };
}

const bodies = (a: Annotation) => (a.body === undefined ? [] : Array.isArray(a.body) ? a.body : [a.body]);
const creatorName = (c: Annotation['creator']) => (typeof c === 'string' ? c : (c?.name ?? ''));
const stripUrn = (id: string) => id.replace(/^urn:uuid:/, '');

/** Notes from a Web Annotation collection, attached to `reportId`; placement is left to re-anchoring. */
export function fromAnnotationCollection(text: string, reportId: string, now = new Date().toISOString()): ReadNotes {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return bad(
      'Dit bestand is geen JSON; verwacht een W3C Web Annotation-collectie.',
      'This file is not JSON; expected a W3C Web Annotation collection.',
    );
  }
  const parsed = Collection.safeParse(json);
  if (!parsed.success) return invalidAt(parsed.error.issues[0]?.path.join('.') || '(begin)');
  if (typeof parsed.data.first === 'string') {
    return bad(
      'De collectie verwijst naar pagina’s op internet; alleen collecties met de notities erin kunnen worden ingelezen.',
      'The collection refers to pages online; only collections that contain their annotations can be read.',
    );
  }
  const entries = parsed.data.first.items;
  if (entries.length > MAX_ANNOTATIONS) {
    return bad(
      `Dit bestand bevat te veel notities en reacties (${entries.length}; hooguit ${MAX_ANNOTATIONS}). Er is niets gewijzigd.`,
      `This file holds too many notes and replies (${entries.length}; at most ${MAX_ANNOTATIONS}). Nothing was changed.`,
    );
  }
  const items: Annotation[] = [];
  for (const [k, entry] of entries.entries()) {
    const a = Annotation.safeParse(entry);
    if (!a.success) return invalidAt(['first', 'items', k, ...(a.error.issues[0]?.path ?? [])].join('.'));
    items.push(a.data);
  }
  const notes = new Map<string, Note>();
  const replies: { to: string; reply: NoteReply }[] = [];
  let ignored = 0;
  for (const a of items) {
    const motivations = [a.motivation ?? []].flat();
    const firstTarget = [a.target].flat()[0]!;
    const text = bodies(a).find((b) => b.purpose !== 'tagging')?.value ?? '';
    if (motivations.includes('replying') && typeof firstTarget === 'string') {
      replies.push({
        to: stripUrn(firstTarget),
        reply: { id: stripUrn(a.id), author: creatorName(a.creator), created: a.created ?? now, body: text },
      });
      continue;
    }
    if (typeof firstTarget === 'string') {
      ignored++;
      continue;
    }
    const selectors = [firstTarget.selector ?? []].flat().filter((s) => s !== null);
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
    const position = selectors.find((s) => s.type === 'TextPositionSelector');
    const checklistItem = /#checklist\/(.+)$/.exec(firstTarget.source)?.[1];
    const kind = firstTarget['kkfz:targetKind'] ?? (checklistItem ? 'checklist' : quote ? 'text' : null);
    if (!kind || (kind !== 'checklist' && !quote)) {
      ignored++; // nothing we can show it on
      continue;
    }
    const tag = bodies(a).find((b) => b.purpose === 'tagging' && NoteKind.safeParse(b.value).success)?.value;
    const byMotivation = (Object.entries(MOTIVATION) as [NoteKind, string][]).find(([, m]) =>
      motivations.includes(m),
    )?.[0];
    const target: NoteTarget = {
      kind,
      headingPath: firstTarget['kkfz:headingPath'] ?? [],
      ...(quote && { quote: { exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' } }),
      ...(position && { position: { start: position.start, end: position.end } }),
      ...(checklistItem && { itemId: checklistItem }),
    };
    const created = a.created ?? now;
    notes.set(stripUrn(a.id), {
      id: stripUrn(a.id),
      reportId,
      target,
      kind: (tag as NoteKind | undefined) ?? byMotivation ?? 'vraag',
      body: text,
      author: creatorName(a.creator),
      created,
      modified: a.modified ?? created,
      status: a['kkfz:status'] ?? 'open',
      replies: [],
      placement: null,
    });
  }
  for (const { to, reply } of replies) {
    const note = notes.get(to);
    if (note) note.replies.push(reply);
    else ignored++;
  }
  for (const n of notes.values()) n.replies.sort((x, y) => x.created.localeCompare(y.created));
  return ok({ notes: [...notes.values()], ignored });
}
