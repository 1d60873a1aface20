// Every data shape of the core, as a zod schema; types come from z.infer.
import { z } from 'zod';
import { BlockPillar, ThemeNumber } from './knowledge/shape';
import { Lang, Localised } from './text/localised';

/** the framework's pillars and themes (lib/knowledge/shape.ts); a block's pillar 0 is the general part */
export const PillarId = BlockPillar;
export type PillarId = z.infer<typeof PillarId>;
export const ThemeId = ThemeNumber;
export type ThemeId = z.infer<typeof ThemeId>;

/** A warning or note that travels with a Result (lib/result.ts) instead of being thrown. */
export const Message = z.object({
  type: z.enum(['warning', 'info', 'error']),
  /** stable machine code, e.g. `headings-guessed`, `tracked-deletions` */
  code: z.string(),
  /** the text for the user */
  ...Localised.shape,
});
export type Message = z.infer<typeof Message>;

export const BlockKind = z.enum(['heading', 'paragraph', 'list-item', 'table']);
export type BlockKind = z.infer<typeof BlockKind>;

export const Block = z.object({
  /** index in document order, as in the corpus gold */
  i: z.number().int().min(0),
  /** stable id: same text at the same occurrence gives the same id on every import */
  id: z.string(),
  kind: BlockKind,
  /** whitespace-normalised text */
  text: z.string(),
  /** the block's HTML as produced by mammoth (unsanitised: sanitise before rendering) */
  html: z.string(),
  /** heading level 1–6, headings only */
  level: z.number().int().min(1).max(6).optional(),
  /** true when the heading was recognised from formatting or wording rather than a heading style */
  guessed: z.boolean().optional(),
  /** nesting depth of a list item, 0 = top level */
  depth: z.number().int().min(0).optional(),
  /** cell texts of a table, row by row */
  rows: z.array(z.array(z.string())).optional(),
  /** texts of the headings above this block, outermost first (a heading's own path excludes itself) */
  headingPath: z.array(z.string()),
  /** index of the nearest heading above, or null */
  parent: z.number().int().nullable(),
});
export type Block = z.infer<typeof Block>;

export const ImageRef = z.object({
  id: z.string(),
  contentType: z.string(),
  altText: z.string().optional(),
  /** bytes, only when the import was asked to keep images */
  data: z.instanceof(Uint8Array).optional(),
});
export type ImageRef = z.infer<typeof ImageRef>;

export const ImportedDocument = z.object({
  blocks: z.array(Block),
  images: z.array(ImageRef),
  /** document title from the core properties or the first heading, if any */
  title: z.string().nullable(),
});
export type ImportedDocument = z.infer<typeof ImportedDocument>;

export const Mapping = z.object({
  i: z.number().int().min(0),
  pillar: PillarId,
  themes: z.array(ThemeId),
  /** 0..1 */
  confidence: z.number().min(0).max(1),
  /** human-readable reasons, most decisive first ("kop: PIJLER 2 - Forensisch vakmanschap", "woorden: opleidingsplan") */
  evidence: z.array(z.string()),
  /** where the pillar came from */
  basis: z.enum(['section', 'topic', 'user']),
  /** the named mapping rule that decided the pillar (lib/classify/rules.ts); absent in analyses stored before rules had names */
  rule: z.string().optional(),
});
export type Mapping = z.infer<typeof Mapping>;

export const ChecklistLevel = z.enum(['required', 'recommended']);
export const ChecklistStatus = z.enum(['present', 'thin', 'missing']);
export type ChecklistStatus = z.infer<typeof ChecklistStatus>;

/** Why a checklist item is not in the report on purpose: it does not apply, or it was left out deliberately. */
export const JustificationKind = z.enum(['niet-van-toepassing', 'bewust-weggelaten']);
export type JustificationKind = z.infer<typeof JustificationKind>;

export const ChecklistVerdict = z.object({
  id: z.string(),
  label: z.string(),
  level: ChecklistLevel,
  status: ChecklistStatus,
  /** block indices */
  evidence: z.array(z.number().int().min(0)),
  /** number of words of its own content */
  words: z.number().int().min(0),
  /** why this status, in Dutch */
  reason: z.string(),
  /** the user's stated reason for leaving the item out: it then counts as justified, not missing or thin */
  justified: z.object({ kind: JustificationKind, reason: z.string() }).optional(),
});
export type ChecklistVerdict = z.infer<typeof ChecklistVerdict>;

