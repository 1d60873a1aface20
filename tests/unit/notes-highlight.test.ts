// @vitest-environment happy-dom
// The pure parts of note highlighting and selection in the Verslag view: a placement (offsets in a block's
// normalised text) as a DOM Range over exactly the quoted words, whatever whitespace, inline markup or table
// cells the shown HTML has; the passage under a click; a selection clamped to the block it starts in.
import { afterEach, describe, expect, it } from 'vitest';
import { alignText, blockRange, passageAt } from '../../components/notes/text-ranges';
import { readSelection } from '../../components/notes/selection';
import { notePassages, paintPassages, HIGHLIGHT } from '../../components/notes/highlights';
import type { PlacedNote } from '../../components/notes/useNotes';
import { splitBlocks } from '../../lib/docx/blocks';
import type { Block, Note } from '../../lib/schema';
import { documentText } from '../../lib/annotate/document-text';

/** Blocks as the importer makes them, shown as the Verslag view shows them. */
function render(html: string): Block[] {
  const blocks = splitBlocks(html);
  document.body.innerHTML = `<article class="report">${blocks
    .map(
      (b) =>
        `<div data-block-index="${b.i}" id="block-${b.i}"><div class="chips"><button>Wijzig</button></div><div class="content block-text">${b.html}</div></div>`,
    )
    .join('')}</article>`;
  return blocks;
}
const textEl = (i: number) => document.querySelector(`[data-block-index="${i}"] .block-text`)!;
const rangeOf = (blocks: Block[], i: number, quote: string) => {
  const start = blocks[i]!.text.indexOf(quote);
  expect(start, quote).toBeGreaterThanOrEqual(0);
  return blockRange(textEl(i), blocks[i]!.text, start, start + quote.length);
};

afterEach(() => {
  document.body.innerHTML = '';
  getSelection()?.removeAllRanges();
});

describe('alignText', () => {
  it('matches every character of the normalised text to its text node, skipping the DOM’s extra whitespace', () => {
    const { startAt, endAt } = alignText(['  Het ', 'beleid\n  is', ' herzien. '], 'Het beleid is herzien.');
    expect(startAt[0]).toEqual({ node: 0, offset: 2 });
    expect(startAt[4]).toEqual({ node: 1, offset: 0 }); // "beleid"
    expect(startAt[11]).toEqual({ node: 1, offset: 9 }); // "is" after the line break
    expect(endAt[21]).toEqual({ node: 2, offset: 9 }); // after the full stop
  });

  it('lets characters the DOM lacks (table separators, a space for a line break) sit where the DOM is', () => {
    const { startAt, endAt } = alignText(['Zorgsoort', 'Aantal', 'Totaal', '122'], 'Zorgsoort | Aantal / Totaal | 122');
    expect(startAt['Zorgsoort | '.length]).toEqual({ node: 1, offset: 0 });
    expect(startAt['Zorgsoort | Aantal / '.length]).toEqual({ node: 2, offset: 0 });
    expect(endAt[32]).toEqual({ node: 3, offset: 3 });
  });
});

describe('blockRange', () => {
  it('covers exactly the quote, across inline markup and entities', () => {
    const blocks = render(
      '<p>Het <strong>veiligheids</strong>beleid is&nbsp;herzien na <em>twee   incidenten</em>.</p>',
    );
    expect(blocks[0]!.text).toBe('Het veiligheidsbeleid is herzien na twee incidenten.');
    expect(rangeOf(blocks, 0, 'veiligheidsbeleid is herzien')!.toString()).toBe('veiligheidsbeleid is\u00a0herzien');
    expect(rangeOf(blocks, 0, 'twee incidenten.')!.toString()).toBe('twee   incidenten.');
  });

  it('covers a passage in a list item and in a table cell', () => {
    const blocks = render(
      '<ul><li>Eerste punt over de <a href="https://x.nl">cliëntenraad</a></li></ul><table><tr><td><p>Zorgsoort</p></td><td><p>Aantal</p></td></tr><tr><td><p>Totaal Forensische Zorg</p></td><td><p>122</p></td></tr></table>',
    );
    expect(rangeOf(blocks, 0, 'over de cliëntenraad')!.toString()).toBe('over de cliëntenraad');
    const table = blocks.findIndex((b) => b.kind === 'table');
    expect(rangeOf(blocks, table, 'Totaal Forensische Zorg | 122')!.toString()).toBe('Totaal Forensische Zorg122');
  });

  it('gives null for an empty or out-of-range passage', () => {
    const blocks = render('<p>Kort.</p>');
    expect(blockRange(textEl(0), blocks[0]!.text, 3, 3)).toBeNull();
    expect(blockRange(textEl(0), blocks[0]!.text, 9, 12)).toBeNull();
  });
});

