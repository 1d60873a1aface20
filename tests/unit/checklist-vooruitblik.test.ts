// The look-ahead (vooruitblik) and the look-back (terugblik): goal and plan statements count wherever they
// stand, summed over the whole report; a goal of the reporting year or a sentence about the past does not
// look ahead.
import { describe, expect, it } from 'vitest';
import { evaluateChecklist } from '../../lib/checklist/evaluate';
import { mapBlocks } from '../../lib/classify/map';
import type { Block, ChecklistVerdict } from '../../lib/schema';
import { countWords } from '../../lib/text/normalize';
import { blocksOf, type Line } from '../support/blocks';

const FILLER = 'De teams bespraken casuïstiek in de intervisie en legden afspraken vast in het dossier. '.repeat(4);

function check(lines: Line[], year: number | null = 2025) {
  const blocks = blocksOf(lines);
  const verdicts = evaluateChecklist(blocks, mapBlocks(blocks), { focusThemes: [], year });
  const at = (id: string) => verdicts.find((v) => v.id === id)!;
  /** the indices of the blocks whose text is one of `texts` */
  const idx = (...texts: string[]) => texts.map((t) => blocks.find((b) => b.text === t)!.i);
  return { blocks, at, idx };
}

const textsOf = (blocks: Block[], v: ChecklistVerdict) => v.evidence.map((i) => blocks[i]!.text);

