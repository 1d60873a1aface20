import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../../lib/annotate/anchor';
import { foldText, unfoldRange } from '../../lib/annotate/fold';
import { documentText } from '../../lib/annotate/document-text';
import { MIN_SCORE, placeTarget } from '../../lib/annotate/reanchor';
import { analyseDocx } from '../../lib/analyse';
import { corpusCases } from '../../scripts/corpus';
import { applyEdits, findBlock, fixtureTargets, readAnchoringFixture, writeDraftDocx } from '../support/second-draft';

const text =
  'De cliëntenraad kwam vier keer bijeen. Het veiligheidsbeleid is herzien na twee incidenten. De cliëntenraad kwam ook in de regio bijeen.';

describe('anchorQuote', () => {
  it('finds an unchanged quote exactly, with full score', () => {
    const start = text.indexOf('veiligheidsbeleid is herzien');
    expect(
      anchorQuote(text, { exact: 'veiligheidsbeleid is herzien', prefix: 'bijeen. Het ', suffix: ' na twee' }),
    ).toEqual({ start, end: start + 28, score: 1 });
  });

  it('chooses among repeated quotes by their context, then by the old position', () => {
    const second = text.lastIndexOf('De cliëntenraad kwam');
    expect(anchorQuote(text, { exact: 'De cliëntenraad kwam', suffix: ' ook in de regio' })!.start).toBe(second);
    expect(anchorQuote(text, { exact: 'De cliëntenraad kwam', start: second - 3 })!.start).toBe(second);
    expect(anchorQuote(text, { exact: 'De cliëntenraad kwam', start: 2 })!.start).toBe(0);
  });

  it('finds a reworded quote approximately, with a lower score', () => {
    const changed = text.replace('is herzien', 'werd aangepast');
    const hit = anchorQuote(changed, {
      exact: 'Het veiligheidsbeleid is herzien na twee incidenten.',
      prefix: 'vier keer bijeen. ',
    })!;
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

describe('what authors do to a sentence between drafts', () => {
  const before =
    'De cliëntenraad kwam vier keer bijeen. Het veiligheidsbeleid is herzien na twee incidenten in de kliniek. De cliëntenraad kwam ook in de regio bijeen.';
  const at = (t: string, q: Parameters<typeof anchorQuote>[1]) => {
    const hit = anchorQuote(t, q);
    return hit && { landed: t.slice(hit.start, hit.end), score: hit.score };
  };
  const quote = 'veiligheidsbeleid is herzien na twee incidenten';
  const context = { prefix: 'vier keer bijeen. Het ', suffix: ' in de kliniek. De cliëntenraad k' };

  it('folds case, diacritics, punctuation and spaces, and maps every character back', () => {
    const original = 'Het  Cliënt-\u00a0Beleid, (2025)!\nTweede';
    const f = foldText(original);
    expect(f.text).toBe('het client beleid 2025\ntweede');
    expect(f.at).toHaveLength(f.text.length);
    const k = f.text.indexOf('client beleid');
    const { start, end } = unfoldRange(original, f, k, k + 'client beleid'.length);
    expect(original.slice(start, end)).toBe('Cliënt-\u00a0Beleid');
  });

  it('changed capitals', () => {
    const t = before.replace('veiligheidsbeleid is herzien', 'Veiligheidsbeleid Is Herzien');
    const hit = at(t, { exact: quote, ...context })!;
    expect(hit.landed).toBe('Veiligheidsbeleid Is Herzien na twee incidenten');
    expect(hit.score).toBeGreaterThan(0.9);
    expect(hit.score).toBeLessThan(1);
  });

  it('an inserted word', () => {
    const t = before.replace('is herzien na', 'is dit voorjaar grondig herzien na');
    expect(at(t, { exact: quote, ...context })!.landed).toBe(
      'veiligheidsbeleid is dit voorjaar grondig herzien na twee incidenten',
    );
  });

  it('a dropped word', () => {
    const t = before.replace('na twee incidenten', 'na incidenten');
    expect(at(t, { exact: quote, ...context })!.landed).toBe('veiligheidsbeleid is herzien na incidenten');
  });

  it("changed punctuation, also at the quote's edges", () => {
    const t = before.replace(
      'herzien na twee incidenten in de kliniek.',
      'herzien, na twee incidenten (in de kliniek);',
    );
    expect(at(t, { exact: quote, ...context })!.landed).toBe('veiligheidsbeleid is herzien, na twee incidenten');
    const sentence = 'Het veiligheidsbeleid is herzien na twee incidenten in de kliniek.';
    expect(
      at(t, { exact: sentence, prefix: 'vier keer bijeen. ', suffix: ' De cliëntenraad kwam ook in de' })!.landed,
    ).toBe('Het veiligheidsbeleid is herzien, na twee incidenten (in de kliniek);');
  });

  it('a short quote whose words changed case and gained a word, found by its context', () => {
    const t = before.replace('twee incidenten', 'Twee Ernstige Incidenten');
    const hit = at(t, {
      exact: 'twee incidenten',
      prefix: 'beleid is herzien na ',
      suffix: ' in de kliniek. De cliëntenraad',
    })!;
    expect(hit.landed).toBe('Twee Ernstige Incidenten');
    expect(hit.score).toBeGreaterThan(0.75);
  });

  it('all of it at once, with the placement exact in the text as written', () => {
    const t = `Inleiding.\n${before.replace('veiligheidsbeleid is herzien na twee incidenten', 'Veiligheidsbeleid is – na twee ernstige Incidenten – herzien')}`;
    const hit = anchorQuote(t, {
      exact: 'Het veiligheidsbeleid is herzien na twee incidenten',
      prefix: 'vier keer bijeen. ',
      suffix: ' in de kliniek.',
    });
    expect(hit).not.toBeNull();
    expect(t.slice(hit!.start, hit!.end)).toMatch(/^Het Veiligheidsbeleid is – na twee ernstige Incidenten/);
  });

  it('still refuses a guess: a short quote whose context is gone stays unplaced', () => {
    const placed = (t: string, q: Parameters<typeof anchorQuote>[1]) => (anchorQuote(t, q)?.score ?? 0) >= MIN_SCORE;
    const t = 'Het jaarplan is vastgesteld. De Twee Ernstige Incidenten in de regio zijn besproken met de inspectie.';
    expect(
      placed(t, {
        exact: 'twee incidenten',
        prefix: 'beleid is herzien na ',
        suffix: ' in de kliniek. De cliëntenraad',
      }),
    ).toBe(false);
    // a changed word with both sides of its context in place is the passage; the quote's words elsewhere, without its context, are not
    expect(
      placed(before.replace('herzien na twee', 'herzien na drie'), {
        exact: 'twee incidenten',
        prefix: 'beleid is herzien na ',
        suffix: ' in de kliniek. De cliëntenraad',
      }),
    ).toBe(true);
    expect(
      placed(`${before} Er waren twee incidenten in de regio.`.replace('na twee incidenten', 'na een audit'), {
        exact: 'twee incidenten',
        prefix: 'beleid is herzien na ',
        suffix: ' in de kliniek. De cliëntenraad',
      }),
    ).toBe(false);
    // words of the quote spread over unrelated text
    expect(placed(before, { exact: 'twee keer de regio', prefix: 'onbekend ', suffix: ' zonder meer' })).toBe(false);
  });
});

for (const name of ['levanto-2025', 'samen-zorg-twente-2025'])
  describe(`re-anchoring review notes on a second draft (${name})`, async () => {
    const fixture = readAnchoringFixture(name);
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