export const YearGuess = z.object({
  year: z.number().int().nullable(),
  evidence: z.string().nullable(),
});
export type YearGuess = z.infer<typeof YearGuess>;

/** One analysed report: the import, the mapping of every block, the reporting year and the checklist. */
export const Analysis = z.object({
  document: ImportedDocument,
  mappings: z.array(Mapping),
  year: YearGuess,
  /** the year the checklist was evaluated for: the user's override, else the detected year */
  effectiveYear: z.number().int().nullable(),
  /** the themes that are required items this time, ascending */
  focusThemes: z.array(ThemeId),
  /** where they came from: the year's schedule (lib/knowledge/focus.json), the user's choice (Opties, --focus),
   * or the user's choice of none; absent in analyses stored before it was recorded */
  focusSource: z.enum(['year', 'options', 'none']).optional(),
  checklist: z.array(ChecklistVerdict),
  messages: z.array(Message),
});
export type Analysis = z.infer<typeof Analysis>;

// ── Stored in the browser (Dexie) ─────────────────────────────────────────────

const IsoTime = z.string().datetime({ offset: true });

/** A report of one organisation for one year; it holds one or more drafts. */
export const ReportRecord = z.object({
  id: z.string(),
  organisation: z.string(),
  year: z.number().int().nullable(),
  title: z.string(),
  createdAt: IsoTime,
  updatedAt: IsoTime,
});
export type ReportRecord = z.infer<typeof ReportRecord>;

/** One imported .docx of a report, with its analysis as computed at import. */
export const DraftRecord = z.object({
  id: z.string(),
  reportId: z.string(),
  fileName: z.string(),
  sizeBytes: z.number().int().min(0),
  importedAt: IsoTime,
  /** SHA-256 of the file's bytes, lowercase hex; absent in drafts imported before version 5 */
  sha256: z.string().optional(),
  analysis: Analysis,
});
export type DraftRecord = z.infer<typeof DraftRecord>;

/** Where a correction belongs: the corrected block's text (a whole-block quote, as a note on a block has) with
 * its position and section in the draft it was last anchored on. Null only for a correction carried over
 * from before version 5 whose block its draft did not hold: it cannot be placed, and is listed as such. */
export const CorrectionTarget = z.object({
  kind: z.literal('block'),
  quote: z.object({ exact: z.string().min(1), prefix: z.string(), suffix: z.string() }),
  position: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).optional(),
  headingPath: z.array(z.string()),
});
export type CorrectionTarget = z.infer<typeof CorrectionTarget>;

/** A user's correction of one block's mapping. It belongs to the report, not to one import: it is anchored
 * to the block's text and placed again on every draft of the report (lib/corrections/place.ts). */
export const Correction = z.object({
  id: z.string(),
  reportId: z.string(),
  /** the draft and block it was last anchored on (a fast path when that block is unchanged) */
  draftId: z.string(),
  blockId: z.string(),
  target: CorrectionTarget.nullable(),
  pillar: PillarId,
  themes: z.array(ThemeId),
  at: IsoTime,
  /** the user confirmed the automatic mapping without changing it (it still counts as a correction) */
  confirmed: z.boolean().optional(),
  /** set by a section-wide change under a heading, not one by one */
  section: z.boolean().optional(),
});
export type Correction = z.infer<typeof Correction>;

export const WorkStatus = z.enum(['open', 'bezig', 'klaar']);
export type WorkStatus = z.infer<typeof WorkStatus>;

/** Work on one checklist item of a report: status, owner, note. */
export const ProgressEntry = z.object({
  id: z.string(),
  reportId: z.string(),
  itemId: z.string(),
  status: WorkStatus,
  owner: z.string(),
  note: z.string(),
  updatedAt: IsoTime,
});
export type ProgressEntry = z.infer<typeof ProgressEntry>;

