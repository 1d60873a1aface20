// What goes into a place to write, as structure rather than one string: a whole section keeps the report's own
// paragraphs, list items (with their depth) and tables; a figure or a line is one paragraph. Passages the proposal
// took from several sections keep the heading each stood under as a lead-in line. Every piece carries the marks of
// what must be brought up to date in it (carry-forward flags), which the writer turns into Word comments.
import { z } from 'zod';
import type { Block } from '../schema';
import { mergeFlags, markedCells, type Mark } from '../carry/marks';
import type { FitKind } from '../fill/field-kind';
import { splitTable, tableLines } from '../fill/table-lines';
import type { TemplateSource } from './source';

const MarkShape = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  notes: z.array(z.string()),
});

export const Piece = z.discriminatedUnion('kind', [
  /** `lead`: a passage's heading above it, set apart (bold), not a heading of the template's outline */
  z.object({ kind: z.literal('paragraph'), text: z.string(), lead: z.boolean(), marks: z.array(MarkShape) }),
  z.object({
    kind: z.literal('list-item'),
    text: z.string(),
    depth: z.number().int().min(0),
    marks: z.array(MarkShape),
  }),
  z.object({
    kind: z.literal('table'),
    rows: z.array(z.array(z.string())),
    header: z.boolean(),
    marked: z.array(z.array(z.boolean())),
    notes: z.array(z.string()),
  }),
]);
export type Piece = z.infer<typeof Piece>;

export interface Proposed {
  fit: FitKind;
  text: string;
  shortened: boolean;
  blocks: number[];
}

const LIST_LINE = /^(\s*)- (.*)$/;

/** Text as pieces: a line "- …" is a list item (two spaces a level deeper), any other line a paragraph. For text
 * the user wrote or a proposal cut to a limit, whose lines no longer match the report's blocks. */
export function piecesFromText(text: string, marks: Mark[] = []): Piece[] {
  const out: Piece[] = text
    .split('\n')
    .filter((line) => line.trim())
    .map((line): Piece => {
      const item = LIST_LINE.exec(line);
      return item
        ? { kind: 'list-item', text: item[2]!.trim(), depth: Math.floor(item[1]!.length / 2), marks: [] }
        : { kind: 'paragraph', text: line.trim(), lead: false, marks: [] };
    });
  // marks that cannot be placed in the text any more cover its first piece whole
  const first = out[0];
  if (first && first.kind !== 'table' && marks.length)
    first.marks = [{ start: 0, end: first.text.length, notes: [...new Set(marks.flatMap((m) => m.notes))] }];
  return out;
}

function tablePiece(b: Block, text: string, marks: Mark[]): Piece {
  const rows = b.rows ?? [[b.text]];
  const kept = rows.map((_, k) => k).filter((k) => rows[k]!.some((c) => c.trim()));
  const split = splitTable(rows);
  const lines = tableLines(rows);
  const body = kept.slice(split.header ? 1 : 0);
  // a planning table that names many themes gave only its rows for the item (lib/fill/passages.ts)
  const rowsIn = [...(split.header ? [kept[0]!] : []), ...body.filter((_, k) => text.includes(lines[k]!))];
  const marked = markedCells(rows, b.text, marks);
  return {
    kind: 'table',
    rows: rowsIn.map((k) => rows[k]!),
    header: split.header !== null,
    marked: rowsIn.map((k) => marked[k]!),
    notes: [...new Set(marks.flatMap((m) => m.notes))],
  };
}

/** The pieces of a proposal, from the report's blocks where the proposal is their text whole. */
export function piecesOf(entry: Proposed, source: TemplateSource, lang: 'nl' | 'en' = 'nl'): Piece[] {
  if (!entry.text) return [];
  const marksOf = (b: Block) => mergeFlags(source.flags?.get(b.i) ?? [], b.text.length, lang);
  const used = entry.blocks.map((i) => source.blocks[i]!).filter(Boolean);
  if (entry.fit !== 'long' || entry.shortened || !used.length) {
    // of a figure's table or sentence, the flags on what was taken ("122"), else all of them
    const marks = used.flatMap((b) => marksOf(b).map((m) => ({ m, words: b.text.slice(m.start, m.end) })));
    const own = marks.filter((x) => entry.text.includes(x.words));
    return piecesFromText(
      entry.text,
      (own.length ? own : marks).map((x) => x.m),
    );
  }
  const out: Piece[] = [];
  let at = '';
  for (const b of used) {
    const heading = b.headingPath.at(-1) ?? '';
    // the proposal named the section it took this from: so does the structure
    if (heading && heading !== at && entry.text.includes(`${heading}\n`))
      out.push({ kind: 'paragraph', text: heading, lead: true, marks: [] });
    at = heading;
    if (b.kind === 'table') out.push(tablePiece(b, entry.text, marksOf(b)));
    else if (b.kind === 'list-item')
      out.push({ kind: 'list-item', text: b.text, depth: b.depth ?? 0, marks: marksOf(b) });
    else if (b.kind === 'paragraph') out.push({ kind: 'paragraph', text: b.text, lead: false, marks: marksOf(b) });
  }
  return out;
}
