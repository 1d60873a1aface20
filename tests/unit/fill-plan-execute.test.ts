// Plan and execute: the preview's entries from a real report, and filling the test pages so that the page's
// own state (React's, the DOM's) holds the text, a non-empty field is left alone unless confirmed, and undo
// restores everything.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseDocx } from '../../lib/analyse';
import { collectFields } from '../../lib/fill/collect';
import { fillFields, undoFill } from '../../lib/fill/execute';
import { planFill, SURE } from '../../lib/fill/plan';
import { propose, withoutBlocks, type FillSource, type ProposedField } from '../../lib/fill/propose';
import { CORPUS_DIR } from '../../scripts/corpus';
import { loadPage } from '../support/page-dom';
import { signalsOf } from '../support/field-signals';

async function source(file: string): Promise<FillSource> {
  const r = await analyseDocx(new Uint8Array(readFileSync(join(CORPUS_DIR, file))));
  if (!r.ok) throw new Error(r.error.en);
  return {
    blocks: r.value.document.blocks,
    mappings: r.value.mappings,
    checklist: r.value.checklist,
    year: r.value.effectiveYear,
  };
}

/** A field with nothing but a label: a textarea, unless told otherwise. */
const field = (label: string, more: Partial<ProposedField> = {}): ProposedField => ({
  label,
  kind: 'textarea',
  inputType: '',
  maxLength: null,
  size: null,
  rows: null,
  inputMode: '',
  signals: signalsOf({ label: [label] }),
  ...more,
});

type PageWindow = Window & { __pageState(): Record<string, string>; __changeCount?: Record<string, number> };
const byName = (fields: ReturnType<typeof collectFields>, name: string) =>
  fields.find(
    (f) =>
      f.element.getAttribute('name') === name || f.element.closest('[data-name]')?.getAttribute('data-name') === name,
  )!;

describe('propose', async () => {
  const levanto = await source('levanto-2025.docx');

  it('gives a long field the item’s passages: tables as readable lines, lists as lists', () => {
    const omvang = propose(field('Omvang van de forensische zorg'), 'omvang', levanto);
    expect(omvang.kind).toBe('long');
    expect(omvang.text).toContain('Totaal Forensische Zorg: 122 cliënten, 4,6 %');
    expect(omvang.text).not.toMatch(/\|/);
    const pillar4 = propose(field('Samenwerken'), 'pillar-4', levanto);
    const items = pillar4.blocks.filter(
      (i, k) =>
        levanto.blocks[i]!.kind === 'list-item' &&
        levanto.blocks[pillar4.blocks[k + 1]!]?.kind === 'list-item' &&
        pillar4.blocks[k + 1] === i + 1,
    );
    expect(items.length).toBeGreaterThan(2);
    for (const i of items)
      expect(pillar4.text).toContain(`- ${levanto.blocks[i]!.text}\n- ${levanto.blocks[i + 1]!.text}`);
    expect(pillar4.source).toMatch(/passages? onder/);
    expect(propose(field('x'), 'no-such-item', levanto)).toMatchObject({
      text: '',
      source: 'het verslag heeft hier geen tekst voor',
    });
  });

  it('gives a goal field the goals and plans, not the introduction that speaks of looking ahead', () => {
    const intro = levanto.blocks.find((b) => b.text.startsWith('Van 2022 tot en met 2028 wordt het Kwaliteitskader'))!;
    expect(levanto.checklist.find((c) => c.id === 'vooruitblik')!.evidence).toContain(intro.i);
    const goals = propose(field('Welke doelen heeft u voor het komende jaar?'), 'vooruitblik', levanto);
    expect(goals.blocks).not.toContain(intro.i);
    expect(goals.text).toMatch(/2026/);
  });

  it('gives a theme the rows of a planning of all themes that name it, and text about the report itself to nothing', () => {
    const herstel = propose(field('Hoe ondersteunt u cliënten bij hun herstel?'), 'theme-2', levanto);
    expect(herstel.text).toMatch(/^Thema 2: herstelgerichte zorg/);
    expect(herstel.text).not.toMatch(/Thema [13-9]/);
    // the only passage Levanto has for looking back is its introduction: better nothing than that
    expect(propose(field('Welke doelen van vorig jaar heeft u gehaald?'), 'terugblik', levanto)).toMatchObject({
      text: '',
      source: 'het verslag heeft hier geen tekst voor',
    });
  });

  it('leaves out blocks dropped from the carried-forward draft', () => {
    const block = levanto.blocks.find((b) => b.text.startsWith('Levanto sluit aan bij de regiobijeenkomsten'))!;
    expect(propose(field('Samenwerken'), 'pillar-4', levanto).text).toContain('regiobijeenkomsten');
    const text = propose(field('Samenwerken'), 'pillar-4', withoutBlocks(levanto, new Set([block.id]))).text;
    expect(text).not.toContain('regiobijeenkomsten');
    expect(text).toContain('Levanto neemt deel');
  });
});