describe('vooruitblik: goal and plan statements wherever they stand', () => {
  const pillars = [
    'Pijler 1: Veiligheid en persoonsgerichte zorg',
    'Pijler 2: Forensisch vakmanschap',
    'Pijler 3: Organisatie van zorg',
    'Pijler 4: Samenwerken',
    'Pijler 5: Informeren over resultaten',
  ];
  // 20 one-line goals of 10 words each, four per pillar, between accounts of the year itself
  const goals = pillars.flatMap((_, p) =>
    [1, 2, 3, 4].map((k) => `Doel voor 2026: team ${p + 1}.${k} werkt volgens één vaste methodiek.`),
  );

  it('sums 20 one-line goals spread over the pillar sections into a present item, with all of them as evidence', () => {
    for (const g of goals) expect(countWords(g)).toBe(10);
    const lines: Line[] = pillars.flatMap((h, p) => [
      { h: 2, text: h },
      { p: FILLER },
      ...goals.slice(p * 4, p * 4 + 4).map((g, k) => (k % 2 ? { li: g } : { p: g })),
    ]);
    const { blocks, at, idx } = check(lines);
    const v = at('vooruitblik');
    expect(v.status).toBe('present');
    expect(v.evidence).toEqual(idx(...goals));
    expect(v.words).toBe(200);
    expect(textsOf(blocks, v)).not.toContain(FILLER.trim());
  });

  it('adds the goals to a thin look-ahead section: the report’s look-ahead is all of it', () => {
    const lines: Line[] = [
      { h: 2, text: 'Pijler 1: Veiligheid en persoonsgerichte zorg' },
      { p: FILLER },
      ...goals.slice(0, 10).map((g) => ({ li: g })),
      { h: 2, text: 'Vooruitblik' },
      { p: 'Zie de doelen per pijler.' },
    ];
    const { at, idx } = check(lines);
    const v = at('vooruitblik');
    expect(v.status).toBe('present');
    expect(v.evidence).toEqual(
      expect.arrayContaining([...idx(...goals.slice(0, 10)), ...idx('Vooruitblik', 'Zie de doelen per pijler.')]),
    );
    expect(v.words).toBe(105);
  });

  it('counts the phrasings Dutch reports use for plans, in running text and lists', () => {
    const plans = [
      'Doelen 2026',
      'In 2026 gaan we de nieuwsbrief twee keer per jaar uitbrengen.',
      'Voor 2026 staat een interne audit op de forensische dossiers gepland.',
      'We willen in 2026 alle begeleiders de module risicotaxatie laten volgen.',
      'Ambitie 2026: iedere cliënt heeft binnen zes weken een begeleidingsplan.',
      'Speerpunten voor 2026 zijn ervaringsdeskundigheid en het betrekken van naasten.',
      'Plannen voor het komende jaar: een tweede familieavond en een klantpanel.',
      'Komend jaar gaan we verder met de invoering van de FARE.',
      'Volgend jaar organiseren we een bijeenkomst met de reclassering.',
      'Actiepunten 2026: scholing, audit en cliëntmeting.',
      'In het nieuwe jaar starten we met moreel beraad.',
      'Vanaf 1 januari 2026 werken alle teams met het nieuwe ECD.',
      'Eind 2026 heeft 90% van de medewerkers de leerlijn afgerond.',
    ];
    const { at, idx } = check([{ h: 2, text: 'Pijler 3: Organisatie van zorg' }, ...plans.map((p) => ({ p }))]);
    const v = at('vooruitblik');
    expect(v.evidence).toEqual(expect.arrayContaining(idx(...plans)));
    expect(v.status).toBe('present');
  });

  it('counts "In 2026 gaan we …" in running text, and not a sentence about the past', () => {
    const now =
      'Het afgelopen jaar is het veiligheidsbeleid herzien. In 2026 gaan we dit beleid met alle teams bespreken.';
    const past = 'In 2024 gingen we van start met de FARE en in 2025 zijn alle werkwijzen in kaart gebracht.';
    const { at, idx } = check([
      { h: 2, text: 'Pijler 1: Veiligheid en persoonsgerichte zorg' },
      { p: past },
      { p: now },
    ]);
    expect(at('vooruitblik').evidence).toEqual(idx(now));
    expect(at('vooruitblik').status).toBe('thin');
  });

  it('does not take a goal of the reporting year or a bare "Doel" for a look-ahead; "Doel 2025 behaald" is a look-back', () => {
    const lines: Line[] = [
      { h: 2, text: 'Pijler 2: Forensisch vakmanschap' },
      { h: 3, text: 'Doel: Borgen van methodisch werken' },
      { p: 'Doel' },
      { p: 'Doel 2025 behaald: alle begeleiders volgden de basistraining forensische zorg.' },
      { p: 'Doel voor 2025: een opleidingsplan voor ieder team.' },
    ];
    const { at, idx } = check(lines);
    expect(at('vooruitblik')).toMatchObject({ status: 'missing', evidence: [] });
    expect(at('terugblik').evidence).toEqual(
      expect.arrayContaining(idx('Doel 2025 behaald: alle begeleiders volgden de basistraining forensische zorg.')),
    );
    // without a known year any year may be the next one, but a goal with its result still looks back
    const unknown = check(lines, null);
    expect(unknown.at('vooruitblik').evidence).not.toContain(
      unknown.idx('Doel 2025 behaald: alle begeleiders volgden de basistraining forensische zorg.')[0],
    );
    expect(unknown.at('terugblik').evidence).toContain(
      unknown.idx('Doel 2025 behaald: alle begeleiders volgden de basistraining forensische zorg.')[0],
    );
  });

  it('finds "Doel voor 2027" in a report whose year is unknown', () => {
    const goal = 'Doel voor 2027: ieder team heeft een ervaringsdeskundige die meedenkt over het beleid.';
    const { at, idx } = check([{ h: 2, text: 'Pijler 4: Samenwerken' }, { p: FILLER }, { li: goal }], null);
    expect(at('vooruitblik').evidence).toEqual(idx(goal));
  });

  it('reads {next} in headings: "Vooruitblik 2026", "Doelen en plannen 2026", "Plannen voor 2026" bring their sections', () => {
    for (const heading of [
      'Vooruitblik 2026',
      'Doelen en plannen 2026',
      'Plannen voor 2026',
      '7.2 Ambitie 2026',
      'Speerpunten voor 2026',
    ]) {
      const body =
        'Wij breiden het aantal woonplekken uit en zoeken samenwerking met twee woningcorporaties in de regio. '.repeat(
          6,
        );
      const { at, idx } = check([
        { h: 2, text: 'Pijler 3: Organisatie van zorg' },
        { p: FILLER },
        { h: 2, text: heading },
        { p: body.trim() },
      ]);
      expect(at('vooruitblik').evidence, heading).toEqual(idx(heading, body.trim()));
      expect(at('vooruitblik').status, heading).toBe('present');
    }
    // the reporting year's own plans are no look-ahead
    expect(check([{ h: 2, text: 'Plannen voor 2025' }, { p: FILLER }]).at('vooruitblik').status).toBe('missing');
  });

  it('takes a goal heading with its section, and the goal it states as its words', () => {
    const lines: Line[] = [
      { h: 2, text: 'Pijler 1: Veiligheid en persoonsgerichte zorg' },
      { p: FILLER },
      { h: 3, text: 'Doel voor 2026: Eenduidig werken binnen de PI door medewerkers HDMH' },
      { h: 4, text: 'Aanpak' },
      { li: 'Een werkgroep schrijft een handboek.' },
      { h: 3, text: 'Doel: Borgen van methodisch werken' },
      { p: FILLER },
    ];
    const { at, idx } = check(lines);
    const v = at('vooruitblik');
    expect(v.evidence).toEqual(
      idx(
        'Doel voor 2026: Eenduidig werken binnen de PI door medewerkers HDMH',
        'Aanpak',
        'Een werkgroep schrijft een handboek.',
      ),
    );
    expect(v.words).toBe(8 + 5);
    expect(v.status).toBe('thin');
  });
});

