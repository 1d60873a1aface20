// "Toon in verslag" goes to the block that shows an item best: its own section's heading or real text, not a
// line of the table of contents or a row of a planning table.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseDocx } from '../../lib/analyse';
import { bestEvidence } from '../../lib/checklist/best-evidence';
import { findTableOfContents } from '../../lib/classify/toc';
import type { Analysis } from '../../lib/schema';
import { corpusCases, sampleCase } from '../../scripts/corpus';
import { blocksOf } from '../support/blocks';

const PLANNING = [
  ['Thema', '2022', '2023', '2024', '2025'],
  ['1 Veiligheidsmanagement', '', 'x', '', ''],
];

describe('bestEvidence', () => {
  const blocks = blocksOf([
    { h: 1, text: 'Kwaliteitsverslag 2025' },
    { p: 'Meerjarenplanning ..... 4' },
    { p: 'Kengetallen ..... 6' },
    { p: 'Bijlagen ..... 9' },
    { h: 2, text: 'Inleiding' },
    { table: PLANNING },
    { p: 'Zie tabel' },
    { h: 2, text: 'Meerjarenplanning' },
    { p: 'Wij pakken elk jaar twee of drie thema’s op, zoals de tabel laat zien.' },
    { table: PLANNING },
  ]);

  it('takes the heading of the section that is the item’s own over an earlier table or line of contents', () => {
    expect(findTableOfContents(blocks)).toEqual(new Set([1, 2, 3]));
    expect(bestEvidence(blocks, [1, 5, 6, 7, 8, 9])).toBe(7);
  });
  it('takes real text when no section is the item’s own, else a short line; never the table of contents', () => {
    expect(bestEvidence(blocks, [1, 5, 6, 8, 9])).toBe(8);
    expect(bestEvidence(blocks, [1, 5, 6])).toBe(6);
  });
  it('takes a table only when there is nothing else, and nothing without evidence', () => {
    expect(bestEvidence(blocks, [1, 5])).toBe(5);
    expect(bestEvidence(blocks, [1])).toBe(1);
    expect(bestEvidence(blocks, [])).toBeNull();
  });
});

describe('bestEvidence on real reports', async () => {
  const reports = new Map<string, Analysis>();
  for (const c of [...corpusCases().filter((x) => !x.variant), sampleCase()!]) {
    const r = await analyseDocx(new Uint8Array(readFileSync(c.docx)));
    if (!r.ok) throw new Error(r.error.en);
    reports.set(c.name.split(' ')[0]!, r.value);
  }
  const best = (name: string, id: string) => {
    const a = reports.get(name)!;
    const v = a.checklist.find((c) => c.id === id)!;
    const i = bestEvidence(a.document.blocks, v.evidence)!;
    return { first: a.document.blocks[v.evidence[0]!]!, block: a.document.blocks[i]! };
  };

  it('jumps for the meerjarenplanning to a heading or paragraph, not into the planning table', () => {
    for (const name of ['levanto-2025', 'samen-zorg-twente-2025', 'voorbeeldverslag-2025']) {
      const { block } = best(name, 'meerjarenplanning');
      expect(block.kind, name).toMatch(/heading|paragraph/);
    }
    expect(best('levanto-2025', 'meerjarenplanning').block.text).toBe('Plan van aanpak implementatie');
    expect(best('voorbeeldverslag-2025', 'meerjarenplanning').block.text).toMatch(/^Bijlage: meerjarenplanning/);
  });

  it('jumps for a pillar to its chapter heading rather than the chapter number in front of it', () => {
    const { first, block } = best('homerun-2025', 'pillar-1');
    expect(first.text).toBe('1');
    expect(block.text).toBe('PIJLER 1 - VEILIGHEID EN PERSOONSGERICHTE ZORG');
  });

  it('never lands on the table of contents, nor on a table while the evidence has text', () => {
    for (const [name, a] of reports) {
      const toc = findTableOfContents(a.document.blocks);
      for (const v of a.checklist) {
        const i = bestEvidence(a.document.blocks, v.evidence);
        if (i === null) continue;
        const text = v.evidence.some((k) => !toc.has(k) && a.document.blocks[k]!.kind !== 'table');
        if (text) expect(a.document.blocks[i]!.kind, `${name} ${v.id}`).not.toBe('table');
        if (v.evidence.some((k) => !toc.has(k))) expect(toc.has(i), `${name} ${v.id}`).toBe(false);
      }
    }
  });
});
