// Stale passages: on the corpus against hand-made labels (tests/fixtures/carry-gold, made by reading every
// block, independently of the rules), and on small invented reports that use other words than the corpus.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseDocx } from '../../lib/analyse';
import { findStale } from '../../lib/carry/stale';
import { findTableOfContents } from '../../lib/classify/toc';
import { mapBlocks } from '../../lib/classify/map';
import type { Analysis, StaleReason } from '../../lib/schema';
import { blocksOf, type Line } from '../support/blocks';
import { CORPUS_DIR } from '../../scripts/corpus';

interface GoldLine {
  i: number;
  text: string;
  flags: (StaleReason | 'title')[];
  note: string;
}

const corpusFile = (name: string) => join(CORPUS_DIR, name);
const SAMPLE = fileURLToPath(new URL('../../samples/voorbeeldverslag-2025.docx', import.meta.url));

const REPORTS = [
  { name: 'homerun-2025', path: corpusFile('homerun-2025.docx') },
  { name: 'levanto-2025', path: corpusFile('levanto-2025.docx') },
  { name: 'samen-zorg-twente-2025', path: corpusFile('samen-zorg-twente-2025.docx') },
  { name: 'voorbeeldverslag-2025', path: SAMPLE },
];

async function analysed(path: string): Promise<Analysis> {
  const r = await analyseDocx(new Uint8Array(readFileSync(path)));
  if (!r.ok) throw new Error(r.error.en);
  return r.value;
}

const gold = (name: string): Map<number, GoldLine> =>
  new Map(
    readFileSync(new URL(`../fixtures/carry-gold/${name}.jsonl`, import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as GoldLine)
      .map((g) => [g.i, g]),
  );

const LATER_YEAR = /\b20(?:2[6-9]|3\d)\b/;

describe('stale passages on the corpus (hand-made labels)', async () => {
  const runs = await Promise.all(
    REPORTS.map(async (r) => {
      const a = await analysed(r.path);
      return {
        ...r,
        a,
        flags: findStale(a.document.blocks, a.mappings, 2025),
        gold: gold(r.name),
        toc: findTableOfContents(a.document.blocks),
      };
    }),
  );

  it('the labels belong to these files', () => {
    for (const run of runs) {
      expect(run.gold.size).toBeGreaterThan(10);
      for (const g of run.gold.values()) expect(run.a.document.blocks[g.i]!.text.slice(0, 100)).toBe(g.text);
    }
  });

  it.each(REPORTS.map((r) => r.name))('%s: every statement about 2025 written as current is flagged', (name) => {
    const run = runs.find((r) => r.name === name)!;
    const missed = [...run.gold.values()]
      // a table of contents is not carried (it is rebuilt), so what it says does not matter
      .filter((g) => g.flags.includes('current-year') && !run.toc.has(g.i))
      .filter((g) => !run.flags[g.i]!.some((f) => f.reason === 'current-year' || f.reason === 'goal'))
      .map((g) => `${g.i}: ${g.text}`);
    expect(missed).toEqual([]);
  });

  it.each(REPORTS.map((r) => r.name))('%s: every goal or plan for the coming years is flagged', (name) => {
    const run = runs.find((r) => r.name === name)!;
    const blocks = run.a.document.blocks;
    // "for the coming years": the block or a heading above it names a year after 2025
    const ahead = (i: number) =>
      LATER_YEAR.test(blocks[i]!.text) || blocks[i]!.headingPath.some((h) => LATER_YEAR.test(h));
    const missed = [...run.gold.values()]
      .filter((g) => g.flags.includes('goal') && ahead(g.i))
      .filter((g) => !run.flags[g.i]!.some((f) => f.reason === 'goal'))
      .map((g) => `${g.i}: ${g.text}`);
    expect(missed).toEqual([]);
  });

  it('holds recall and precision floors per reason, pooled over the four reports', () => {
    const floors: Record<StaleReason, { recall: number; precision: number }> = {
      'current-year': { recall: 0.97, precision: 0.7 },
      goal: { recall: 0.95, precision: 0.65 },
      figures: { recall: 0.95, precision: 0.5 },
      'status-table': { recall: 1, precision: 0.85 },
    };
    for (const reason of Object.keys(floors) as StaleReason[]) {
      let tp = 0;
      let fn = 0;
      let fp = 0;
      for (const run of runs) {
        run.a.document.blocks.forEach((b) => {
          if (run.toc.has(b.i)) return;
          const g = run.gold.get(b.i)?.flags ?? [];
          // a title that carries the year counts as a statement about the year
          const wanted = g.includes(reason) || (reason === 'current-year' && g.includes('title'));
          const got = run.flags[b.i]!.some((f) => f.reason === reason);
          if (wanted && got) tp++;
          else if (wanted) fn++;
          else if (got) fp++;
        });
      }
      expect({
        reason,
        recall: tp / (tp + fn) >= floors[reason].recall,
        precision: tp / (tp + fp) >= floors[reason].precision,
      }).toEqual({ reason, recall: true, precision: true });
    }
  });

  it('every flag points at words of its block and says why in Dutch and English', () => {
    for (const run of runs) {
      run.flags.forEach((flags, i) => {
        const text = run.a.document.blocks[i]!.text;
        for (const f of flags) {
          expect(f.start).toBeLessThan(f.end);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.nl.length).toBeGreaterThan(20);
          expect(f.en.length).toBeGreaterThan(20);
          expect(f.evidence.length).toBeGreaterThan(0);
        }
      });
    }
  });
});