/** A checklist item of a report marked as not applicable or deliberately left out, with the reason. */
export const Justification = z.object({
  /** `${reportId}:${itemId}`: one per item */
  id: z.string(),
  reportId: z.string(),
  itemId: z.string(),
  kind: JustificationKind,
  reason: z.string().trim().min(1),
  author: z.string(),
  updatedAt: IsoTime,
});
export type Justification = z.infer<typeof Justification>;

/** The item a user chose for a form field of a portal (null: leave the field empty), used the next time the same
 * field is read on that origin. */
export const FieldChoice = z.object({
  /** `${origin} ${signature}`: one per field of a portal */
  id: z.string(),
  /** the page's origin, e.g. https://portaal.example.nl */
  origin: z.string(),
  /** what identifies the field across visits (lib/fill/signature.ts) */
  signature: z.string(),
  target: z.string().nullable(),
  at: IsoTime,
});
export type FieldChoice = z.infer<typeof FieldChoice>;

export const AspectState = z.enum(['gereed', 'in-werking', 'niet-gestart']);
export type AspectState = z.infer<typeof AspectState>;

/** Implementation status of one quality aspect (kwaliteitsaspect) for the report's year. */
export const AspectStatus = z.object({
  id: z.string(),
  reportId: z.string(),
  pillar: PillarId,
  /** the aspect's name: a known aspect's title, or the user's own words */
  aspect: z.string(),
  /** the known aspect (lib/knowledge/aspects.json) this row is for; absent for the user's own aspects */
  aspectId: z.string().optional(),
  status: AspectState,
  updatedAt: IsoTime,
});
export type AspectStatus = z.infer<typeof AspectStatus>;

export const DraftImage = z.object({
  id: z.string(),
  draftId: z.string(),
  contentType: z.string(),
  data: z.instanceof(Uint8Array),
});
export type DraftImage = z.infer<typeof DraftImage>;

/** A Word template the organisation fills each year, kept with the items the user chose for its places. */
export const TemplateRecord = z.object({
  id: z.string(),
  /** the file name it was picked as */
  name: z.string().min(1),
  size: z.number().int().min(0),
  sha256: z.string(),
  addedAt: IsoTime,
  usedAt: IsoTime,
  /** per place key, the item the user chose (null: leave the place as it is) */
  targets: z.record(z.string(), z.string().nullable()),
  data: z.instanceof(Uint8Array),
});
export type TemplateRecord = z.infer<typeof TemplateRecord>;

/** The focus themes the user chose: null = the report year's (the schedule), 'none' = none, else these.
 * Settings stored before the choice existed hold `[]`, the untouched default then (the options page had no
 * other way to leave it): it reads as null, the year's themes. */
export const FocusChoice = z.preprocess(
  (v) => (v === undefined || (Array.isArray(v) && v.length === 0) ? null : v),
  z.union([z.literal('none'), z.array(ThemeId).min(1)]).nullable(),
);
export type FocusChoice = z.infer<typeof FocusChoice>;

export const Settings = z.object({
  organisation: z.string(),
  year: z.number().int().nullable(),
  focusThemes: FocusChoice,
  thinWords: z.number().int().min(1).max(2000),
  language: Lang,
  authorName: z.string(),
  /** the draft the workspace shows; absent in settings written before it existed */
  currentDraftId: z.string().nullable().default(null),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  organisation: '',
  year: null,
  focusThemes: null,
  thinWords: 80,
  language: 'nl',
  authorName: '',
  currentDraftId: null,
};

// ---- review notes (W3C Web Annotation model, stored in our own shape) ----

export const NoteKind = z.enum(['vraag', 'aanvulling', 'akkoord']);
export type NoteKind = z.infer<typeof NoteKind>;

/** TextQuoteSelector: the quoted text with a little context, taken within its block. */
export const TextQuote = z.object({ exact: z.string().min(1), prefix: z.string(), suffix: z.string() });
export type TextQuote = z.infer<typeof TextQuote>;

/** What a note is about: a passage, a whole block, or a checklist item. Selectors refer to the draft the
 * note was made on; `headingPath` is the section hint for re-anchoring. */
export const NoteTarget = z.object({
  kind: z.enum(['text', 'block', 'checklist']),
  quote: TextQuote.optional(),
  /** TextPositionSelector in the document text (blocks joined by newlines) */
  position: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).optional(),
  headingPath: z.array(z.string()),
  itemId: z.string().optional(),
});
export type NoteTarget = z.infer<typeof NoteTarget>;

