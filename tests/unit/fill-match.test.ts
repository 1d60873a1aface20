// Collecting the fill test pages' fields with what they ask for, and matching one field on its own. The whole
// pages are scored in fill-score.test.ts; the form as a set in fill-form-context.test.ts.
import { describe, expect, it } from 'vitest';
import { collectFields } from '../../lib/fill/collect';
import { matchField, type MatchableField } from '../../lib/fill/match';
import { loadPage } from '../support/page-dom';
import { signalsOf } from '../support/field-signals';

const PAGES = [
  'plain.html',
  'react.html',
  'editor.html',
  'table.html',
  'aria.html',
  'iframe.html',
  'portal.html',
  'contact.html',
  'pillars.html',
  'questions.html',
];

describe('collectFields and matchField on the test pages', async () => {
  const pages = await Promise.all(
    PAGES.map(async (name) => ({ name, fields: collectFields((await loadPage(name)).window.document) })),
  );
  const all = pages.flatMap((p) => p.fields.map((f) => ({ page: p.name, field: f })));

  it('collects every field a user can fill, with the label text it used, and nothing hidden', () => {
    const counts = Object.fromEntries(pages.map((p) => [p.name, p.fields.length]));
    // Quill's hidden link inputs are not fields; the iframe's own fields are
    expect(counts).toEqual({
      'plain.html': 13,
      'react.html': 12,
      'editor.html': 5,
      'table.html': 16,
      'aria.html': 8,
      'iframe.html': 6,
      'portal.html': 10,
      'contact.html': 11,
      'pillars.html': 13,
      'questions.html': 7,
    });
    for (const { field } of all) {
      expect(field.element).toBeTruthy();
      expect(field.label.length, field.key).toBeGreaterThan(0);
    }
    expect(all.filter((x) => x.field.frame > 0).map((x) => x.field.signals.tokens)).toEqual([
      'b aantal',
      'b omzet',
      'b indicatoren',
      'b plannen',
    ]);
    expect(all.find((x) => x.field.kind === 'editable' && x.page === 'aria.html')?.field.label).toMatch(
      /^Reflectie – Terugkijkend/,
    );
  });

  it('reads each kind of label: label for, wrapping label, placeholder, name tokens, heading, table headers, aria-labelledby', () => {
    const by = (page: string, token: string) =>
      all.find((x) => x.page === page && x.field.signals.tokens.startsWith(token))!.field;
    expect(by('plain.html', 'aantal clienten').signals.label[0]).toMatch(/^Hoeveel cliënten/);
    expect(by('plain.html', 'uitgangspunten').signals.label[0]).toMatch(/^Waar staat uw organisatie voor/);
    expect(by('plain.html', 'fz omzet').signals.placeholder).toBe('Aandeel forensische zorg in totale omzet (%)');
    expect(by('plain.html', 'toel 4 a').signals.heading).toBe('Certificering en kwaliteitssysteem (HKZ, ISO 9001)');
    expect(by('table.html', 'sv r 3 toel').signals).toMatchObject({
      rowHeader: expect.stringMatching(/^Afstemming met reclassering/),
      colHeader: 'Toelichting',
    });
    expect(by('aria.html', 'p 4 netwerken').signals.label).toEqual([
      'Aan welke regionale overleggen of lerende netwerken nam u in 2025 deel?',
      'Pijler 4 · Samenwerken met partners',
    ]);
    expect(by('editor.html', 'planning themas').signals.before).toMatch(/^Welke thema's van het kwaliteitskader/);
  });

  it('reads what a field takes and where it stands: maxlength, size, rows, hints, its row, group and headings', () => {
    const by = (page: string, name: string) =>
      all.find((x) => x.page === page && x.field.element.getAttribute('name') === name)!.field;
    expect(by('portal.html', 'n_fz')).toMatchObject({ maxLength: 5, size: 5, inputMode: 'numeric' });
    expect(by('portal.html', 'contact_mail')).toMatchObject({ inputType: 'email', autocomplete: 'email' });
    expect(by('portal.html', 'speerpunten')).toMatchObject({ maxLength: 500, rows: 3 });
    expect(by('contact.html', 'bijlage').inputType).toBe('file');
    // the fields of one table row share it, and the table
    const [stand, plan] = [by('pillars.html', 'p3_stand'), by('pillars.html', 'p3_plan')];
    expect(stand.place.row).toBe(plan.place.row);
    expect(stand.place.group).toBe(by('pillars.html', 'p1_stand').place.group);
    expect(stand.place.row).not.toBe(by('pillars.html', 'p1_stand').place.row);
    // secondary words in <small> or after a line break come in brackets
    expect(by('pillars.html', 'p1_stand').signals.rowHeader).toBe(
      'Veiligheid en persoonsgerichte zorg (o.a. risicotaxatie, herstel, betrekken van naasten)',
    );
    expect(by('contact.html', 'toel_medewerkers').signals).toMatchObject({
      heading: expect.stringMatching(/^Hoe tevreden zijn uw medewerkers/),
      outline: ['Vragenlijst ter voorbereiding op het kwaliteitsgesprek', 'Medewerkers en cliënten'],
    });
    expect(by('contact.html', 'toel_medewerkers').place.sections).toHaveLength(3);
  });

  it('takes the question from the paragraphs before a field: the question and its hint, not the text before that', () => {
    const by = (name: string) =>
      all.find((x) => x.page === 'questions.html' && x.field.element.getAttribute('name') === name)!.field;
    expect(by('vraag_1').signals.before).toMatch(/^1\. Welke maatregelen/);
    expect(by('vraag_2').signals).toMatchObject({
      label: ['Antwoord'],
      before: expect.stringMatching(/^2\. Op welke manier .*betrokken\? Maximaal 150 woorden\.$/),
    });
    expect(by('vraag_3').signals.before).toMatch(/opleidingsplan\? Licht toe in enkele zinnen\.$/);
    expect(by('vraag_1').label).toMatch(/^1\. Welke maatregelen/);
  });

  it('sees what a field holds: prefilled fields are not empty', () => {
    const prefilled = all.filter(
      (x) => x.field.element.hasAttribute('data-prefilled') || x.field.element.closest('[data-prefilled]'),
    );
    expect(prefilled.map((x) => x.field.signals.tokens).sort()).toEqual([
      'b aantal',
      'bevoegdheid f bevoegdheid',
      'contactpersoon f contactpersoon',
      'planning themas',
      'uitgangspunten',
    ]);
    for (const x of prefilled) expect(x.field.empty).toBe(false);
    expect(all.filter((x) => !x.field.empty).length).toBe(
      prefilled.length +
        all.filter((x) => x.field.kind === 'select' && (x.field.element as HTMLSelectElement).value !== '').length,
    );
  });
});

describe('matchField on its own', () => {
  const field = (
    label: string[],
    more: Partial<MatchableField['signals']> = {},
    inputType = 'text',
    extra: Partial<MatchableField> = {},
  ) =>
    matchField({
      kind: inputType ? 'text' : 'textarea',
      inputType,
      maxLength: null,
      size: null,
      rows: null,
      inputMode: '',
      autocomplete: '',
      signals: signalsOf({ label, ...more }),
      ...extra,
    });

  it('a number beats a name, and a theme is more specific than its pillar', () => {
    expect(field(['Thema 6: Opleidingsplan']).target).toBe('theme-6');
    expect(field(['Pijler 2 – Deskundigheid']).target).toBe('pillar-2');
    expect(field(['Veiligheidsmanagement']).target).toBe('theme-1');
    expect(field(['Samenwerken']).target).toBe('pillar-4');
  });

  it('takes the topic from the context only when its own label says nothing', () => {
    expect(field(['Toelichting'], { heading: 'Cliënttevredenheid' }).target).toBe('theme-10');
    expect(field(['Naam van de projectleider'], { heading: 'Cliënttevredenheid' }).target).toBeNull();
    expect(field([], { rowHeader: 'Overdracht en stapelzorg', colHeader: 'Toelichting' }).target).toBe('theme-14');
  });

  it('knows the checklist items by how forms ask for them', () => {
    expect(field(['Hoeveel cliënten met een forensische titel had u op 31 december?']).target).toBe('omvang');
    expect(field(['Welk deel van de omzet komt uit forensische zorg?']).target).toBe('financieel');
    expect(field(['Wat zijn uw plannen voor het komende jaar?']).target).toBe('vooruitblik');
    expect(field(['Vrijstelling prestatie-indicatoren']).target).toBe('prestatie-indicatoren');
  });

  it('leaves out addresses, phone numbers, dates and files by their type, and what autocomplete names', () => {
    expect(field(['Visie'], {}, 'email')).toMatchObject({ target: null, nonContent: true });
    expect(field(['Datum van de audit'], {}, 'date')).toMatchObject({
      target: null,
      nonContent: true,
      evidence: expect.stringMatching(/datumveld/),
    });
    expect(field(['Kwaliteitsverslag'], {}, 'file')).toMatchObject({ target: null, nonContent: true });
    expect(field(['Visie'], {}, 'text', { autocomplete: 'organization' })).toMatchObject({
      target: null,
      nonContent: true,
    });
  });

  it('knows a field for the sender’s own data by the words that lead its label, whatever else it mentions', () => {
    for (const label of [
      'Contactpersoon voor vragen over het kwaliteitsverslag',
      'Wie is de contactpersoon voor pijler 5?',
      'Functie',
      'Organisatie',
      'Plaats en datum',
      'Handtekening (typ uw naam)',
      'AGB-code',
      'Type zorgaanbieder',
    ])
      expect(field([label]), label).toMatchObject({ target: null, nonContent: true });
    // a question that names the framework is content, even with such a word in it
    expect(field(['Functie van ervaringsdeskundigen in het team']).target).toBe('theme-7');
    expect(field(['Hoe werkt uw instelling samen met de reclassering en de politie?']).target).toBe('theme-12');
    expect(field(['Organisatie van de zorg']).target).toBe('pillar-3');
  });

  it('weighs a label’s examples less than its head', () => {
    expect(field(['Organisatie van zorg (o.a. kwaliteitsmanagement, cliënttevredenheid)']).target).toBe('pillar-3');
    expect(field(['Welke scholing volgden medewerkers (bijvoorbeeld trainingen in risicotaxatie)?']).target).toBe(
      'theme-6',
    );
  });

  it('knows a survey by its subject near a measure, and a question by what it asks to be done', () => {
    expect(
      field(['Toelichting'], { heading: 'Hoe tevreden zijn uw medewerkers, en wat zijn hun ervaringen?' }).target,
    ).toBe('theme-11');
    expect(field(['Toelichting'], { heading: 'Wat vinden cliënten van de begeleiding?' }).target).toBe('theme-10');
    expect(field(['Hoe tevreden zijn cliënten over hun begeleider?']).target).toBe('theme-10');
    expect(field(['Forensische cliënten als deel van het totaal']).target).toBe('omvang');
    expect(field(['Zet u ervaringsdeskundigen in in het team?']).target).toBe('theme-7');
    expect(field(['Hoe maakt u de resultaten van uw kwaliteitsbeleid bekend aan cliënten?']).target).toBe('pillar-5');
  });

  it('reads a question before an unlabelled field as its label', () => {
    expect(
      field([], { before: 'Op welke manier worden familie en naasten bij de begeleiding betrokken?' }).score,
    ).toBeGreaterThanOrEqual(0.6);
    expect(
      field(['Antwoord (maximaal 600 tekens)'], { before: 'Welke plannen heeft u voor het komende jaar?' }).target,
    ).toBe('vooruitblik');
  });
});
