// Generates the bundled, entirely FICTIONAL house template `samples/voorbeeld-sjabloon.docx` of "Stichting De
// Overstap" (the sample report's organisation): its name in the header, page numbers in the footer, a heading per
// pillar in the house's own words with "[Vul hier in]" under it, a key-figures table with empty answer cells, and a
// grey hint under the look-ahead. The demo, the README and the end-to-end test fill it from the sample report.
//
//   npx tsx scripts/make-sample-template.ts
//
// Byte-for-byte deterministic (scripts/docx-fixture.ts's fixed timestamps), so regenerating changes nothing.
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { makeDeterministic } from './docx-fixture';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'samples/voorbeeld-sjabloon.docx');

const heading = (text: string, level: 1 | 2) =>
  new Paragraph({ text, heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 });
const fillIn = () => new Paragraph({ children: [new TextRun('[Vul hier in]')] });
const cell = (text: string, bold = false) =>
  new TableCell({
    width: { size: 50, type: WidthType.PERCENTAGE },
    children: [new Paragraph({ children: [new TextRun({ text, bold })] })],
  });

const FIGURES = ['Aantal cliënten met een forensische titel', 'Aandeel forensische zorg in de omzet'];

const doc = new Document({
  creator: 'Stichting De Overstap, kwaliteitsbureau',
  title: 'Sjabloon kwaliteitsverslag forensische zorg',
  sections: [
    {
      headers: { default: new Header({ children: [new Paragraph('Stichting De Overstap — kwaliteitsverslag')] }) },
      footers: {
        default: new Footer({
          children: [
            new Paragraph({
              alignment: AlignmentType.RIGHT,
              children: [new TextRun({ children: ['Pagina ', PageNumber.CURRENT] })],
            }),
          ],
        }),
      },
      children: [
        new Paragraph({ text: 'Kwaliteitsverslag forensische zorg', heading: HeadingLevel.TITLE }),
        new Paragraph(
          'Sjabloon van het kwaliteitsbureau. Laat de kopjes staan; vervang alleen wat tussen haken staat.',
        ),
        heading('Kerngegevens', 1),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: [cell('Gegeven', true), cell('Waarde', true)] }),
            ...FIGURES.map((label) => new TableRow({ children: [cell(label), cell('')] })),
          ],
        }),
        heading('Verantwoording per pijler', 1),
        heading('Veilige zorg, gericht op de persoon', 2),
        fillIn(),
        heading('Vakmanschap van onze medewerkers', 2),
        fillIn(),
        heading('Organisatie van de zorg', 2),
        fillIn(),
        heading('Samenwerking met ketenpartners', 2),
        fillIn(),
        heading('Informeren over resultaten', 2),
        fillIn(),
        heading('Vooruitblik', 1),
        new Paragraph({
          children: [new TextRun({ text: 'Beschrijf hier de doelen en plannen voor volgend jaar.', color: '808080' })],
        }),
      ],
    },
  ],
});

const packed = new Uint8Array(await Packer.toBuffer(doc));
writeFileSync(OUT, makeDeterministic(packed, '2026-01-05T09:00:00Z', new Date(2026, 0, 5, 9, 0, 0)));
console.log(`wrote ${OUT}`);
