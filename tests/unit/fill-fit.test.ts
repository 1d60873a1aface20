// Proposals that fit their fields: what a field takes (its kind and limit), text cut at sentence ends, tables as
// readable lines, and over every test page and every report: no proposal longer than its field, a figure and only
// a figure in a number field, nothing in a date, a choice or a file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseDocx } from '../../lib/analyse';
import { collectFields } from '../../lib/fill/collect';
import { fieldShape, SHORT_LIMIT, statedLimit, type ShapedField } from '../../lib/fill/field-kind';
import { fitText } from '../../lib/fill/fit';
import { labelHead } from '../../lib/fill/label-head';
import { planFill } from '../../lib/fill/plan';
import type { FillSource } from '../../lib/fill/propose';
import { tableLines } from '../../lib/fill/table-lines';
import { corpusCases, sampleCase } from '../../scripts/corpus';
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

const shape = (label: string, more: Partial<ShapedField> = {}, signals: Partial<ShapedField['signals']> = {}) =>
  fieldShape({
    kind: 'text',
    inputType: 'text',
    maxLength: null,
    size: null,
    rows: null,
    inputMode: '',
    signals: signalsOf({ label: label ? [label] : [], ...signals }),
    ...more,
  });

describe('fieldShape', () => {
  it('knows a field’s kind from its type, size and words', () => {
    expect(shape('Hoeveel cliënten had u?')).toMatchObject({ kind: 'number', asks: ['count'] });
    expect(shape('Hoeveel cliënten, en welk deel van al uw cliënten is dat?').asks).toEqual(['count', 'share']);
    expect(shape('Forensische zorg in % van de omzet')).toMatchObject({ kind: 'percentage', asks: ['share'] });
    expect(shape('Omzet forensische zorg (bedrag in euro)')).toMatchObject({ kind: 'amount' });
    expect(shape('Omzet', { inputType: 'number' })).toMatchObject({ kind: 'number', asks: [] });
    expect(shape('Forensische cliënten', { maxLength: 5 }).kind).toBe('number');
    expect(shape('Peildatum').kind).toBe('date');
    expect(shape('', { inputType: 'date' }).kind).toBe('date');
    expect(shape('Kernboodschap')).toEqual({ kind: 'short', limit: SHORT_LIMIT, asks: [] });
    expect(shape('Kernboodschap', { maxLength: 120 }).limit).toBe(120);
    expect(shape('Toelichting', { kind: 'textarea', inputType: '' })).toEqual({ kind: 'long', limit: null, asks: [] });
    expect(shape('Toelichting', { kind: 'textarea', inputType: '', rows: 2 }).kind).toBe('short');
    expect(shape('Toelichting', { kind: 'select', inputType: '' }).kind).toBe('choice');
    expect(
      shape('', { kind: 'textarea', inputType: '' }, { before: 'Beschrijf uw aanpak. Maximaal 150 woorden.' }).limit,
    ).toBe(900);
  });

  it('reads a stated limit in characters or words', () => {
    expect(statedLimit(['Kernboodschap (max. 200 tekens)'])).toBe(200);
    expect(statedLimit(['Maximaal 1.500 tekens per vak'])).toBe(1500);
    expect(statedLimit(['Gebruik niet meer dan 100 woorden'])).toBe(600);
    expect(statedLimit(['Toelichting'])).toBeNull();
  });
});

describe('labelHead', () => {
  it('sets a label’s examples apart from its head', () => {
    expect(labelHead('Organisatie van zorg (o.a. kwaliteitsmanagement)')).toEqual({
      head: 'Organisatie van zorg',
      aside: 'o.a. kwaliteitsmanagement',
    });
    expect(labelHead('Samenwerking met partners, zoals reclassering en politie')).toEqual({
      head: 'Samenwerking met partners',
      aside: 'zoals reclassering en politie',
    });
    expect(labelHead('Thema 6: Opleidingsplan')).toEqual({ head: 'Thema 6: Opleidingsplan', aside: '' });
  });
});

describe('fitText', () => {
  const text = 'Eerste zin over naasten. Tweede zin over het netwerk van de cliënt. Derde zin.';
  it('cuts at the last sentence end that fits, and says it did', () => {
    expect(fitText(text, null)).toEqual({ text, shortened: false });
    expect(fitText(text, 70)).toEqual({
      text: 'Eerste zin over naasten. Tweede zin over het netwerk van de cliënt.',
      shortened: true,
    });
    expect(fitText('We starten met:\n- een handboek\n- een scan', 30)).toEqual({
      text: 'We starten met:\n- een handboek',
      shortened: true,
    });
  });
  it('cuts at a word, with an ellipsis, only when no sentence fits', () => {
    const cut = fitText(text, 20);
    expect(cut.text.length).toBeLessThanOrEqual(20);
    expect(cut.text).toMatch(/^Eerste zin over\S*…$/);
  });
});

