import { describe, expect, it } from 'vitest';
import { mapBlocks } from '../../lib/classify/map';
import { blocksOf, type Line } from '../support/blocks';

function map(lines: Line[]) {
  const blocks = blocksOf(lines);
  const mappings = mapBlocks(blocks);
  return (text: string) => {
    const b = blocks.find((x) => x.text.startsWith(text));
    if (!b) throw new Error(`no block "${text}"`);
    return mappings[b.i]!;
  };
}

const BODY = 'Dit jaar hebben we hier stappen in gezet, met een werkgroep en een evaluatie aan het eind van het jaar.';

describe('mapBlocks: pillar sections', () => {
  it('recognises a pillar by its name when the report numbers the pillars differently', () => {
    const at = map([
      { h: 1, text: 'Kwaliteitsverslag 2025' },
      { h: 2, text: 'Pijler 1: Organisatie van zorg' },
      { p: BODY },
      { h: 2, text: 'Pijler 2: Samenwerken' },
      { p: BODY + ' ' },
    ]);
    expect(at('Pijler 1: Organisatie').pillar).toBe(3);
    expect(at('Pijler 2: Samenwerken').pillar).toBe(4);
    expect(at('Pijler 1: Organisatie').evidence.join(' ')).toMatch(/noemt pijler 3/);
  });

  it('takes chapter names without the word "pijler": Samenwerking, Veiligheidsmanagement, Kwaliteitszorg', () => {
    const at = map([
      { h: 1, text: '3. Samenwerking met ketenpartners' },
      { p: 'We spreken elk kwartaal met de gemeente over de wijk.' },
      { h: 1, text: '4. Veiligheidsmanagement' },
      { p: 'Het team heeft het nieuwe beleid besproken.' },
      { h: 1, text: 'Kwaliteitszorg' },
      { p: 'Ook dit jaar hebben we veel bereikt.' },
    ]);
    expect(at('We spreken').pillar).toBe(4);
    expect(at('Het team').pillar).toBe(1);
    expect(at('Ook dit jaar').pillar).toBe(3);
    expect(at('We spreken').basis).toBe('section');
  });

  it('lets a section run until a heading of the same or a higher level, sub-headings included', () => {
    const at = map([
      { h: 2, text: 'PIJLER 2 - FORENSISCH VAKMANSCHAP' },
      { h: 3, text: 'Waar staan we nu?' },
      { p: 'De basis staat.' },
      { h: 4, text: 'Details' },
      { li: 'een punt' },
      { h: 2, text: 'Kengetallen' },
      { p: 'Totaal 120 cliënten, waarvan 30% forensisch.' },
    ]);
    expect(at('De basis staat').pillar).toBe(2);
    expect(at('een punt').pillar).toBe(2);
    expect(at('Totaal 120').pillar).toBe(5);
  });

  it('reads "PIJLER 3:" with only a number as that pillar', () => {
    const at = map([
      { h: 3, text: 'Activiteiten voor 2026' },
      { h: 4, text: 'PIJLER 3:' },
      { li: 'We gaan de incidentenregistratie verbeteren.' },
    ]);
    expect(at('We gaan').pillar).toBe(3);
    expect(at('Activiteiten voor 2026').pillar).toBe(0);
  });
});

