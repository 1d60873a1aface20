import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Document, ImageRun, Packer, Paragraph } from 'docx';
import { importDocx } from '../../lib/docx/import';
import { corpusCases } from '../../scripts/corpus';
import { makeDocx } from '../support/make-docx';

const cases = corpusCases();
const read = (path: string) => new Uint8Array(readFileSync(path));

async function imported(bytes: Uint8Array) {
  const r = await importDocx(bytes);
  if (!r.ok) throw new Error(r.error.en);
  return r;
}

describe('importDocx on the corpus', () => {
  it('finds the corpus', () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
  });

  for (const c of cases.filter((x) => !x.variant)) {
    it(`${c.name}: splits into exactly the gold blocks (kind and text)`, async () => {
      const { value } = await imported(read(c.docx));
      expect(value.blocks.map((b) => [b.kind, b.text.slice(0, 100)])).toEqual(c.gold.map((g) => [g.kind, g.text]));
      expect(value.blocks.some((b) => b.guessed)).toBe(false);
    });
  }

  it('homerun plain-headings: recovers the same outline as the styled file from bold text alone', async () => {
    const styled = await imported(read(cases.find((c) => c.name === 'homerun-2025')!.docx));
    const plain = await imported(read(cases.find((c) => c.name === 'homerun-2025.plain-headings')!.docx));
    const headings = (bs: typeof plain.value.blocks) =>
      bs.filter((b) => b.kind === 'heading').map((b) => [b.i, b.text]);
    expect(headings(plain.value.blocks)).toEqual(headings(styled.value.blocks));
    expect(plain.value.blocks.filter((b) => b.kind === 'heading').every((b) => b.guessed)).toBe(true);
    const note = plain.messages.find((m) => m.code === 'headings-guessed');
    expect(note?.en).toMatch(/^43 headings recognised by bold, font size or wording/);
    expect(note?.nl).toMatch(
      /^43 koppen herkend aan vet, lettergrootte of woordkeuze, niet aan een kopstijl: controleer/,
    );
    // every pillar section holds the same blocks in both files
    const pillarOf = (bs: typeof plain.value.blocks) =>
      bs.map((b) => b.headingPath.find((h) => /^pijler \d/i.test(h)) ?? (/^pijler \d/i.test(b.text) ? b.text : null));
    expect(pillarOf(plain.value.blocks)).toEqual(pillarOf(styled.value.blocks));
  });

  it('returns LibreOffice’s unknown styles as one note with a count, in plain words without the style names', async () => {
    const { messages } = await imported(read(cases[0]!.docx));
    const unknown = messages.filter((m) => m.code === 'unknown-styles');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.nl).toMatch(/^\d+ alinea's hebben een eigen opmaakstijl en zijn als gewone tekst gelezen/);
    expect(unknown[0]!.en).toMatch(/^\d+ paragraphs have styles of their own and were read as ordinary text/);
  });

  it('says nothing to authors about style names or the converter, in any corpus file', async () => {
    for (const c of cases) {
      const { messages } = await imported(read(c.docx));
      expect(messages.length).toBeGreaterThan(0);
      for (const m of messages)
        for (const text of [m.nl, m.en])
          expect(text).not.toMatch(/Body Text|Table (?:Contents|Heading)|mammoth|Conversie|Conversion|Unrecognised/i);
    }
  });
});

describe('importDocx: headings in any form', () => {
  it('reads Dutch style names and custom styles with an outline level as headings', async () => {
    const bytes = await makeDocx(
      [
        { h: 1, text: 'Hoofdstuk één', style: 'Hoofdstuk' },
        { h: 2, text: 'Paragraaf', style: 'Kop2' },
        { p: 'Tekst eronder.' },
      ],
      {
        styles: [
          { id: 'Hoofdstuk', name: 'Hoofdstuk', outlineLevel: 0 },
          { id: 'Kop2', name: 'Kop 2' },
        ],
      },
    );
    const { value } = await imported(bytes);
    expect(value.blocks.map((b) => [b.kind, b.level ?? null, b.guessed ?? false])).toEqual([
      ['heading', 1, false],
      ['heading', 2, false],
      ['paragraph', null, false],
    ]);
    expect(value.blocks[2]!.headingPath).toEqual(['Hoofdstuk één', 'Paragraaf']);
  });

  it('guesses headings from bold, size, capitals, numbering and "Pijler N" lines when no styles are used', async () => {
    const bytes = await makeDocx([
      { p: 'Kwaliteitsverslag 2025', size: 20 },
      { p: 'Inleiding', bold: true },
      { p: 'Dit verslag gaat over het jaar 2025 en beschrijft hoe wij werken aan kwaliteit.' },
      { p: 'ORGANISATIE VAN ZORG' },
      { p: 'Gewone tekst die een zin is.' },
      { p: '4.4.1 Risicotaxatie' },
      { p: 'Pijler 4: Samenwerken' },
      { p: 'Dit is een lange vetgedrukte zin die eindigt met een punt en dus geen kop is.', bold: true },
      { table: [['Vetjes in een tabel', 'x']] },
    ]);
    const { value, messages } = await imported(bytes);
    const kinds = Object.fromEntries(value.blocks.map((b) => [b.text, b.kind === 'heading' ? b.level : b.kind]));
    expect(kinds['Kwaliteitsverslag 2025']).toBe(1);
    expect(kinds['Inleiding']).toBeTypeOf('number');
    expect(kinds['ORGANISATIE VAN ZORG']).toBeTypeOf('number');
    expect(kinds['4.4.1 Risicotaxatie']).toBe(4);
    expect(kinds['Pijler 4: Samenwerken']).toBeTypeOf('number');
    expect(kinds['Gewone tekst die een zin is.']).toBe('paragraph');
    expect(kinds['Dit is een lange vetgedrukte zin die eindigt met een punt en dus geen kop is.']).toBe('paragraph');
    expect(value.blocks.find((b) => b.kind === 'table')).toBeTruthy();
    expect(messages.find((m) => m.code === 'headings-guessed')?.en).toMatch(/^5 headings/);
  });

  it('in a styled document, a line becomes an extra heading by its looks, or by heading wording before body text', async () => {
    const bytes = await makeDocx([
      { h: 1, text: 'Verslag' },
      { h: 2, text: 'Inleiding' },
      { p: 'Pijler 1: Veiligheid en persoonsgerichte zorg' },
      { p: 'Pijler 2: Forensisch vakmanschap' },
      { p: 'Vet tussenkopje', bold: true },
      { p: 'tekst' },
      { p: 'Pijler 3' },
      { p: 'Het kwaliteitssysteem is dit jaar opnieuw gecertificeerd, en de audit leverde drie verbeterpunten op.' },
      { p: 'Pijler 4' },
      { p: 'Korte regel' },
    ]);
    const { value } = await imported(bytes);
    expect(value.blocks.map((b) => [b.kind, b.level ?? null])).toEqual([
      ['heading', 1],
      ['heading', 2],
      // a list of pillars is no heading, nor is a label line without body text after it
      ['paragraph', null],
      ['paragraph', null],
      ['heading', 3],
      ['paragraph', null],
      ['heading', 3],
      ['paragraph', null],
      ['paragraph', null],
      ['paragraph', null],
    ]);
  });
});

