// Execute: the template's own XML edited in place. Placeholder paragraphs give way to the text's paragraphs, lists
// and tables (in the placeholder's paragraph style, or the house's body style under a bare heading); a placeholder
// inside a line gives way to the text in the line; an empty cell gets it with its cell and paragraph properties
// kept; a content control gets it inside its content. Every other part of the package goes back byte for byte; a
// place not ticked, or without text, keeps what it shows and is listed as left.
import type { InspectError, InspectLimits } from '../docx/inspect';
import { ok, type Result } from '../result';
import { blocksFor, houseLook, lookOf, runProps, runs, runsFor, type Build } from './build';
import { commentsFor } from './comments';
import { controlInfo, isSlotControl } from './controls';
import { DOCUMENT, readTemplateDoc } from './document';
import { houseStyle } from './house-style';
import { lineOf, type Line } from './inline';
import type { Piece } from './pieces';
import type { TemplateEntry } from './plan';
import { zipPackage } from './package';
import { Edits } from './edits';
import { all, isW, kid, kids, make, parseXml, remove, runsOf, serializeXml, textElement, up } from './xml';

export interface WriteOptions {
  /** when the comments were made (ISO); now by default */
  date?: string;
  limits?: Partial<InspectLimits>;
}

export interface Written {
  bytes: Uint8Array;
  /** slot keys, in the plan's order */
  filled: string[];
  left: string[];
}

/** An entry with the elements it writes to, found before anything changes (the places count the original XML). */
type Target =
  | { kind: 'section'; paragraphs: Element[]; after: Element | null }
  | { kind: 'inline'; paragraph: Element; start: number; end: number }
  | { kind: 'cell'; cell: Element }
  | { kind: 'control'; sdt: Element };

/** Every element the entry points at is in the document (an entry of another template's plan is not). */
function found(t: Target): boolean {
  if (t.kind === 'section') return t.paragraphs.every(Boolean) && (t.paragraphs.length > 0 || !!t.after);
  return !!(t.kind === 'inline' ? t.paragraph : t.kind === 'cell' ? t.cell : t.sdt);
}

const firstRun = (el: Element): Element | null => (el.localName === 'p' ? runsOf(el) : all(el, 'r'))[0] ?? null;

/** What the writer edits with: the build, and the edits around paragraphs and controls, applied once at the end. */
type Writing = Build & { edits: Edits };

/** A paragraph that ends a section of the page layout stays (emptied): its w:sectPr is the layout. */
function removeParagraph(b: Writing, p: Element): void {
  const pPr = kid(p, 'pPr');
  if (!pPr || !kid(pPr, 'sectPr')) b.edits.remove(p);
  else for (const c of kids(p)) if (c !== pPr) remove(c);
}

function fillSection(b: Writing, t: Extract<Target, { kind: 'section' }>, pieces: Piece[]): void {
  const [first] = t.paragraphs;
  if (!first) {
    b.edits.insertAfter(blocksFor(b, pieces, houseLook(b)), t.after!);
    return;
  }
  b.edits.insertBefore(blocksFor(b, pieces, lookOf(b, first, firstRun(first))), first);
  for (const p of t.paragraphs) removeParagraph(b, p);
}

/** The cell's content gives way; its properties (w:tcPr) and its paragraph's look stay. */
function fillCell(b: Writing, tc: Element, pieces: Piece[]): void {
  const p = all(tc, 'p')[0] ?? null;
  const look = lookOf(b, p, p && firstRun(p));
  for (const c of kids(tc)) if (!isW(c, 'tcPr')) remove(c);
  for (const el of blocksFor(b, pieces, look, true)) tc.appendChild(el);
}

/** A run of the line cut to the text it keeps, with its own properties. */
function cutRun(b: Build, r: Element, text: string): Element {
  const copy = make(b.doc, 'r');
  const props = kid(r, 'rPr');
  if (props) copy.appendChild(props.cloneNode(true));
  copy.appendChild(textElement(b.doc, text));
  return copy;
}

/** `line`: the paragraph's line as it is now (places later in the same line are filled first). */
function fillInline(b: Writing, t: Extract<Target, { kind: 'inline' }>, line: Line, pieces: Piece[]): void {
  const [head, ...rest] = pieces;
  const inLine = head?.kind === 'paragraph' ? [head] : [];
  const touched = line.segments.filter((s) => s.start < t.end && s.end > t.start);
  touched.forEach((s, k) => {
    const text = line.text.slice(s.start, s.end);
    const before = text.slice(0, Math.max(0, t.start - s.start));
    const after = text.slice(Math.min(text.length, t.end - s.start));
    const nodes: Node[] = [];
    if (before) nodes.push(cutRun(b, s.run, before));
    if (k === 0 && inLine.length) nodes.push(...runsFor(b, inLine, runProps(b, kid(s.run, 'rPr'))));
    if (after) nodes.push(cutRun(b, s.run, after));
    // inside one line: a paragraph's few runs, edited in place
    for (const n of nodes) s.run.parentNode!.insertBefore(n, s.run);
    remove(s.run);
  });
  const more = inLine.length ? rest : pieces;
  if (!more.length) return;
  // what does not fit in the line follows it, in the line's paragraph style
  b.edits.insertAfter(blocksFor(b, more, lookOf(b, t.paragraph), up(t.paragraph, 'tc') !== null), t.paragraph);
}

