import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../../lib/annotate/anchor';
import { documentText } from '../../lib/annotate/document-text';
import { placeTarget } from '../../lib/annotate/reanchor';
import { analyseDocx } from '../../lib/analyse';
import { corpusCases } from '../../scripts/corpus';
import { applyEdits, findBlock, fixtureTargets, readAnchoringFixture, writeDraftDocx } from '../support/second-draft';

const text = 'De cliëntenraad kwam vier keer bijeen. Het veiligheidsbeleid is herzien na twee incidenten. De cliëntenraad kwam ook in de regio bijeen.';

describe('anchorQuote', () => {
  it('finds an unchanged quote exactly, with full score', () => {
    const start = text.indexOf('veiligheidsbeleid is herzien');
    expect(anchorQuote(text, { exact: 'veiligheidsbeleid is herzien', prefix: 'bijeen. Het ', suffix: ' na twee' })).toEqual({ start, end: start + 28, score: 1 });
  });

  it('chooses among repeated quotes by their context, then by the old position', () => {
    const second = text.lastIndexOf('De cliëntenraad kwam');
    expect(anchorQuote(text, { exact: 'De cliëntenraad kwam', suffix: ' ook in de regio' })!.start).toBe(second);
    expect(anchorQuote(text, { exact: 'De cliëntenraad kwam', start: second - 3 })!.start).toBe(second);
    expect(anchorQuote(text, { exact: 'De cliëntenraad kwam', start: 2 })!.start).toBe(0);
  });

  it('finds a reworded quote approximately, with a lower score', () => {
    const changed = text.replace('is herzien', 'werd aangepast');
    const hit = anchorQuote(changed, { exact: 'Het veiligheidsbeleid is herzien na twee incidenten.', prefix: 'vier keer bijeen. ' })!;
    expect(changed.slice(hit.start, hit.end)).toMatch(/^Het veiligheidsbeleid werd aangepast na twee incidenten\.?$/);
    expect(hit.score).toBeLessThan(1);
    expect(hit.score).toBeGreaterThan(0.6);
  });

  it('gives null for a quote that is not there, or empty', () => {
    expect(anchorQuote(text, { exact: 'een heel andere zin over de begroting van volgend jaar' })).toBeNull();
    expect(anchorQuote(text, { exact: '' })).toBeNull();
  });

  it('counts offsets in UTF-16 code units', () => {
    const t = '😀 Cliënt 👍 tevreden';
    const hit = anchorQuote(t, { exact: 'tevreden' })!;
    expect(t.slice(hit.start, hit.end)).toBe('tevreden');
    expect(hit.start).toBe(t.indexOf('tevreden'));
  });
});

describe('re-anchoring review notes on a second draft (baseline fixture)', async () => {
  const fixture = readAnchoringFixture('levanto-2025');
  const source = corpusCases().find((c) => c.name === fixture.source)!;
  const first = await analyseDocx(new Uint8Array(readFileSync(source.docx)));
  if (!first.ok) throw new Error('source did not import');
  const blocks1 = first.value.document.blocks;
  const targets = fixtureTargets(blocks1, fixture.notes);
  const second = await analyseDocx(await writeDraftDocx(applyEdits(blocks1, fixture.edits)));
  if (!second.ok) throw new Error('second draft did not import');
  const blocks2 = second.value.document.blocks;
  const doc2 = documentText(blocks2);

  it('lands every note on draft 1 itself exactly where it was made', () => {
    for (const [id, target] of targets) {
      const p = placeTarget(target, blocks1, 'd1');
      expect(p, id).not.toBeNull();
      expect([p!.start, p!.end, p!.score], id).toEqual([target.position!.start, target.position!.end, 1]);
    }
  });

  for (const note of fixture.notes) {
    it(`${note.id}: ${note.expect.type}`, () => {
      const target = targets.get(note.id)!;
      const p = placeTarget(target, blocks2, 'd2', doc2);
      if (note.expect.type === 'orphan') return expect(p).toBeNull();
      expect(p).not.toBeNull();
      const landed = doc2.text.slice(p!.start, p!.end);
      if (note.expect.type === 'exact') {
        expect(landed).toBe(target.quote!.exact);
        // and in the block that holds it in draft 2
        expect(blocks2[p!.block]!.text).toContain(target.quote!.exact);
      } else {
        expect(p!.block).toBe(findBlock(blocks2, note.expect.inBlock));
        expect(landed).toContain(note.expect.contains);
        expect(p!.score).toBeLessThan(1);
      }
    });
  }
});