describe('terugblik: reflection on the goals of the reporting year', () => {
  it('recognises goals with their result, "Wat hebben we bereikt", "Evaluatie van de doelen" and "Resultaat:"', () => {
    const lines: Line[] = [
      { h: 2, text: 'Pijler 2: Forensisch vakmanschap' },
      { p: 'Doel voor 2025: een opleidingsplan voor ieder team – gerealiseerd in het najaar.' },
      {
        p: 'Doel voor 2025: de leerlijn risicotaxatie voor alle begeleiders. Niet gehaald: de training is verschoven.',
      },
      { p: 'Resultaat: 87% van de begeleidingsplannen was binnen zes weken definitief.' },
      { h: 2, text: 'Wat hebben we bereikt?' },
      { p: 'Kort samengevat.' },
      { h: 2, text: 'Evaluatie van de doelen' },
      { p: 'Zie hierboven.' },
    ];
    const { at, idx } = check(lines);
    const v = at('terugblik');
    expect(v.evidence).toEqual(
      expect.arrayContaining(
        idx(
          'Doel voor 2025: een opleidingsplan voor ieder team – gerealiseerd in het najaar.',
          'Doel voor 2025: de leerlijn risicotaxatie voor alle begeleiders. Niet gehaald: de training is verschoven.',
          'Resultaat: 87% van de begeleidingsplannen was binnen zes weken definitief.',
          'Wat hebben we bereikt?',
          'Kort samengevat.',
          'Evaluatie van de doelen',
        ),
      ),
    );
    // a goal for the next year is a look-ahead, not a look-back, even when it names the result it aims at
    const next = check([{ p: 'Doel voor 2026: eind 2026 zijn twintig woonplekken gerealiseerd.' }]);
    expect(next.at('terugblik').status).toBe('missing');
    expect(next.at('vooruitblik').status).toBe('thin');
  });

  it('does not take an evaluation of a later year for a look-back', () => {
    const { at } = check([{ h: 2, text: 'Ingroeiperiode 3: Evaluatie in 2028' }, { p: FILLER }]);
    expect(at('terugblik').status).toBe('missing');
  });
});