function fillControl(b: Writing, sdt: Element, pieces: Piece[]): void {
  const info = controlInfo(sdt);
  const pr = kid(sdt, 'sdtPr');
  const shown = pr && kid(pr, 'showingPlcHdr');
  if (shown) remove(shown);
  const content = kid(sdt, 'sdtContent') ?? sdt.appendChild(make(b.doc, 'sdtContent'));
  if (info.level === 'cell') {
    const tc = kid(content, 'tc');
    if (tc) fillCell(b, tc, pieces);
    return;
  }
  if (info.level === 'block') {
    const p = kid(content, 'p');
    const look = lookOf(b, p, p && firstRun(p));
    for (const c of kids(content)) remove(c);
    for (const el of blocksFor(b, pieces, look, up(sdt, 'tc') !== null)) content.appendChild(el);
    return;
  }
  const r = firstRun(content);
  const rPr = runProps(b, (r && kid(r, 'rPr')) ?? (pr && kid(pr, 'rPr')));
  for (const c of kids(content)) remove(c);
  if (info.type !== 'plain') {
    for (const n of runsFor(b, pieces, rPr)) content.appendChild(n);
    return;
  }
  // a plain text control holds plain runs: its text whole, a comment around the control instead of inside it
  const text = pieces
    .map((p) => (p.kind === 'table' ? '' : p.text))
    .filter(Boolean)
    .join(info.multiLine ? '\n' : ' ');
  const notes = [...new Set(pieces.flatMap((p) => (p.kind === 'table' ? p.notes : p.marks.flatMap((m) => m.notes))))];
  for (const n of runs(b, text, [], rPr)) content.appendChild(n);
  if (notes.length) {
    const id = String(b.comments.add(notes));
    b.edits.insertBefore([make(b.doc, 'commentRangeStart', { id })], sdt);
    b.edits.insertAfter(
      [make(b.doc, 'commentRangeEnd', { id }), make(b.doc, 'r', {}, make(b.doc, 'commentReference', { id }))],
      sdt,
    );
  }
}

/** The template with every ticked entry that has text written in; the others keep their placeholder. */
export function writeTemplate(
  bytes: Uint8Array,
  entries: readonly TemplateEntry[],
  options: WriteOptions = {},
): Result<Written, InspectError> {
  const read = readTemplateDoc(bytes, options.limits);
  if (!read.ok) return read;
  const t = read.value;
  const targets = entries.map((e): Target => {
    const w = e.where;
    if (w.kind === 'section')
      return {
        kind: 'section',
        paragraphs: w.paragraphs.map((k) => t.paragraphs[k]!),
        after: w.after === null ? null : t.paragraphs[w.after]!,
      };
    if (w.kind === 'inline')
      return { kind: 'inline', paragraph: t.paragraphs[w.paragraph]!, start: w.start, end: w.end };
    if (w.kind === 'cell') return { kind: 'cell', cell: t.cells[w.cell]! };
    return { kind: 'control', sdt: t.controls[w.control]! };
  });
  const comments = commentsFor(t.pkg, options.date ?? new Date().toISOString());
  const b: Writing = { doc: t.doc, styles: t.styles, house: houseStyle(t), comments, edits: new Edits() };
  const todo = entries
    .map((e, k) => ({ e, target: targets[k]! }))
    .filter(({ e, target }) => e.selected && e.pieces.length && found(target));
  // places inside lines first, each line from its end: what is left of a place keeps its offsets
  const inline = todo.filter((x) => x.target.kind === 'inline') as {
    e: TemplateEntry;
    target: Extract<Target, { kind: 'inline' }>;
  }[];
  for (const { e, target } of inline.sort((x, y) => y.target.start - x.target.start))
    fillInline(b, target, lineOf(target.paragraph, isSlotControl), e.pieces);
  for (const { e, target } of todo) {
    if (target.kind === 'section') fillSection(b, target, e.pieces);
    else if (target.kind === 'cell') fillCell(b, target.cell, e.pieces);
    else if (target.kind === 'control') fillControl(b, target.sdt, e.pieces);
  }
  b.edits.apply();
  const done = new Set(todo.map((x) => x.e.key));
  const filled = entries.filter((e) => done.has(e.key)).map((e) => e.key);
  const left = entries.filter((e) => !done.has(e.key)).map((e) => e.key);
  const changed = comments.parts();
  const xml = serializeXml(t.doc);
  // what goes out is read back as strictly as what came in
  for (const text of [xml, ...changed.values()]) parseXml(text);
  changed.set(DOCUMENT, xml);
  return ok({ bytes: zipPackage(t.pkg, changed), filled, left }, read.messages);
}
