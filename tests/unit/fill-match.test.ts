// Field matching on the fill test pages: every field's item as a careful person would pick it (data-expect in
// the pages, written before the matcher), and never a match for a field that asks for the sender's own data.
import { describe, expect, it } from 'vitest';
import { collectFields } from '../../lib/fill/collect';
import { matchField } from '../../lib/fill/match';
import { expected, loadPage } from '../support/page-dom';

const PAGES = ['plain.html', 'react.html', 'editor.html', 'table.html', 'aria.html', 'iframe.html'];

describe('collectFields and matchField on the test pages', async () => {
  const pages = await Promise.all(PAGES.map(async (name) => ({ name, fields: collectFields((await loadPage(name)).window.document) })));
  const all = pages.flatMap((p) => p.fields.map((f) => ({ page: p.name, field: f, match: matchField(f), expect: expected(f.element) })));

  it('collects every field a user can fill, with the label text it used, and nothing hidden', () => {
    const counts = Object.fromEntries(pages.map((p) => [p.name, p.fields.length]));
    // Quill's hidden link inputs are not fields; the iframe's own fields are
    expect(counts).toEqual({ 'plain.html': 13, 'react.html': 12, 'editor.html': 5, 'table.html': 16, 'aria.html': 8, 'iframe.html': 6 });
    for (const { field } of all) {
      expect(field.element).toBeTruthy();
      expect(field.label.length, field.key).toBeGreaterThan(0);
    }
    expect(all.filter((x) => x.field.frame > 0).map((x) => x.field.signals.tokens)).toEqual(['b aantal', 'b omzet', 'b indicatoren', 'b plannen']);
    expect(all.find((x) => x.field.kind === 'editable' && x.page === 'aria.html')?.field.label).toMatch(/^Reflectie – Terugkijkend/);
  });

  it('reads each kind of label: label for, wrapping label, placeholder, name tokens, heading, table headers, aria-labelledby', () => {
    const by = (page: string, token: string) => all.find((x) => x.page === page && x.field.signals.tokens.startsWith(token))!.field;
    expect(by('plain.html', 'aantal clienten').signals.label[0]).toMatch(/^Hoeveel cliënten/);
    expect(by('plain.html', 'uitgangspunten').signals.label[0]).toMatch(/^Waar staat uw organisatie voor/);
    expect(by('plain.html', 'fz omzet').signals.placeholder).toBe('Aandeel forensische zorg in totale omzet (%)');
    expect(by('plain.html', 'toel 4 a').signals.heading).toBe('Certificering en kwaliteitssysteem (HKZ, ISO 9001)');
    expect(by('table.html', 'sv r 3 toel').signals).toMatchObject({ rowHeader: expect.stringMatching(/^Afstemming met reclassering/), colHeader: 'Toelichting' });
    expect(by('aria.html', 'p 4 netwerken').signals.label).toEqual(['Aan welke regionale overleggen of lerende netwerken nam u in 2025 deel?', 'Pijler 4 · Samenwerken met partners']);
    expect(by('editor.html', 'planning themas').signals.before).toMatch(/^Welke thema's van het kwaliteitskader/);
  });

  it('matches at least 95% of the fields to the item a person picked, each with a score and its evidence', () => {
    const wrong = all.filter((x) => (x.match.target ?? 'none') !== x.expect).map((x) => `${x.page} ${x.field.signals.tokens}: ${x.match.target} ≠ ${x.expect} (${x.match.evidence})`);
    expect(wrong.length / all.length, wrong.join('\n')).toBeLessThanOrEqual(0.05);
    for (const { match } of all) {
      expect(match.evidence.length).toBeGreaterThan(0);
      if (match.target) expect(match.score).toBeGreaterThanOrEqual(0.45);
    }
  });

  it('never matches a field that asks for a name, an address, a number of its own or a yes/no', () => {
    const personal = all.filter((x) => x.expect === 'none');
    expect(personal.length).toBeGreaterThanOrEqual(15);
    expect(personal.filter((x) => x.match.target !== null).map((x) => `${x.page} ${x.field.signals.tokens} → ${x.match.target}`)).toEqual([]);
  });

  it('sees what a field holds: prefilled fields are not empty', () => {
    const prefilled = all.filter((x) => x.field.element.hasAttribute('data-prefilled') || x.field.element.closest('[data-prefilled]'));
    expect(prefilled.map((x) => x.field.signals.tokens).sort()).toEqual(['b aantal', 'bevoegdheid f bevoegdheid', 'contactpersoon f contactpersoon', 'planning themas', 'uitgangspunten']);
    for (const x of prefilled) expect(x.field.empty).toBe(false);
    expect(all.filter((x) => !x.field.empty).length).toBe(prefilled.length + all.filter((x) => x.field.kind === 'select' && x.field.value !== '').length);
  });
});

describe('matchField on its own', () => {
  const field = (label: string[], more: Partial<Parameters<typeof matchField>[0]['signals']> = {}, inputType = 'text') =>
    matchField({ inputType, signals: { label, placeholder: '', tokens: '', rowHeader: '', colHeader: '', before: '', heading: '', group: '', description: '', ...more } });

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

  it('leaves out addresses, phone numbers and dates by their type', () => {
    expect(field(['Visie'], {}, 'email').target).toBeNull();
    expect(field(['Datum van de audit'], {}, 'date').target).toBeNull();
  });
});
