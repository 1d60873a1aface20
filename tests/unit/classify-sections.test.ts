// The map on reports built unlike the corpus: one test per class of error seen on real reports nobody here
// had (general by default, cue words over structure, results under another pillar's words, themes in other
// words, a word that stands everywhere), each in wording of its own.
import { describe, expect, it } from 'vitest';
import { mapBlocks } from '../../lib/classify/map';
import { RULES, UNSURE, isUnsure } from '../../lib/classify/rules';
import { blocksOf, type Line } from '../support/blocks';

function map(lines: Line[]) {
  const blocks = blocksOf(lines);
  const mappings = mapBlocks(blocks);
  const at = (text: string) => {
    const b = blocks.find((x) => x.text.startsWith(text));
    if (!b) throw new Error(`no block "${text}"`);
    return mappings[b.i]!;
  };
  return Object.assign(at, { mappings });
}

const TITLE: Line = { h: 1, text: 'Jaarverslag 2025' };

describe('sections named after a quality aspect, not a pillar', () => {
  it('governance, research, participation councils and day activities take their aspect’s pillar', () => {
    const at = map([
      TITLE,
      { h: 2, text: 'Goed bestuur en toezicht' },
      { p: 'De raad kwam zes keer bijeen en sprak met het managementteam over de begroting.' },
      { h: 2, text: 'Wetenschap en innovatie' },
      { p: 'Met een hogeschool liep een proef met een app voor dagelijkse check-ins.' },
      { h: 2, text: 'Cliëntenraad en ondernemingsraad' },
      { p: 'Beide raden gaven advies over de nieuwe locatie.' },
      { h: 2, text: 'Dagbesteding en leefklimaat' },
      { p: 'Iedere bewoner heeft een vaste plek in een van de werkplaatsen.' },
    ]);
    expect(at('De raad kwam').pillar).toBe(3);
    expect(at('Met een hogeschool').pillar).toBe(3);
    expect(at('Beide raden').pillar).toBe(3);
    expect(at('Iedere bewoner').pillar).toBe(1);
    expect(at('Goed bestuur').rule).toBe('kop-kwaliteitsaspect');
    expect(at('Goed bestuur').evidence.join(' ')).toMatch(/5\.1\.3/);
  });

  it('a "visie" heading about governance is the aspect, "Missie en visie" is general', () => {
    const at = map([
      TITLE,
      { h: 2, text: 'Missie en visie' },
      { p: 'Wij geloven in herstel en veiligheid voor iedereen.' },
      { h: 2, text: 'Visie op goed bestuur en toezicht' },
      { p: 'Het bestuur legt verantwoording af aan de raad.' },
    ]);
    expect(at('Wij geloven').pillar).toBe(0);
    expect(at('Wij geloven').themes).toEqual([]);
    expect(at('Het bestuur legt').pillar).toBe(3);
  });
});

describe('sections numbered by KKFZ article', () => {
  it('a heading citing an article ("3.1.3 b)", "5.1.2.c") takes the article’s pillar: chapter = pillar + 2', () => {
    const at = map([
      TITLE,
      { h: 2, text: '3.1.3 b) Het plan is binnen zes weken klaar' },
      { p: 'Bij 41 van de 45 nieuwe trajecten lukte dat.' },
      { h: 2, text: '5.1.2.c Resultaten zijn vindbaar' },
      { p: 'Ze staan op de website en zijn besproken in de teams.' },
    ]);
    expect(at('Bij 41').pillar).toBe(1);
    expect(at('Ze staan').pillar).toBe(3);
  });
});