describe('mapBlocks: themes and tables', () => {
  it('maps a table whose first row names a theme to that theme and its pillar, also outside a pillar chapter', () => {
    const at = map([
      { h: 1, text: 'Bijlage' },
      {
        table: [
          ['Thema 5: Vakbekwaamheid / bevoegdheid', 'Gereed op 31-5-2025'],
          ['Onze medewerkers volgen de leerlijn.', ''],
        ],
      },
    ]);
    expect(at('Thema 5').pillar).toBe(2);
    expect(at('Thema 5').themes).toEqual([5]);
  });

  it('finds a pillar hidden in a table’s first cell, however long the table', () => {
    const at = map([
      { h: 1, text: 'Verantwoording' },
      {
        table: [
          ['Pijler: Forensisch vakmanschap', 'Toelichting'],
          [
            'Scholing',
            'Alle medewerkers volgden de basistraining en de leerlijn; het opleidingsplan is bijgesteld na de evaluatie.',
          ],
        ],
      },
    ]);
    expect(at('Pijler: Forensisch').pillar).toBe(2);
    expect(at('Pijler: Forensisch').themes).toContain(6);
  });

  it('does not mistake a report’s own numbering "3.1.3 Huisvesting" for a KKFZ article', () => {
    const at = map([{ h: 3, text: '6.2.1 Huisvesting' }, { p: 'De locatie is verbouwd.' }]);
    expect(at('De locatie').pillar).toBe(0);
  });

  it('uses KKFZ article citations: chapter 3 is pillar 1, chapter 6 is pillar 4', () => {
    const at = map([
      { h: 2, text: 'Artikel 3.1.3 b)' },
      { p: 'Zo doen wij dat.' },
      { h: 2, text: 'Artikel 6.1.1 (a t/m h)' },
      { p: 'En zo dit.' },
    ]);
    expect(at('Zo doen wij').pillar).toBe(1);
    expect(at('En zo dit').pillar).toBe(4);
  });

  it('treats a planning table of all themes as general, with every theme it names', () => {
    const themes = [
      'Veiligheidsmanagement',
      'Herstelgerichte zorg',
      'Opleidingsplan',
      'Ervaringsdeskundigheid',
      'Lerende cyclus',
      'Cliëntmetingen',
      'Overdracht / stapelzorg',
    ];
    const at = map([
      { h: 2, text: 'PIJLER 4: Samenwerken' },
      { table: [['Thema', '2024', '2025'], ...themes.map((t) => [t, 'x', ''])] },
    ]);
    expect(at('Thema | 2024').pillar).toBe(0);
    expect(at('Thema | 2024').themes).toEqual([1, 2, 6, 7, 9, 10, 14]);
  });

  it('finds themes from specific words and explains them', () => {
    const at = map([
      { h: 2, text: 'Pijler 3: Organisatie van zorg' },
      { p: 'Jaarlijks doen we een cliënttevredenheidsonderzoek (CTO); de score was een 8,1.' },
      { p: 'Ons kwaliteitsmanagementsysteem is opnieuw HKZ-gecertificeerd na de externe audit.' },
    ]);
    expect(at('Jaarlijks').themes).toEqual([10]);
    expect(at('Ons kwaliteits').themes).toEqual([8]);
    expect(at('Ons kwaliteits').evidence.join(' ')).toMatch(/hkz|audit/);
  });
});

describe('mapBlocks: general parts and figures', () => {
  it('keeps introduction, mission and a table of contents general, even when they use the framework’s words', () => {
    const at = map([
      { h: 1, text: 'Jaarverslag 2025' },
      { h: 2, text: 'Inhoudsopgave' },
      { p: 'Pijler 1: Veiligheid en persoonsgerichte zorg 7' },
      { p: 'Pijler 2: Forensisch vakmanschap 9' },
      { h: 2, text: 'Missie en visie' },
      { p: 'Wij werken aan herstel en veiligheid, samen met cliënt en naasten.' },
    ]);
    expect(at('Pijler 1: Veiligheid').pillar).toBe(0);
    expect(at('Pijler 1: Veiligheid').themes).toEqual([]);
    expect(at('Wij werken aan herstel').pillar).toBe(0);
    expect(at('Jaarverslag 2025').pillar).toBe(0);
  });

  it('treats text about the pillars as a whole as general', () => {
    const at = map([{ p: 'Het kwaliteitskader is verdeeld in vijf pijlers en veertien thema’s.' }]);
    expect(at('Het kwaliteitskader').pillar).toBe(0);
  });

  it('maps bare figures outside any section to kengetallen (5)', () => {
    const at = map([{ p: 'Totaal 1351 cliënten, 15% forensisch' }]);
    expect(at('Totaal').pillar).toBe(5);
  });

  it('gives a lone pillar number right before a pillar heading to that pillar', () => {
    const at = map([
      { h: 2, text: 'PIJLER 1 - VEILIGHEID' },
      { p: 'tekst' },
      { p: '2' },
      { h: 2, text: 'PIJLER 2 - FORENSISCH VAKMANSCHAP' },
    ]);
    expect(at('2').pillar).toBe(2);
  });

  it('always gives evidence and a confidence between 0 and 1', () => {
    const blocks = blocksOf([{ h: 1, text: 'X' }, { p: 'zomaar wat tekst' }, { li: 'punt' }, { table: [['a', 'b']] }]);
    for (const m of mapBlocks(blocks)) {
      expect(m.evidence.length).toBeGreaterThan(0);
      expect(m.confidence).toBeGreaterThan(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
    }
  });
});
