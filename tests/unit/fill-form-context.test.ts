// The form as a set: neighbours settle the level (rows that name pillars ask for pillars), a form that asks for
// each pillar and theme once gets one assignment over all its questions, and the fields of one table row answer
// one question. Forms written inline here, in wordings none of the test pages use.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { assign, FORBIDDEN } from '../../lib/fill/assign';
import { collectFields } from '../../lib/fill/collect';
import { matchForm } from '../../lib/fill/form-context';

/** name → item (or null) for every field of a form */
function matched(html: string): Record<string, string | null> {
  const dom = new JSDOM(`<body><form>${html}</form></body>`, { pretendToBeVisual: true });
  const fields = collectFields(dom.window.document);
  const matches = matchForm(fields);
  return Object.fromEntries(fields.map((f, i) => [f.element.getAttribute('name'), matches[i]!.target]));
}

describe('assign', () => {
  it('maximises the total, not each row in turn', () => {
    // row 0 would take column 0 first; the best total gives it column 1
    expect(
      assign([
        [0.9, 0.8],
        [0.85, FORBIDDEN],
      ]),
    ).toEqual([1, 0]);
    expect(assign([[0.5, 0.7, 0.1]])).toEqual([1]);
    expect(assign([])).toEqual([]);
  });
});

describe('matchForm', () => {
  it('reads rows that mostly name pillars as the five pillars, whatever their examples or a shared phrase name', () => {
    expect(
      matched(`<table><tr><th>Pijler</th><th>Toelichting</th></tr>
        <tr><td>Persoonsgerichte en veilige zorg (incl. risicotaxatie)</td><td><textarea name="a"></textarea></td></tr>
        <tr><td>Professionaliteit en vakmanschap (scholing, bevoegdheden, ervaringsdeskundigen)</td><td><textarea name="b"></textarea></td></tr>
        <tr><td>Zo is de zorg ingericht<br>kwaliteitsmanagementsysteem, lerende cyclus</td><td><textarea name="c"></textarea></td></tr>
        <tr><td>Samenwerking met ketenpartners en andere organisaties</td><td><textarea name="d"></textarea></td></tr>
        <tr><td>Informeren over resultaten (kwaliteitsverslag)</td><td><textarea name="e"></textarea></td></tr></table>`),
    ).toEqual({ a: 'pillar-1', b: 'pillar-2', c: 'pillar-3', d: 'pillar-4', e: 'pillar-5' });
  });

  it('reads the text beside a field in its own cell or list item as its question', () => {
    expect(
      matched(`<table><tr><th>Pijler</th></tr>
        <tr><td>Veiligheid en persoonsgerichte zorg<br><textarea name="a"></textarea></td></tr>
        <tr><td>Vakmanschap<br><textarea name="b"></textarea></td></tr>
        <tr><td>Samenwerken met ketenpartners en andere organisaties<br><textarea name="c"></textarea></td></tr></table>
        <ul><li>Hoe betrekt u naasten? <textarea name="d"></textarea></li><li>Overdracht naar vervolgzorg <input name="e"></li></ul>`),
    ).toEqual({ a: 'pillar-1', b: 'pillar-2', c: 'pillar-4', d: 'theme-4', e: 'theme-14' });
  });

  it('gives the one section among named pillars that names nothing the pillar left, and guesses no further', () => {
    const section = (title: string, name: string) =>
      `<h3>${title}</h3><label>Toelichting <textarea name="${name}"></textarea></label>`;
    const named = [
      section('Vakmanschap van onze mensen', 'b'),
      section('Organisatie van zorg', 'c'),
      section('Samenwerken met ketenpartners', 'd'),
      section('Informeren over resultaten', 'e'),
    ].join('');
    expect(matched(`<h2>Per pijler</h2>${section('Zo werken wij', 'a')}${named}`)).toEqual({
      a: 'pillar-1',
      b: 'pillar-2',
      c: 'pillar-3',
      d: 'pillar-4',
      e: 'pillar-5',
    });
    // two sections that name nothing: which is which is not for the matcher to guess
    expect(
      matched(`<h2>Per pijler</h2>${section('Zo werken wij', 'a')}${section('Wat ons bezighield', 'x')}${named}`),
    ).toMatchObject({ a: null, x: null });
    // the section that names nothing under another heading than the named pillars' is not one of them
    expect(matched(`<h2>Inleiding</h2>${section('Zo werken wij', 'a')}<h2>Per pijler</h2>${named}`)).toMatchObject({
      a: null,
    });
  });

  it('leaves themes among themes, and a theme named outright among pillars', () => {
    expect(
      matched(`<h2>Thema's</h2><table>
        <tr><th>Veiligheidsmanagement</th><td><textarea name="a"></textarea></td></tr>
        <tr><th>Samenwerking in de keten</th><td><textarea name="b"></textarea></td></tr>
        <tr><th>Overdracht en vervolgzorg</th><td><textarea name="c"></textarea></td></tr></table>`),
    ).toEqual({ a: 'theme-1', b: 'theme-12', c: 'theme-14' });
    expect(
      matched(`<h2>Stand van zaken</h2>
        <label for="a">Pijler 1</label><textarea id="a" name="a"></textarea>
        <label for="b">Pijler 3</label><textarea id="b" name="b"></textarea>
        <label for="c">Thema 6: opleidingsplan</label><textarea id="c" name="c"></textarea>`),
    ).toEqual({ a: 'pillar-1', b: 'pillar-3', c: 'theme-6' });
  });

  it('gives each of two questions that want one theme its own item when the form asks for each once', () => {
    const got = matched(`<h2>Per pijler</h2>
      <label for="a">Veiligheid en persoonsgerichte zorg</label><textarea id="a" name="a"></textarea>
      <label for="b">Forensisch vakmanschap</label><textarea id="b" name="b"></textarea>
      <label for="c">Samenwerken met ketenpartners</label><textarea id="c" name="c"></textarea>
      <label for="d">Afstemming met de reclassering en andere ketenpartners</label><textarea id="d" name="d"></textarea>`);
    expect(new Set(Object.values(got)).size).toBe(4);
    expect(got).toMatchObject({ a: 'pillar-1', b: 'pillar-2', d: 'theme-12' });
  });

  it('lets a form ask for one theme twice when it numbers it twice', () => {
    expect(
      matched(`<h3>Thema 6</h3><label for="a">Wat is er bereikt?</label><textarea id="a" name="a"></textarea>
        <label for="b">Wat zijn de plannen?</label><textarea id="b" name="b"></textarea>
        <h3>Thema 7</h3><label for="c">Toelichting</label><textarea id="c" name="c"></textarea>
        <h3>Thema 6 (vervolg)</h3><label for="d">Toelichting</label><textarea id="d" name="d"></textarea>`),
    ).toMatchObject({ c: 'theme-7', d: 'theme-6' });
  });

  it('finds the sender’s own data among content fields and keeps it out', () => {
    expect(
      matched(`<h2>Contact</h2>
        <label for="a">Contactpersoon kwaliteitsverslag</label><input id="a" name="a">
        <label for="b">Telefoonnummer voor vragen over de pijlers</label><input id="b" name="b">
        <label for="c">Naam zorgaanbieder</label><input id="c" name="c">
        <label for="d">Ingevuld door</label><input id="d" name="d">
        <h2>Medewerkers</h2><h3>Tevredenheid en ervaringen van het personeel</h3><textarea name="e"></textarea>
        <h3>Hoe ervaren medewerkers hun werk?</h3><label for="f">Antwoord</label><textarea id="f" name="f"></textarea>`),
    ).toEqual({ a: null, b: null, c: null, d: null, e: 'theme-11', f: 'theme-11' });
  });
});