describe('general is a finding, not what is left', () => {
  it('an appendix takes the pillar of what it holds', () => {
    const at = map([
      TITLE,
      { h: 2, text: 'Inleiding' },
      { p: 'In dit verslag leggen wij verantwoording af over het afgelopen jaar.' },
      { h: 2, text: 'Bijlage 2 bij hoofdstuk 4' },
      { p: 'De ketenpartners, de reclassering en de gemeenten kwamen vier keer bijeen in het casusoverleg.' },
      { p: 'Met de reclassering zijn nieuwe afspraken over de samenwerking gemaakt.' },
    ]);
    expect(at('In dit verslag').pillar).toBe(0);
    expect(at('De ketenpartners').pillar).toBe(4);
    expect(at('Bijlage 2').rule).toBe('sectie-inhoud');
  });

  it('a chapter of key figures under another word is pillar 5, its table too, with no theme', () => {
    const at = map([
      TITLE,
      { h: 2, text: 'Jaarcijfers' },
      { p: 'Op 31 december volgden 146 deelnemers een traject, van wie 58 met een forensische titel.' },
      {
        table: [
          ['Deelnemers', '2024', '2025'],
          ['Forensisch', '51', '58'],
          ['Totaal', '139', '146'],
        ],
      },
    ]);
    expect(at('Jaarcijfers').pillar).toBe(5);
    expect(at('Op 31 december').pillar).toBe(5);
    expect(at('Deelnemers').pillar).toBe(5);
    expect(at('Deelnemers').themes).toEqual([]);
  });

  it('what nothing points to is general and says it is unsure', () => {
    const at = map([{ p: 'Een korte zin over het weer.' }, { p: 'Nog een zin zonder onderwerp.' }]);
    expect(at('Een korte zin').pillar).toBe(0);
    expect(at('Een korte zin').rule).toBe('geen-bewijs');
    expect(isUnsure(at('Een korte zin'))).toBe(true);
  });
});

describe('structure over cue words', () => {
  it('a goal line keeps its section’s pillar, whatever its words', () => {
    const at = map([
      TITLE,
      { h: 2, text: 'Pijler 2: Forensisch vakmanschap' },
      { p: 'Alle begeleiders volgden de training over de professionele houding.' },
      { p: 'Doel voor 2026: vaker overleg met de reclassering en de ketenpartners over de begeleiding.' },
    ]);
    expect(at('Doel voor 2026').pillar).toBe(2);
    expect(at('Doel voor 2026').rule).toBe('pijler-sectie');
    // its own words point to pillar 4: the map keeps the section, but is less sure, and says why
    expect(at('Doel voor 2026').confidence).toBeLessThan(RULES['pijler-sectie'].confidence);
    expect(at('Doel voor 2026').evidence.join(' ')).toMatch(/eigen woorden wijzen naar pijler 4/);
  });

  it('a performance indicator named like another pillar’s topic is still a reported result', () => {
    const at = map([
      TITLE,
      { h: 2, text: 'Kengetallen' },
      { h: 3, text: 'Continuïteit van zorg' },
      {
        table: [
          ['Uitstroom', 'Aantal'],
          ['Met vervolgzorg', '31'],
          ['Zonder', '4'],
        ],
      },
      { h: 2, text: 'Prestatie-indicator continuïteit van zorg' },
      { p: 'Van de cliënten die uitstroomden kreeg 88% aansluitend vervolgzorg.' },
    ]);
    expect(at('Continuïteit van zorg').pillar).toBe(5);
    expect(at('Continuïteit van zorg').themes).toEqual([14]);
    expect(at('Uitstroom').pillar).toBe(5);
    expect(at('Prestatie-indicator').pillar).toBe(5);
    expect(at('Prestatie-indicator').themes).toEqual([14]);
    expect(at('Van de cliënten').pillar).toBe(5);
  });

  it('key figures in the middle of a pillar chapter are pillar 5; a survey’s scores there stay with the pillar', () => {
    const at = map([
      TITLE,
      { h: 2, text: 'Pijler 3: Organisatie van zorg' },
      {
        table: [
          ['Kerncijfers', '2024', '2025'],
          ['Aantal jongeren in zorg', '112', '120'],
          ['Waarvan forensisch', '41%', '44%'],
        ],
      },
      { p: 'De jongerentevredenheid kwam uit op 7,8, met een respons van 64%.' },
    ]);
    expect(at('Kerncijfers').pillar).toBe(5);
    expect(at('De jongerentevredenheid').pillar).toBe(3);
  });

  it('template headings repeated in every section (Algemeen beeld, Reflectie) carry the theme of the section above', () => {
    const at = map([
      TITLE,
      { h: 2, text: 'Pijler 1: Veiligheid en persoonsgerichte zorg' },
      { h: 3, text: 'Thema 4: Betrekken cliënt en netwerk' },
      { h: 4, text: 'Algemeen beeld' },
      { p: 'Bij de meeste gesprekken is iemand van thuis aanwezig.' },
      { h: 4, text: 'Reflectie' },
      { p: 'Dat lukt nog niet altijd bij de oudere groep.' },
      { h: 3, text: 'Thema 2: Herstelgerichte zorg' },
      { h: 4, text: 'Algemeen beeld' },
      { p: 'Het toekomstplan staat in elk gesprek centraal.' },
      { h: 4, text: 'Reflectie' },
      { p: 'We willen het plan vaker samen bijstellen.' },
    ]);
    expect(at('Bij de meeste').themes).toEqual([4]);
    expect(at('Dat lukt').themes).toEqual([4]);
    expect(at('Het toekomstplan').themes).toEqual([2]);
    expect(at('We willen').pillar).toBe(1);
  });
});