/** Blocks of an invented report, mapped by the real mapper. */
function flagsOf(lines: Line[], year = 2024) {
  const blocks = blocksOf(lines);
  const flags = findStale(blocks, mapBlocks(blocks), year);
  return (start: string) => {
    const i = blocks.findIndex((b) => b.text.startsWith(start));
    if (i < 0) throw new Error(`no block starts with ${start}`);
    return flags[i]!;
  };
}
const reasons = (flags: { reason: StaleReason }[]) => [...new Set(flags.map((f) => f.reason))].sort();

describe('stale passages in words the corpus does not use', () => {
  const of = flagsOf([
    { h: 1, text: 'Jaarrapportage kwaliteit 2024' },
    { h: 2, text: 'Missie' },
    { p: 'Wij willen dat iedere jongere een veilige plek heeft om te wonen.' },
    { h: 2, text: '3. Organisatie van zorg' },
    { p: 'Momenteel loopt de overstap naar een nieuw elektronisch dossier.' },
    { p: 'Wij werken volgens de richtlijnen van de beroepsvereniging.' },
    { p: 'Het afgelopen jaar deden 41 jongeren mee aan de ervaringsmeting; de gemiddelde score was 7,9.' },
    { h: 3, text: 'Speerpunten 2025' },
    { li: 'Een aandachtsfunctionaris aanstellen' },
    { li: 'De klachtenregeling herzien' },
    { p: 'In het voorjaar van 2025 evalueren wij de nieuwe werkwijze.' },
    {
      table: [
        ['Aspect', '2022', '2023', '2024'],
        ['Veilig leefklimaat', 'gestart', 'in werking', 'gereed'],
      ],
    },
    {
      table: [
        ['Omzet forensische zorg', '€ 845.000'],
        ['Aandeel in totale omzet', '12,5%'],
      ],
    },
  ]);

  it('flags a statement about the year as current, also without the year in it', () => {
    expect(reasons(of('Momenteel'))).toEqual(['current-year']);
    expect(of('Momenteel')[0]!.evidence).toBe('Momenteel');
    expect(reasons(of('Het afgelopen jaar'))).toContain('current-year');
    expect(reasons(of('Jaarrapportage'))).toEqual(['current-year']);
  });

  it('flags the plans of a plan section, and plans in running text', () => {
    expect(reasons(of('Speerpunten 2025'))).toContain('goal');
    expect(reasons(of('Een aandachtsfunctionaris'))).toEqual(['goal']);
    expect(reasons(of('De klachtenregeling'))).toEqual(['goal']);
    expect(of('De klachtenregeling')[0]!.evidence).toBe('Speerpunten 2025');
    expect(reasons(of('In het voorjaar van 2025'))).toContain('goal');
  });

  it('flags figures with their own words, and leaves plain statements alone', () => {
    const figures = of('Het afgelopen jaar')
      .filter((f) => f.reason === 'figures')
      .map((f) => f.evidence);
    expect(figures).toEqual(['41 jongeren', '7,9']);
    expect(
      of('Omzet forensische zorg')
        .filter((f) => f.reason === 'figures')
        .map((f) => f.evidence),
    ).toEqual(['€ 845.000', '12,5%']);
    expect(of('Wij werken volgens')).toEqual([]);
  });

  it('asks for a new year column in a status table', () => {
    const status = of('Aspect').filter((f) => f.reason === 'status-table');
    expect(status[0]!.nl).toMatch(/kolom 2025/);
    expect(status.map((f) => f.evidence)).toEqual(['2022 | 2023 | 2024', 'gestart', 'in werking', 'gereed']);
  });

  it('takes lasting intentions in a mission for what they are', () => {
    expect(of('Wij willen dat iedere jongere')).toEqual([]);
  });

  it('follows the year it is given', () => {
    const next = flagsOf(
      [{ p: 'In 2024 is het project afgerond.' }, { p: 'In 2025 starten wij met een nieuw project.' }],
      2025,
    );
    expect(reasons(next('In 2024'))).toEqual([]);
    expect(reasons(next('In 2025'))).toEqual(['current-year']);
  });
});
