// Collecting a Word template's places to write: placeholder paragraphs under headings, a grey hint, headings and
// labels with nothing after them, a placeholder inside a line, empty answer cells of a labelled table, titled
// content controls; each with the signals a web form's field has, so the same matcher (with the form around it)
// decides what it asks for. Templates of our own making (tests/support/make-template.ts).
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { collectTemplate } from '../../lib/template/collect';
import { hintOf, isPlaceholderText, placeholderSpans } from '../../lib/template/placeholder';
import { Template } from '../../lib/template/slot';
import { makeDocx } from '../support/make-docx';
import { brandedTemplate, controlsTemplate, pillarTemplate, TABLE_ROWS, tableTemplate } from '../support/make-template';

async function collect(bytes: Uint8Array | Promise<Uint8Array>): Promise<Template> {
  const r = collectTemplate(await bytes);
  if (!r.ok) throw new Error(r.error.en);
  return Template.parse(r.value);
}

describe('placeholder text', () => {
  it('knows a place to write from text, and what is left of it as a hint', () => {
    for (const t of [
      '[Vul hier in]',
      '<aantal>',
      '……',
      '........',
      'Klik of tik om tekst in te voeren.',
      '[ ]',
      'Vul in:',
      '___',
    ])
      expect(isPlaceholderText(t), t).toBe(true);
    for (const t of ['Toelichting:', 'Wij werken met [de FARE] sinds 2024.', 'Aantal cliënten', ''])
      expect(isPlaceholderText(t), t).toBe(false);
    expect(hintOf('[Vul hier in]')).toBe('');
    expect(hintOf('[Beschrijf hier hoe u naasten betrekt]')).toBe('hoe u naasten betrekt');
    expect(hintOf('<aantal cliënten>')).toBe('aantal cliënten');
    expect(hintOf('Klik of tik om tekst in te voeren.')).toBe('');
    expect(placeholderSpans('Aantal: [aantal] en <bedrag>.')).toEqual([
      { start: 8, end: 16 },
      { start: 20, end: 28 },
    ]);
  });
});

