// Last year's own text for a Schrijfhulp subject, and copying it into next year's draft.
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../lib/analyse';
import { addBlocks } from '../../lib/carry/add-blocks';
import { sectionRank } from '../../lib/carry/sections';
import { lastYearBlocks, previewLines, readableLines } from '../../lib/guidance/last-year';
import { blocksOf } from '../support/blocks';
import { carryDraft } from '../support/carry-draft';

const LONG =
  'Wij hebben het afgelopen jaar de risicotaxatie bij elke cliënt herhaald en besproken in het team. '.repeat(6);
const previous = analyseDocument(
  {
    blocks: blocksOf([
      { h: 1, text: 'Kwaliteitsverslag 2024' },
      { p: 'Pijler 1 Veiligheid ..... 3' },
      { p: 'Thema 3 Risicogestuurde behandeling ..... 4' },
      { p: 'Pijler 2 Vakmanschap ..... 6' },
      { h: 2, text: 'Pijler 1: Veiligheid en persoonsgerichte zorg' },
      { h: 3, text: 'Thema 3: Risicogestuurde behandeling' },
      { p: LONG },
      { li: 'Risicotaxatie met de HKT-R bij de intake' },
      {
        table: [
          ['Risicotaxatie', 'Herbeoordeling'],
          ['HKT-R risicotaxatie', 'elk half jaar'],
          ['', ''],
        ],
      },
    ]),
    images: [],
    title: 'Kwaliteitsverslag 2024',
  },
  [],
);

describe('lastYearBlocks and readableLines', () => {
  it('takes the subject’s evidence in last year’s report without its table of contents', () => {
    const blocks = lastYearBlocks(previous, { kind: 'theme', id: 3 });
    expect(blocks.map((b) => b.text)).toContain('Risicotaxatie met de HKT-R bij de intake');
    expect(blocks.some((b) => /\.\.\.\.\. \d$/.test(b.text))).toBe(false);
    expect(lastYearBlocks(previous, { kind: 'item', id: 'omvang' })).toEqual([]);
  });

  it('writes paragraphs and list items as lines, and tables as one line per row with cells between bars', () => {
    const lines = readableLines(lastYearBlocks(previous, { kind: 'theme', id: 3 }));
    expect(lines).toContain('• Risicotaxatie met de HKT-R bij de intake');
    expect(lines).toContain('Risicotaxatie | Herbeoordeling');
    expect(lines).toContain('HKT-R risicotaxatie | elk half jaar');
    expect(lines).not.toContain(' | ');
  });

  it('previews the lines that fit, cutting a first line that is too long by itself', () => {
    expect(previewLines(['een', 'twee', 'drie'], 100)).toEqual({ lines: ['een', 'twee', 'drie'], cut: false });
    expect(previewLines(['een', 'twee', 'drie'], 8)).toEqual({ lines: ['een', 'twee'], cut: true });
    expect(previewLines(['abcdefghij'], 5)).toEqual({ lines: ['abcd…'], cut: true });
  });
});

describe('addBlocks', () => {
  const source = { blocks: previous.document.blocks, mappings: previous.mappings };
  const now = '2026-02-01T10:00:00+01:00';
  const copied = lastYearBlocks(previous, { kind: 'theme', id: 3 }).filter((b) => b.kind !== 'heading');

  it('adds blocks at the end of the subject’s section, to be updated, and nothing that is there already', () => {
    const draft = carryDraft();
    const { draft: after, added } = addBlocks(draft, source, copied, { pillar: 1, theme: 3 }, now);
    expect(added).toBe(copied.length);
    expect(after.updatedAt).toBe(now);
    const ranks = after.items.map(sectionRank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const lastOfSection = after.items.map((x) => sectionRank(x)).lastIndexOf(103);
    const mine = after.items.slice(lastOfSection - copied.length + 1, lastOfSection + 1);
    expect(mine.map((x) => x.text)).toEqual(copied.map((b) => b.text));
    expect(mine.every((x) => x.state === 'update' && x.pillar === 1 && x.theme === 3 && x.flags.length === 0)).toBe(
      true,
    );
    expect(mine.find((x) => x.kind === 'table')!.rows).toEqual(copied.find((b) => b.kind === 'table')!.rows);
    expect(mine.find((x) => x.kind === 'list-item')!.depth).toBe(0);

    // a second copy adds nothing, and leaves the draft as it was
    const again = addBlocks(after, source, copied, { pillar: 1, theme: 3 }, '2026-03-01T10:00:00+01:00');
    expect(again.added).toBe(0);
    expect(again.draft).toBe(after);
  });

  it('files each block where it stood in its own report when the subject has no section of its own', () => {
    const { draft: after, added } = addBlocks(carryDraft(), source, copied, null, now);
    expect(added).toBe(copied.length);
    const item = after.items.find((x) => x.text === copied[0]!.text)!;
    expect(item.pillar).toBe(1);
  });
});
