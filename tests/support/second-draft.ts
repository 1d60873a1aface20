// Turns a report's blocks into a realistic next draft (reworded sentences, moved and inserted paragraphs,
// a removed section) and writes it as a real .docx with heading styles, lists and tables, so the second
// draft goes through the same import as the first. The edits and the notes come from a fixture file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { blockTarget, textTarget } from '../../lib/annotate/selectors';
import type { Block, NoteKind, NoteTarget } from '../../lib/schema';

type Edit =
  | { insert: { before: string; text: string } }
  | { reword: { block: string; from: string; to: string } }
  | { move: { block: string; before: string } }
  | { removeSection: string }
  | { remove: { block: string } };

export type Expectation = { type: 'exact' } | { type: 'fuzzy'; inBlock: string; contains: string } | { type: 'orphan' };

export interface FixtureNote {
  id: string;
  kind: NoteKind;
  block: string;
  nth?: number;
  exact?: string;
  whole?: boolean;
  expect: Expectation;
}

export interface AnchoringFixture {
  source: string;
  edits: Edit[];
  notes: FixtureNote[];
}

export function readAnchoringFixture(name: string): AnchoringFixture {
  return JSON.parse(
    readFileSync(join(import.meta.dirname, '../fixtures/anchoring', `${name}.json`), 'utf8'),
  ) as AnchoringFixture;
}

type DraftBlock = Pick<Block, 'kind' | 'text' | 'level' | 'depth' | 'rows'>;

export function findBlock<T extends { text: string }>(blocks: T[], start: string, nth = 0): number {
  const hits = blocks.flatMap((b, k) => (b.text.startsWith(start) ? [k] : []));
  if (hits[nth] === undefined) throw new Error(`fixture: no block ${nth} starting with “${start}”`);
  return hits[nth];
}

export function applyEdits(source: Block[], edits: Edit[]): DraftBlock[] {
  const blocks: DraftBlock[] = source.map(({ kind, text, level, depth, rows }) => ({
    kind,
    text,
    level,
    depth,
    rows: rows?.map((r) => [...r]),
  }));
  for (const edit of edits) {
    if ('insert' in edit)
      blocks.splice(findBlock(blocks, edit.insert.before), 0, { kind: 'paragraph', text: edit.insert.text });
    else if ('reword' in edit) {
      const b = blocks[findBlock(blocks, edit.reword.block)]!;
      const replace = (s: string) => {
        if (!s.includes(edit.reword.from) && b.kind !== 'table')
          throw new Error(`fixture: “${edit.reword.from}” not in “${s}”`);
        return s.replace(edit.reword.from, edit.reword.to);
      };
      if (b.rows) b.rows = b.rows.map((r) => r.map(replace));
      else b.text = replace(b.text);
    } else if ('move' in edit) {
      const [moved] = blocks.splice(findBlock(blocks, edit.move.block), 1);
      blocks.splice(findBlock(blocks, edit.move.before), 0, moved!);
    } else if ('remove' in edit) blocks.splice(findBlock(blocks, edit.remove.block), 1);
    else {
      const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === edit.removeSection);
      if (at < 0) throw new Error(`fixture: no section “${edit.removeSection}”`);
      let end = at + 1;
      while (end < blocks.length && !(blocks[end]!.kind === 'heading' && blocks[end]!.level! <= blocks[at]!.level!))
        end++;
      blocks.splice(at, end - at);
    }
  }
  return blocks;
}

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];

export async function writeDraftDocx(blocks: DraftBlock[]): Promise<Uint8Array> {
  const children = blocks.map((b) => {
    if (b.kind === 'heading') return new Paragraph({ text: b.text, heading: HEADINGS[(b.level ?? 1) - 1] });
    if (b.kind === 'list-item') return new Paragraph({ text: b.text, bullet: { level: b.depth ?? 0 } });
    if (b.kind === 'table' && b.rows) {
      const width = Math.max(...b.rows.map((r) => r.length));
      return new Table({
        rows: b.rows.map(
          (r) =>
            new TableRow({
              children: Array.from(
                { length: width },
                (_, k) => new TableCell({ children: [new Paragraph(r[k] ?? '')] }),
              ),
            }),
        ),
      });
    }
    return new Paragraph(b.text);
  });
  return new Uint8Array(await Packer.toBuffer(new Document({ creator: 'kkfz-tests', sections: [{ children }] })));
}

/** The targets a reviewer would have made on draft 1 for the fixture's notes. */
export function fixtureTargets(blocks: Block[], notes: FixtureNote[]): Map<string, NoteTarget> {
  const out = new Map<string, NoteTarget>();
  for (const n of notes) {
    const i = findBlock(blocks, n.block, n.nth);
    if (n.whole) out.set(n.id, blockTarget(blocks, i));
    else {
      const start = blocks[i]!.text.indexOf(n.exact!);
      if (start < 0) throw new Error(`fixture: “${n.exact}” not in block “${n.block}”`);
      out.set(n.id, textTarget(blocks, i, start, start + n.exact!.length));
    }
  }
  return out;
}
