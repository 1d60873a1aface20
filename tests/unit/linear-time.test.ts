// The inputs that fuzzing found hanging (issue 15). Work per block is counted, not timed: `fold` runs a few times
// wherever a block's text is read, so a pass over the document per block or per heading shows as calls per block
// that grow with the document. Long runs of one character cannot be counted that way (a regular expression that
// backtracks does its work inside one call): those run at a length that took minutes, with a timeout meant for a
// busy machine, not as a speed target (speed is measured in `npm run bench`).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Block } from '../../lib/schema';
import { analyseDocument } from '../../lib/analyse';
import { findTableOfContents } from '../../lib/classify/toc';
import { findStale } from '../../lib/carry/stale';
import { fitText } from '../../lib/fill/fit';
import { labelHead } from '../../lib/fill/label-head';
import { removeNaming } from '../../lib/eval/perturb';
import { readSignals } from '../../lib/classify/signals';
import { fold } from '../../lib/text/normalize';
import { toJson } from '../../cli/json';
import { blocksOf, type Line } from '../support/blocks';
import { SCALE_SERIES } from '../../scripts/scale-documents';

const counted = vi.hoisted(() => ({ folds: 0 }));
vi.mock('../../lib/text/normalize', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lib/text/normalize')>();
  return { ...real, fold: (text: string) => (counted.folds++, real.fold(text)) };
});
beforeEach(() => {
  counted.folds = 0;
});

/** The whole check of `kkfz check --json`: map, year, checklist, aspects. */
function check(blocks: Block[]): void {
  JSON.stringify(toJson('t.docx', analyseDocument({ blocks, images: [], title: null }, [], { year: 2025 }), 'nl'));
}

/** `fold` calls per block (per row, in a table) of the whole check. */
function foldsPerBlock(lines: Line[]): number {
  const blocks = blocksOf(lines);
  counted.folds = 0;
  check(blocks);
  return counted.folds / blocks.reduce((n, b) => n + (b.rows?.length ?? 1), 0);
}

const hangs: Record<string, (n: number) => Line[]> = {
  ...SCALE_SERIES,
  'paragraphs that are only a number': (n) => Array.from({ length: n }, (_, k) => ({ p: String(k % 1000) })),
  'paragraphs of dots': (n) => Array.from({ length: n }, (_, k) => ({ p: '.'.repeat(1 + (k % 50)) })),
  'a contents heading that comes back': (n) =>
    Array.from({ length: n }, (_, k) => [{ h: 1, text: 'Inhoud' }, { p: `Regel ${k}` }]).flat(),
};

describe('work per block does not grow with the document', () => {
  for (const [name, lines] of Object.entries(hangs)) {
    it(name, () => {
      const small = foldsPerBlock(lines(500));
      const large = foldsPerBlock(lines(2_000));
      expect(small).toBeGreaterThan(0);
      expect(large / small).toBeLessThan(1.1);
    });
  }
});

describe('a line of 100,000 equal characters is read in linear time', () => {
  const RUN = 100_000;
  // each run ends in a letter, so that a pattern looking for a page number or a word after it fails only at the end
  const runs = { dots: `${'.'.repeat(RUN)}x`, digits: `${'1'.repeat(RUN)}x` };
  for (const [name, run] of Object.entries(runs)) {
    it(`${name} as a paragraph, a heading and a table cell`, { timeout: 60_000 }, () => {
      check(
        blocksOf([
          { h: 1, text: 'Omvang' },
          { p: run },
          { h: 2, text: run },
          { p: 'Tekst.' },
          {
            table: [
              ['Onderdeel', 'Status 2025'],
              [run, run],
            ],
          },
        ]),
      );
    });
  }

  it(
    'a paragraph of 60,000 distinct compounds of one term: each phrase once in the evidence',
    { timeout: 60_000 },
    () => {
      const letters = (k: number): string =>
        String.fromCharCode(97 + (k % 26)) + (k >= 26 ? letters(Math.floor(k / 26) - 1) : '');
      const signals = readSignals(Array.from({ length: 60_000 }, (_, k) => `reclassering${letters(k)}`).join(' '));
      const phrases = [...signals.pillars.values()].flatMap((s) => s.phrases);
      expect(phrases.length).toBeGreaterThan(10_000);
      expect(new Set(phrases).size).toBe(phrases.length);
    },
  );

  // block text has its spaces collapsed; other text (a title, a form's label) may not
  it('spaces through folding and the contents pattern', { timeout: 60_000 }, () => {
    const spaces = `a${' '.repeat(RUN)}x`;
    expect(fold(spaces)).toBe(spaces);
    const line = (i: number): Block => ({
      i,
      id: `b${i}`,
      kind: 'paragraph',
      text: spaces,
      html: '',
      headingPath: [],
      parent: null,
    });
    expect(findTableOfContents([line(0), line(1), line(2)]).size).toBe(0);
  });

  // These patterns were quadratic (8–23 s on 100,000 characters), so three times as long is what tells them apart
  // from linear ones within the timeout.
  const LONG = 3 * RUN;
  // a run of spaces between a figure and what may follow it, read from each of its spaces
  const spaces = ' '.repeat(LONG);
  it('spaces after "van 52" that lead to no "naar"', { timeout: 60_000 }, () => {
    const text = `Het aantal steeg van 52${spaces}x`;
    const block: Block = { i: 0, id: 'b0', kind: 'paragraph', text, html: '', headingPath: [], parent: null };
    expect(findStale([block], [], 2025)).toEqual([[]]);
  });

  // each figure was checked against every figure taken before it: 40,000 took 3 s, 200,000 took 42 s, so these
  // 400,000 took minutes
  it('a paragraph of 400,000 figures to bring up to date', { timeout: 60_000 }, () => {
    const text = Array.from({ length: 400_000 }, (_, k) => `${k} cliënten`).join(', ');
    const block: Block = { i: 0, id: 'b0', kind: 'paragraph', text, html: '', headingPath: [], parent: null };
    const figures = findStale([block], [], 2025)[0]!.filter((f) => f.reason === 'figures');
    expect(figures).toHaveLength(400_000);
  });

  it('spaces and dashes at the end of a cut proposal', { timeout: 60_000 }, () => {
    for (const run of [spaces, '-'.repeat(LONG)]) {
      const text = `a${run}x yz`;
      expect(fitText(text, text.length - 1)).toEqual({ text: `a${run}x…`, shortened: true });
    }
  });

  it('spaces and dashes in a label', { timeout: 60_000 }, () => {
    expect(labelHead(`a${spaces}x`)).toEqual({ head: 'a x', aside: '' });
    const dashes = `a${'-'.repeat(LONG)}x`;
    expect(labelHead(dashes)).toEqual({ head: dashes, aside: '' });
  });

  it('spaces after a pillar number in running text', { timeout: 60_000 }, () => {
    expect(removeNaming(`Pijler 2${spaces}x`)).toBe('x');
  });
});