describe('collectTemplate', () => {
  it('reads headings with placeholders as places under those headings, the outline as it stands', async () => {
    const t = await collect(pillarTemplate());
    expect(t.headings.map((h) => `${h.level} ${h.text}`)).toEqual([
      '1 Jaarverantwoording forensische zorg',
      '1 Over dit document',
      '1 Verantwoording per pijler',
      '2 Persoonsgerichte en veilige zorg',
      '2 Vakmanschap van de professional',
      '2 Organisatie van de zorg',
      '2 Samenwerking in de keten en met netwerkpartners',
      '2 Informeren over resultaten',
      '1 Plannen voor het komende jaar',
    ]);
    // the title, the template's own introduction and the chapter above the pillars are no places to write
    expect(t.slots.map((s) => [s.where.kind, s.field.signals.heading, s.shown])).toEqual([
      ['section', 'Persoonsgerichte en veilige zorg', '[Vul hier in]'],
      ['section', 'Vakmanschap van de professional', '[Vul hier in]'],
      ['section', 'Organisatie van de zorg', '[Vul hier in]'],
      ['section', 'Samenwerking in de keten en met netwerkpartners', '[Vul hier in]'],
      ['section', 'Informeren over resultaten', '[Vul hier in]'],
      ['section', 'Plannen voor het komende jaar', 'Beschrijf hier de doelen en plannen voor volgend jaar.'],
    ]);
    const pillar = t.slots[0]!.field;
    expect(pillar.signals.outline).toEqual(['Verantwoording per pijler']);
    expect(pillar.kind).toBe('textarea');
    // siblings share their parent heading's key: the form context sees them as one set of questions
    expect(new Set(t.slots.slice(0, 5).map((s) => s.field.place.sections[0])).size).toBe(1);
    // the grey hint is read as a placeholder, its filler words dropped
    expect(t.slots[5]!.field.signals.placeholder).toBe('de doelen en plannen voor volgend jaar.');
  });

  it('reads a labelled table: a cell per empty answer, with its row label and column header; figures where the row asks for one', async () => {
    const t = await collect(tableTemplate());
    expect(t.slots).toHaveLength(TABLE_ROWS.length);
    expect(t.slots.every((s) => s.where.kind === 'cell')).toBe(true);
    expect(t.slots.map((s) => s.field.signals.rowHeader)).toEqual(TABLE_ROWS);
    expect(new Set(t.slots.map((s) => s.field.signals.colHeader))).toEqual(new Set(['Invulling']));
    expect(t.slots.map((s) => s.field.kind)).toEqual(['text', 'text', 'textarea', 'textarea', 'textarea']);
    // one row, one question; one table, one group
    expect(new Set(t.slots.map((s) => s.field.place.row)).size).toBe(TABLE_ROWS.length);
    expect(new Set(t.slots.map((s) => s.field.place.group)).size).toBe(1);
    expect(t.slots[0]!.field.signals.before).toBe('Vul per regel de stand van zaken in.');
    expect(t.slots[2]!.shown).toBe('[in te vullen]');
  });

  it('reads content controls by title or tag; a list is a choice, a control in a line a line', async () => {
    const t = await collect(controlsTemplate());
    expect(t.slots.map((s) => [s.where.kind, s.field.label, s.field.kind])).toEqual([
      ['control', 'Aantal forensische cliënten', 'text'],
      ['control', 'Hoe bewaakt u de veiligheid van cliënten en omgeving (veiligheidsmanagement)?', 'textarea'],
      ['control', 'thema 4 betrekken client en netwerk', 'textarea'],
      ['control', 'Status', 'select'],
    ]);
    expect(t.slots[3]!.field.options.map((o) => o.label)).toEqual(['Gereed', 'In werking']);
    expect(t.slots[2]!.field.signals.tokens).toBe('thema 4 betrekken client en netwerk');
    // Word's own "click here" text says nothing of the topic
    expect(t.slots[1]!.field.signals.placeholder).toBe('');
    // a line that holds a control is a form's line, not a heading
    expect(t.headings.map((h) => h.text)).toEqual(['Formulier kwaliteitsverantwoording']);
  });

  it('reads a heading with nothing under it, a placeholder in a line and a label with nothing after it', async () => {
    const t = await collect(brandedTemplate());
    expect(t.slots.map((s) => [s.where.kind, s.field.label, s.shown])).toEqual([
      ['section', 'Visie op forensische zorg', ''],
      ['inline', 'Aantal forensische cliënten:', '<aantal>'],
      ['section', 'Toelichting:', ''],
      ['section', 'Cliëntmetingen', '[Vul hier in]'],
    ]);
    const [heading, inline, label] = t.slots;
    expect(heading!.where).toMatchObject({ paragraphs: [], after: expect.any(Number) });
    expect(inline!.field.kind).toBe('text');
    expect(inline!.field.signals.description).toBe('(peildatum 31 december).');
    // the empty line after the label is where the text goes
    expect(label!.where).toMatchObject({ paragraphs: [expect.any(Number)] });
    expect(label!.field.signals.heading).toBe('Omvang van de forensische zorg');
  });

  it('leaves a planning grid’s and a figure table’s empty cells alone: there, empty says "none"', async () => {
    const t = await collect(
      makeDocx([
        { h: 1, text: 'Meerjarenplanning' },
        {
          table: [
            ['Thema', '2024', '2025', '2026', 'Toelichting'],
            ['Thema 1: Veiligheidsmanagement', 'x', '', '', ''],
            ['Thema 6: Zorgcontinuïteit', '', 'x', '', ''],
          ],
        },
        { h: 1, text: 'Incidenten' },
        {
          table: [
            ['Soort', 'Aantal'],
            ['Agressie', '4'],
            ['Vermissing', ''],
          ],
        },
      ]),
    );
    expect(t.slots.map((s) => [s.field.signals.rowHeader, s.field.signals.colHeader])).toEqual([
      ['Thema 1: Veiligheidsmanagement', 'Toelichting'],
      ['Thema 6: Zorgcontinuïteit', 'Toelichting'],
    ]);
  });

  it('refuses what is no Word document, as the import does, and a damaged document part', async () => {
    const pdf = collectTemplate(strToU8('%PDF-1.7 nothing else'));
    expect(pdf.ok).toBe(false);
    if (!pdf.ok) expect(pdf.error.code).toBe('pdf');
    const parts = unzipSync(controlsTemplate());
    parts['word/document.xml'] = strToU8(
      '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p></w:body></w:document>',
    );
    const broken = collectTemplate(zipSync(parts));
    expect(broken.ok).toBe(false);
    if (!broken.ok) {
      expect(broken.error.code).toBe('corrupt');
      expect(broken.error.nl).toMatch(/^Het sjabloon is beschadigd: word\/document\.xml/);
    }
  });
});