describe('notePassages, paintPassages and passageAt', () => {
  const placed = (
    blocks: Block[],
    id: string,
    i: number,
    quote: string,
    status: Note['status'] = 'open',
  ): PlacedNote => {
    const start = documentText(blocks).starts[i]! + blocks[i]!.text.indexOf(quote);
    const note = { id, status } as Note;
    return {
      note,
      place: { draftId: 'd', start, end: start + quote.length, block: i, score: 1 },
      pillar: 0,
      themes: [],
    };
  };

  it('makes a range per placed note from its placement, and finds the passage under a point (the shortest)', () => {
    const blocks = render('<h1>Inleiding</h1><p>Zo’n 708 medewerkers en 355 vrijwilligers werken bij ons.</p>');
    const byBlock = new Map([
      [1, [placed(blocks, 'a', 1, '708 medewerkers en 355 vrijwilligers'), placed(blocks, 'b', 1, '355', 'resolved')]],
    ]);
    const passages = notePassages(document, blocks, byBlock);
    expect(passages.map((p) => [p.id, p.range.toString()])).toEqual([
      ['a', '708 medewerkers en 355 vrijwilligers'],
      ['b', '355'],
    ]);
    const node = textEl(1).querySelector('p')!.firstChild!;
    const at = (q: string) => (node.textContent ?? '').indexOf(q);
    expect(passageAt(passages, node, at('medewerkers'))?.id).toBe('a');
    expect(passageAt(passages, node, at('355') + 1)?.id).toBe('b');
    expect(passageAt(passages, node, at('werken bij'))).toBeNull();
    expect(passageAt(passages, document.querySelector('.chips button')!, 0)).toBeNull();
  });

  it('skips notes on blocks not on screen and notes without a place', () => {
    const blocks = render('<p>Een.</p><p>Twee.</p>');
    document.querySelector('[data-block-index="1"]')!.remove();
    const unplaced = { ...placed(blocks, 'c', 0, 'Een'), place: null };
    expect(
      notePassages(
        document,
        blocks,
        new Map([
          [1, [placed(blocks, 'x', 1, 'Twee')]],
          [0, [unplaced]],
        ]),
      ),
    ).toEqual([]);
  });

  it('paints open and resolved notes as two highlights where the browser has the API, and nothing where not', () => {
    const blocks = render('<p>Zo’n 708 medewerkers en 355 vrijwilligers.</p>');
    const passages = notePassages(
      document,
      blocks,
      new Map([[0, [placed(blocks, 'a', 0, '708 medewerkers'), placed(blocks, 'b', 0, '355', 'resolved')]]]),
    );
    const g = globalThis as { CSS?: unknown; Highlight?: unknown };
    const saved = { CSS: g.CSS, Highlight: g.Highlight };
    try {
      g.Highlight = undefined;
      expect(paintPassages(passages)).toBe(false);
      const registry = new Map<string, Set<Range>>();
      g.CSS = { highlights: registry, escape: (s: string) => s };
      g.Highlight = class extends Set<Range> {
        constructor(...ranges: Range[]) {
          super(ranges);
        }
      };
      expect(paintPassages(passages)).toBe(true);
      expect([...registry.get(HIGHLIGHT.open)!].map((r) => r.toString())).toEqual(['708 medewerkers']);
      expect([...registry.get(HIGHLIGHT.resolved)!].map((r) => r.toString())).toEqual(['355']);
    } finally {
      Object.assign(g, saved);
    }
  });
});

describe('readSelection', () => {
  const select = (start: [Node, number], end: [Node, number]) => {
    const r = document.createRange();
    r.setStart(...start);
    r.setEnd(...end);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(r);
  };

  it('reads a selection inside a block as offsets in its normalised text', () => {
    const blocks = render('<p>Het <strong>veiligheids</strong>beleid is   herzien.</p>');
    const p = textEl(0).querySelector('p')!;
    select([p.firstChild!, 0], [p.lastChild!, 'beleid is   herzien'.length]);
    expect(readSelection(blocks)).toEqual({
      block: 0,
      start: 0,
      end: 'Het veiligheidsbeleid is herzien'.length,
      quote: 'Het veiligheidsbeleid is herzien',
    });
  });

  it('clamps a triple-click (focus in the next block) to the block the selection starts in', () => {
    const blocks = render('<p>Eerste alinea over de raad.</p><p>Tweede alinea.</p>');
    select([textEl(0).querySelector('p')!.firstChild!, 0], [document.querySelector('[data-block-index="1"]')!, 0]);
    expect(readSelection(blocks)).toMatchObject({ block: 0, start: 0, quote: 'Eerste alinea over de raad.' });
    // a drag from the middle of one block into the next keeps only the first block's part
    select([textEl(0).querySelector('p')!.firstChild!, 7], [textEl(1).querySelector('p')!.firstChild!, 6]);
    expect(readSelection(blocks)).toMatchObject({ block: 0, quote: 'alinea over de raad.' });
  });

  it('starts in the block’s text when the selection starts in its chips, and gives null for no text', () => {
    const blocks = render('<p>Eerste alinea.</p><p>Tweede alinea.</p>');
    select([document.querySelector('.chips button')!, 0], [textEl(0).querySelector('p')!.firstChild!, 6]);
    expect(readSelection(blocks)).toMatchObject({ block: 0, quote: 'Eerste' });
    select(
      [document.querySelector('.chips button')!.firstChild!, 0],
      [document.querySelector('.chips button')!.firstChild!, 3],
    );
    expect(readSelection(blocks)).toBeNull();
  });
});