/** Where a note sits in one draft; null in a note means it could not be placed there. */
export const Placement = z.object({
  draftId: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /** index of the block the passage starts in */
  block: z.number().int().min(0),
  score: z.number().min(0).max(1),
});
export type Placement = z.infer<typeof Placement>;

export const NoteReply = z.object({ id: z.string(), author: z.string(), created: IsoTime, body: z.string() });
export type NoteReply = z.infer<typeof NoteReply>;

export const Note = z.object({
  id: z.string(),
  reportId: z.string(),
  target: NoteTarget,
  kind: NoteKind,
  body: z.string(),
  author: z.string(),
  created: IsoTime,
  modified: IsoTime,
  status: z.enum(['open', 'resolved']),
  replies: z.array(NoteReply),
  /** in the draft last anchored against; null = not placed there ("niet geplaatst") */
  placement: Placement.nullable(),
});
export type Note = z.infer<typeof Note>;

// ---- carrying last year's report forward ----

/** Why a passage of last year's report may no longer be true this year. */
export const StaleReason = z.enum([
  /** a statement about the reporting year written as current ("In 2025 is …", "momenteel …") */
  'current-year',
  /** a goal, plan or point of attention ("Doel voor 2025", "Activiteiten voor 2026") that now needs a result */
  'goal',
  /** counts, percentages, amounts or dates in kengetallen and tables */
  'figures',
  /** a status table whose year columns need a column for the new year */
  'status-table',
]);
export type StaleReason = z.infer<typeof StaleReason>;

export const StaleFlag = z.object({
  reason: StaleReason,
  /** range in the block's whitespace-normalised text, in UTF-16 code units */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /** the words that decided it, quoted from the text or the heading above */
  evidence: z.string(),
  /** why, for the user */
  ...Localised.shape,
});
export type StaleFlag = z.infer<typeof StaleFlag>;

export const CarryState = z.enum(['keep', 'update', 'drop']);
export type CarryState = z.infer<typeof CarryState>;

/** One block of last year's report in this year's draft: where it is filed (pillar, theme) and what to do with it. */
export const CarryItem = z.object({
  /** the source block's stable id */
  blockId: z.string(),
  /** the source block's index in last year's draft */
  i: z.number().int().min(0),
  kind: BlockKind,
  text: z.string(),
  level: z.number().int().min(1).max(6).optional(),
  depth: z.number().int().min(0).optional(),
  rows: z.array(z.array(z.string())).optional(),
  pillar: PillarId,
  /** the theme section it is filed under; null = the pillar's general part */
  theme: ThemeId.nullable(),
  /** every theme the block addresses */
  themes: z.array(ThemeId),
  flags: z.array(StaleFlag),
  state: CarryState,
});
export type CarryItem = z.infer<typeof CarryItem>;

/** A quality aspect's status in year N, carried into the draft for N+1. */
export const CarryAspect = z.object({
  /** the known aspect; absent for the user's own */
  aspectId: z.string().optional(),
  pillar: PillarId,
  aspect: z.string(),
  /** null: no status known for year N */
  status: AspectState.nullable(),
});
export type CarryAspect = z.infer<typeof CarryAspect>;

/** A draft for year N+1 made from a stored report for year N, in the KKFZ structure. */
export const CarryDraft = z.object({
  id: z.string(),
  /** the report (year N) it was made from */
  reportId: z.string(),
  sourceDraftId: z.string(),
  organisation: z.string(),
  fromYear: z.number().int(),
  year: z.number().int(),
  title: z.string(),
  createdAt: IsoTime,
  updatedAt: IsoTime,
  /** in KKFZ order: general, pillar 1 (its general part, then theme 1, 2, …), …, pillar 5 */
  items: z.array(CarryItem),
  /** per pillar, the known aspects in the framework's order, then the user's own; absent in drafts made before */
  aspects: z.array(CarryAspect).optional(),
});
export type CarryDraft = z.infer<typeof CarryDraft>;
