// Comparing years stays near-linear when a report has thousands of paragraphs that look alike: each block
// gathers its candidates through its rarest words within a fixed budget, identical texts pair in constant time.
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../lib/analyse';
import { compareYears } from '../../lib/carry/compare';
import type { Analysis, Mapping } from '../../lib/schema';
import { blocksOf, type Line } from '../support/blocks';

const N = 10_000;
const TOPICS = ['cliëntenraad', 'veiligheid', 'medewerkers', 'training', 'reclassering'];

/** The mapping is given (all pillar 2): the test is about the comparison, not the classifier. */
function analysisOf(lines: Line[], year: number): Analysis {
  const blocks = blocksOf(lines);
  const mappings: Mapping[] = blocks.map((b) => ({
    i: b.i,
    pillar: 2,
    themes: [],
    confidence: 1,
    evidence: [],
    basis: 'section',
  }));
  return analyseDocument({ blocks, images: [], title: null }, [], { year }, mappings);
}

const paragraph = (k: number, times: string) =>
  `De ${TOPICS[k % TOPICS.length]} kwam in het verslagjaar ${times} bijeen om het beleid rond veiligheid en behandeling te bespreken met directie, teams en ketenpartners (overleg code${k}).`;

describe('compareYears at scale', () => {
  it(`pairs ${N} reworded look-alike paragraphs, each with its own, in bounded time`, () => {
    const heading: Line = { h: 1, text: 'Pijler 2: Forensisch vakmanschap' };
    const before = analysisOf(
      [heading, ...Array.from({ length: N }, (_, k) => ({ p: paragraph(k, 'vier keer') }))],
      2024,
    );
    const now = analysisOf([heading, ...Array.from({ length: N }, (_, k) => ({ p: paragraph(k, 'vijf keer') }))], 2025);
    const t = performance.now();
    const result = compareYears(before, now);
    // the quadratic version needed about a minute for this; near-linear work takes a few seconds on a slow machine
    expect(performance.now() - t).toBeLessThan(10_000);
    expect(result.totals).toMatchObject({ unchanged: 1, changed: N, added: 0, removed: 0 });
    expect(result.sections.flatMap((s) => s.changed).every((c) => c.previous === c.i)).toBe(true);
  });

  it('pairs thousands of identical paragraphs one to one, in document order', () => {
    const same = Array.from({ length: N }, () => ({ p: 'De cliëntenraad kwam vier keer bijeen.' }));
    const result = compareYears(analysisOf(same, 2024), analysisOf(same, 2025));
    expect(result.totals).toMatchObject({ unchanged: N, changed: 0, added: 0, removed: 0 });
    expect(result.sections.flatMap((s) => s.unchanged).every((u) => u.previous === u.i)).toBe(true);
  });
});