describe('importDocx: headings from plain lines (no style, no bold)', () => {
  const body = 'Dit jaar hebben de teams hier stappen in gezet, met een werkgroep en een evaluatie aan het eind.';
  it('reads label lines, numbered lines and lines naming a part as headings before body text; lists of them not', async () => {
    const bytes = await makeDocx([
      { p: 'Kwaliteitsverslag 2025' },
      { p: 'Inhoud' },
      { p: '1 Inleiding' },
      { p: '2 Pijler 1' },
      { p: '3 Kengetallen' },
      { p: 'Inleiding' },
      { p: body },
      { p: 'Pijler 1' },
      { p: body },
      { p: 'Thema 3: Risicogestuurde begeleiding' },
      { p: body },
      { p: 'Algemeen beeld' },
      { p: body },
      { p: 'Reflectie' },
      { p: body },
      { p: 'Thema 4 Betrekken cliënt en netwerk' },
      { p: 'Algemeen beeld' },
      { p: body },
      { p: 'Reflectie' },
      { p: body },
      { p: '4.3 Medezeggenschap' },
      { p: body },
      { p: 'Pijler 1: Veiligheid en persoonsgerichte zorg' },
      { p: 'Pijler 2: Forensisch vakmanschap' },
      { p: 'Kengetallen' },
      { table: [['Aantal cliënten', '120']] },
    ]);
    const { value } = await imported(bytes);
    const level = (text: string) => {
      const b = value.blocks.find((x) => x.text === text);
      return b?.kind === 'heading' ? b.level : null;
    };
    expect(level('Kwaliteitsverslag 2025')).toBe(1);
    // contents without page numbers: a run of numbered lines of one depth is a list
    expect(level('2 Pijler 1')).toBeNull();
    expect(level('Pijler 1')).toBe(2);
    expect(level('Thema 3: Risicogestuurde begeleiding')).toBe(3);
    expect(level('Thema 4 Betrekken cliënt en netwerk')).toBe(3);
    // repeated in every theme: one level below the theme
    expect(value.blocks.filter((b) => b.text === 'Algemeen beeld').map((b) => b.level)).toEqual([4, 4]);
    expect(level('4.3 Medezeggenschap')).toBe(3);
    expect(level('Pijler 1: Veiligheid en persoonsgerichte zorg')).toBeNull();
    expect(level('Kengetallen')).toBe(2);
    expect(value.blocks.every((b) => b.kind !== 'heading' || b.guessed)).toBe(true);
  });
});

describe('importDocx: images, tracked changes, empty documents', () => {
  it('keeps images out of the HTML: a reference and a note, never base64', async () => {
    const png = new Uint8Array(readFileSync(new URL('../fixtures/pixel.png', import.meta.url)));
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('Voor'),
            new Paragraph({
              children: [new ImageRun({ type: 'png', data: png, transformation: { width: 10, height: 10 } })],
            }),
            new Paragraph('Na'),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const dropped = await imported(bytes);
    expect(dropped.value.blocks.map((b) => b.text)).toEqual(['Voor', 'Na']);
    expect(JSON.stringify(dropped.value)).not.toMatch(/base64|data:image/);
    expect(dropped.value.images).toEqual([{ id: 'afbeelding-1', contentType: 'image/png' }]);
    expect(dropped.messages.some((m) => m.code === 'images-dropped')).toBe(true);

    const kept = await importDocx(bytes, { keepImages: true });
    expect(kept.ok && kept.value.images[0]!.data).toEqual(png);
  });

  it('says so when the document holds tracked deletions', async () => {
    const bytes = await makeDocx([{ deleted: 'weg', kept: 'blijft' }]);
    const { value, messages } = await imported(bytes);
    expect(value.blocks.map((b) => b.text)).toEqual(['blijft']);
    expect(messages.map((m) => m.code)).toContain('tracked-deletions');
  });

  it('turns an empty document into an empty result with a warning, not a crash', async () => {
    const { value, messages } = await imported(await makeDocx([]));
    expect(value.blocks).toEqual([]);
    expect(messages.map((m) => m.code)).toContain('empty-document');
  });
});
