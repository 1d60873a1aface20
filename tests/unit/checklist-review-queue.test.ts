import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../lib/analyse';
import { reviewQueue } from '../../lib/checklist/review-queue';
import { blocksOf, type Line } from '../support/blocks';

const analysed = (lines: Line[]) =>
  analyseDocument({ blocks: blocksOf(lines), images: [], title: null }, [], { year: 2025 });
const LONG = (s: string) => `${s} `.repeat(12).trim();

describe('reviewQueue', () => {
  it('lists only the blocks the map is unsure of, the one whose other reading changes the checklist most first', () => {
    const a = analysed([
      { h: 1, text: 'Jaarverslag 2025' },
      { h: 2, text: 'Ons jaar' },
      { p: LONG('Iedere cliënt heeft een signaleringsplan en een risicotaxatie die elk kwartaal worden besproken.') },
      // in a section whose words are pillar 1's, but its own words are pillar 4's: the only account of pillar 4
      { p: 'Met de reclassering zijn afspraken gemaakt.' },
      { p: 'Een zin over het weer.' },
    ]);
    const queue = reviewQueue(a);
    const texts = queue.map((q) => a.document.blocks[q.i]!.text);
    expect(texts[0]).toMatch(/^Met de reclassering/);
    expect(queue[0]!.alternative).toBe(4);
    expect(queue[0]!.changes.map((c) => c.id)).toContain('pillar-4');
    expect(queue[0]!.changes.find((c) => c.id === 'pillar-4')).toMatchObject({
      from: 'missing',
      to: 'thin',
      required: true,
    });
    expect(queue[0]!.impact).toBeGreaterThanOrEqual(2);
    // sure blocks are not listed
    expect(texts.some((t) => t.startsWith('Iedere cliënt'))).toBe(false);
  });

  it('is empty when the map is sure of every block', () => {
    const a = analysed([
      { h: 2, text: 'Pijler 2: Forensisch vakmanschap' },
      { p: 'Alle begeleiders volgden de training.' },
    ]);
    expect(reviewQueue(a)).toEqual([]);
  });
});