describe('themes in other words, and words that stand everywhere', () => {
  it('a client survey by any word for clients is theme 10; a staff survey theme 11', () => {
    const at = map([
      TITLE,
      { h: 2, text: 'Kwaliteit en verbeteren' },
      { p: 'Het bewonerstevredenheidsonderzoek had een respons van 71%.' },
      { p: 'Een ervaringsmeting onder patiënten liet zien dat zij zich gehoord voelen.' },
      { p: 'De tevredenheid van de deelnemers is gestegen.' },
      { p: 'De medewerkersenquête wees op een hoge werkdruk.' },
    ]);
    expect(at('Het bewonerstevredenheidsonderzoek').themes).toContain(10);
    expect(at('Een ervaringsmeting').themes).toContain(10);
    expect(at('De tevredenheid van de deelnemers').themes).toContain(10);
    expect(at('De medewerkersenquête').themes).toContain(11);
  });

  it('a word found in most blocks of a report cannot carry a theme alone', () => {
    const filler = (n: number): Line[] =>
      Array.from({ length: n }, (_, k) => ({
        p: `In project ${k + 1} was de samenwerking goed en werd veel bereikt door het team.`,
      }));
    const at = map([
      TITLE,
      { h: 2, text: 'Ons jaar' },
      ...filler(30),
      { p: 'Met de reclassering en de ketenpartners is een convenant gesloten over de samenwerking.' },
    ]);
    expect(at('In project 1 ').themes).not.toContain(12);
    expect(at('Met de reclassering').themes).toContain(12);
  });
});

describe('every mapping says which rule decided it', () => {
  it('names a rule from the table and a confidence below UNSURE only where the map is unsure', () => {
    const at = map([
      TITLE,
      { h: 2, text: 'Inhoud' },
      { p: 'Inleiding 3' },
      { p: 'Pijler 1 5' },
      { p: 'Kengetallen 9' },
      { h: 2, text: 'Pijler 1: Veiligheid en persoonsgerichte zorg' },
      { p: 'Iedere cliënt heeft een signaleringsplan.' },
    ]);
    for (const m of at.mappings) {
      expect(Object.keys(RULES)).toContain(m.rule);
      expect(m.confidence).toBe(isUnsure(m) ? m.confidence : Math.max(m.confidence, UNSURE));
    }
    expect(at('Inleiding 3').rule).toBe('inhoudsopgave');
    expect(at('Iedere cliënt').rule).toBe('pijler-sectie');
  });
});