describe('planFill', async () => {
  const levanto = await source('levanto-2025.docx');
  const page = await loadPage('iframe.html');
  const fields = collectFields(page.window.document);
  const plan = planFill(fields, levanto);
  const entry = (name: string) => plan.find((e) => e.key === byName(fields, name).key)!;

  it('proposes the report’s text for matched empty fields and ticks the sure ones', () => {
    const visie = entry('a_kernboodschap');
    expect(visie).toMatchObject({ target: 'visie', selected: true, overwrite: false });
    expect(visie.text).toContain('LEVANTOgroep heeft de visie');
    expect(visie.score).toBeGreaterThanOrEqual(SURE);
    expect(entry('a_organisatie')).toMatchObject({
      target: null,
      selected: false,
      text: '',
      note: 'geen verslaginhoud: blijft leeg',
    });
  });

  it('gives a number field the figure, with its source, and never ticks a field that holds text', () => {
    expect(entry('b_aantal')).toMatchObject({
      target: 'omvang',
      fit: 'number',
      text: '122 (4,6% van alle cliënten)',
      selected: false,
      existing: '412 cliënten (38% van het totaal)',
    });
    expect(entry('b_aantal').note).toMatch(/bevestiging/);
    // an input of type number takes the machine's decimal point
    expect(entry('b_omzet')).toMatchObject({
      target: 'financieel',
      fit: 'percentage',
      text: '2.0',
      selected: true,
      source: expect.stringMatching(/^tabel onder “Financieel percentage”: Forensische Zorg/),
    });
  });

  it('follows the user’s choice of item, and shortens to a field’s maximum length visibly, the full text kept', () => {
    const key = byName(fields, 'a_organisatie').key;
    const chosen = planFill(fields, levanto, { [key]: 'pillar-1' }).find((e) => e.key === key)!;
    expect(chosen).toMatchObject({ target: 'pillar-1', score: 1, evidence: 'door jou gekozen', selected: true });
    const short = planFill([{ ...byName(fields, 'a_kernboodschap'), maxLength: 200 }], levanto)[0]!;
    expect(short.text.length).toBeLessThanOrEqual(200);
    expect(short).toMatchObject({ limit: 200, shortened: true, full: entry('a_kernboodschap').text });
    // cut at a sentence end
    expect(short.text).toMatch(/\.$/);
    expect(short.full).toContain(short.text);
    expect(short.note).toBe(
      `ingekort tot ${short.text.length} van ${short.full.length} tekens: meer neemt het veld niet`,
    );
  });
});

describe('fillFields and undoFill', () => {
  it('fills a React form so that React’s own state holds the text, and undo restores it', async () => {
    const page = await loadPage('react.html');
    const win = page.window as unknown as PageWindow;
    const fields = collectFields(page.window.document);
    const elements = new Map(fields.map((f) => [f.key, f.element]));
    const naasten = byName(fields, 'naasten');
    const contact = byName(fields, 'contactpersoon');
    const before = win.__pageState();
    const { outcomes, undo } = fillFields(elements, [
      { key: naasten.key, text: 'Naasten zijn welkom bij elk evaluatiegesprek.', overwrite: false },
      { key: contact.key, text: 'mag niet', overwrite: false },
    ]);
    await new Promise((r) => setTimeout(r, 20));
    expect(outcomes).toEqual([
      { key: naasten.key, status: 'filled' },
      { key: contact.key, status: 'kept' },
    ]);
    expect(win.__pageState().naasten).toBe('Naasten zijn welkom bij elk evaluatiegesprek.');
    expect(win.__changeCount!.naasten).toBeGreaterThan(0);
    expect(win.__pageState().contactpersoon).toBe(before.contactpersoon);
    expect(undoFill(undo)).toBe(1);
    await new Promise((r) => setTimeout(r, 20));
    expect(win.__pageState()).toEqual(before);
  });

  it('overwrites a non-empty field only when the entry says so, and undo brings the old text back', async () => {
    const page = await loadPage('plain.html');
    const win = page.window as unknown as PageWindow;
    const fields = collectFields(page.window.document);
    const f = byName(fields, 'uitgangspunten');
    const old = win.__pageState().uitgangspunten!;
    expect(old.length).toBeGreaterThan(0);
    const { undo } = fillFields(new Map([[f.key, f.element]]), [
      { key: f.key, text: 'Nieuwe missie.', overwrite: true },
    ]);
    expect(win.__pageState().uitgangspunten).toBe('Nieuwe missie.');
    undoFill(undo);
    expect(win.__pageState().uitgangspunten).toBe(old);
  });

  it('fills an editable region and reports a field that is gone', async () => {
    const page = await loadPage('aria.html');
    const win = page.window as unknown as PageWindow;
    const fields = collectFields(page.window.document);
    const region = byName(fields, 'reflectie_voornemens');
    const inputs: string[] = [];
    region.element.addEventListener('input', () => inputs.push('input'));
    const { outcomes, undo } = fillFields(new Map([[region.key, region.element]]), [
      { key: region.key, text: 'Vier van de vijf doelen zijn behaald.', overwrite: false },
      { key: 'f999', text: 'x', overwrite: false },
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['filled', 'missing']);
    expect(win.__pageState().reflectie_voornemens).toBe('Vier van de vijf doelen zijn behaald.');
    expect(inputs.length).toBeGreaterThan(0);
    undoFill(undo);
    expect(win.__pageState().reflectie_voornemens).toBe('');
  });
});