describe('tableLines', () => {
  it('makes one readable line per row, values with what their column says', () => {
    expect(
      tableLines([
        ['Regio', 'Aantal cliënten'],
        ['Regio Noord', '263'],
        ['Regio Zuid', '118'],
      ]),
    ).toEqual(['Regio Noord: 263 cliënten', 'Regio Zuid: 118 cliënten']);
    expect(
      tableLines([
        ['Herkomst', 'Bedrag', 'Percentage'],
        ['Forensische Zorg', '1.386', '2,0%'],
        ['Bedragen in EUR x 1.000', '', ''],
      ]),
    ).toEqual(['Forensische Zorg: bedrag 1.386, 2,0%', 'Bedragen in EUR x 1.000']);
    expect(
      tableLines([
        ['Thema', '2022', '2023'],
        ['Veiligheidsmanagement', 'x', ''],
        ['Opleidingsplan', '', 'x'],
      ]),
    ).toEqual(['Veiligheidsmanagement: 2022', 'Opleidingsplan: 2023']);
    expect(
      tableLines([
        ['Wat vraagt het kader?', 'Samenwerking in de keten.'],
        ['Matig', '124'],
      ]),
    ).toEqual(['Wat vraagt het kader? Samenwerking in de keten.', 'Matig: 124']);
  });
});

describe('proposals on every test page from every report', async () => {
  const reports = await Promise.all(
    [...corpusCases().filter((c) => !c.variant), sampleCase()!].map(async (c) => {
      const r = await analyseDocx(new Uint8Array(readFileSync(c.docx)));
      if (!r.ok) throw new Error(r.error.en);
      const source: FillSource = {
        blocks: r.value.document.blocks,
        mappings: r.value.mappings,
        checklist: r.value.checklist,
        year: r.value.effectiveYear,
      };
      return { name: c.name, source };
    }),
  );
  const pages = await Promise.all(
    PAGES.map(async (page) => ({ page, fields: collectFields((await loadPage(page)).window.document) })),
  );
  const entries = reports.flatMap((r) =>
    pages.flatMap((p) =>
      planFill(p.fields, r.source).map((e, i) => ({
        where: `${r.name} ${p.page} ${e.label.slice(0, 40)}`,
        e,
        field: p.fields[i]!,
      })),
    ),
  );

  it('proposes nothing longer than its field takes', () => {
    for (const { where, e, field } of entries) {
      if (e.limit !== null) expect(e.text.length, where).toBeLessThanOrEqual(e.limit);
      if (field.maxLength !== null) expect(e.text.length, where).toBeLessThanOrEqual(field.maxLength);
      if (e.shortened) expect(e.full.length, where).toBeGreaterThan(e.text.length);
      if (e.fit === 'short') expect(e.text.length, where).toBeLessThanOrEqual(SHORT_LIMIT);
    }
  });

  it('puts a figure, never prose, in a number field, with its source; nothing in a date, a choice or a file', () => {
    const figures = entries.filter((x) => ['number', 'percentage', 'amount'].includes(x.e.fit) && x.e.text);
    expect(figures.length).toBeGreaterThan(10);
    for (const { where, e, field } of figures) {
      expect(e.text, where).toMatch(
        field.inputType === 'number' ? /^\d+(?:\.\d+)?$/ : /^(?:€ )?\d[\d.,]*%?(?: \(\d[\d,]*% van alle cliënten\))?$/,
      );
      expect(e.source, where).toMatch(/^(?:tabel|tekst)/);
    }
    for (const { where, e } of entries.filter((x) => ['date', 'choice', 'file'].includes(x.e.fit)))
      expect(e.text, where).toBe('');
    // the one-line "Hoeveel cliënten …" field of the plain form gets the count and share, not a paragraph
    const plain = entries.find((x) => x.where.startsWith('levanto-2025 plain.html Hoeveel cliënten'))!;
    expect(plain.e).toMatchObject({ fit: 'number', text: '122 (4,6% van alle cliënten)' });
  });

  it('gives a field without a limit whole passages, and never glued table cells', () => {
    for (const { where, e } of entries.filter((x) => x.e.fit === 'long')) {
      expect(e.text, where).not.toMatch(/\S\|\S|\w\|/);
      if (e.text) expect(e.source, where).toMatch(/passages? onder|^\d+ passages?$|^1 passage$/);
    }
  });
});
