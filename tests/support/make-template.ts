// Word templates of the kinds quality offices keep, made for the tests and unlike each other: headings with
// "[Vul hier in]" placeholders and a grey hint, a two-column table with empty answer cells (key figures among its
// rows), content controls written as Word writes them, and a house template with a logo, a header and a footer.
// Their wording is our own, not any corpus report's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { strToU8, zipSync } from 'fflate';

const PNG = () => readFileSync(join(import.meta.dirname, '../fixtures/pixel.png'));
const pack = async (doc: Document) => new Uint8Array(await Packer.toBuffer(doc));
const heading = (text: string, level: 1 | 2) =>
  new Paragraph({ text, heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 });
const fillIn = () => new Paragraph({ children: [new TextRun('[Vul hier in]')] });

/** (a) A heading per pillar, each named in the house's own words, with "[Vul hier in]" under it; a grey hint under
 * the look-ahead; an introduction of the template's own that stays. */
export async function pillarTemplate(): Promise<Uint8Array> {
  return pack(
    new Document({
      creator: 'kwaliteitsbureau',
      sections: [
        {
          children: [
            new Paragraph({ text: 'Jaarverantwoording forensische zorg', heading: HeadingLevel.TITLE }),
            heading('Over dit document', 1),
            new Paragraph(
              'Dit document volgt de opbouw die de sector voor de verantwoording over forensische zorg afsprak.',
            ),
            heading('Verantwoording per pijler', 1),
            heading('Persoonsgerichte en veilige zorg', 2),
            fillIn(),
            heading('Vakmanschap van de professional', 2),
            fillIn(),
            heading('Organisatie van de zorg', 2),
            fillIn(),
            heading('Samenwerking in de keten en met netwerkpartners', 2),
            fillIn(),
            heading('Informeren over resultaten', 2),
            fillIn(),
            heading('Plannen voor het komende jaar', 1),
            new Paragraph({
              children: [
                new TextRun({ text: 'Beschrijf hier de doelen en plannen voor volgend jaar.', color: '808080' }),
              ],
            }),
          ],
        },
      ],
    }),
  );
}

/** (b) A two-column table: what is asked | an empty answer cell. Key figures first, then themes. */
export const TABLE_ROWS = [
  'Aantal cliënten met een forensische titel',
  'Percentage forensische zorg van de totale omzet',
  'Veiligheidsmanagement',
  'Samenwerking in de keten',
  'Cliëntmetingen',
];

export async function tableTemplate(): Promise<Uint8Array> {
  const cell = (text: string, bold = false) =>
    new TableCell({
      width: { size: 50, type: WidthType.PERCENTAGE },
      children: [new Paragraph({ children: [new TextRun({ text, bold })] })],
    });
  return pack(
    new Document({
      sections: [
        {
          children: [
            heading('Kerngegevens en stand van zaken', 1),
            new Paragraph('Vul per regel de stand van zaken in.'),
            new Table({
              width: { size: 100, type: WidthType.PERCENTAGE },
              rows: [
                new TableRow({ tableHeader: true, children: [cell('Onderwerp', true), cell('Invulling', true)] }),
                ...TABLE_ROWS.map(
                  (label, k) => new TableRow({ children: [cell(label), cell(k === 2 ? '[in te vullen]' : '')] }),
                ),
              ],
            }),
            heading('Ondertekening', 1),
            new Paragraph('Namens de raad van bestuur.'),
          ],
        },
      ],
    }),
  );
}

/** (d) A house template: a logo and the house's name in the header, page numbers in the footer, the logo again on
 * the cover; a heading with nothing under it, a figure asked for inside a line, a label with nothing after it, a
 * placeholder. Every part but the main text must come out as it went in. */
export async function brandedTemplate(): Promise<Uint8Array> {
  const logo = () =>
    new ImageRun({
      type: 'png',
      data: PNG(),
      transformation: { width: 40, height: 40 },
      altText: { name: 'logo', description: 'Logo', title: 'Logo' },
    });
  return pack(
    new Document({
      creator: 'huisstijl',
      styles: { default: { document: { run: { font: 'Georgia', size: 21 } } } },
      sections: [
        {
          headers: {
            default: new Header({
              children: [new Paragraph({ children: [logo(), new TextRun('  Stichting Voorbeeldzorg')] })],
            }),
          },
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
            new Paragraph({ children: [logo()] }),
            new Paragraph({ text: 'Kwaliteitsverslag', heading: HeadingLevel.TITLE }),
            heading('Visie op forensische zorg', 1),
            heading('Omvang van de forensische zorg', 1),
            new Paragraph({
              children: [
                new TextRun('Aantal forensische cliënten: '),
                new TextRun('<aantal>'),
                new TextRun(' (peildatum 31 december).'),
              ],
            }),
            new Paragraph('Toelichting:'),
            new Paragraph(''),
            heading('Cliëntmetingen', 1),
            fillIn(),
          ],
        },
      ],
    }),
  );
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A block content control as Word writes it: title, tag, showing its placeholder. */
const blockControl = (id: number, title: string | null, tag: string) =>
  `<w:sdt><w:sdtPr>${title === null ? '' : `<w:alias w:val="${title}"/>`}<w:tag w:val="${tag}"/><w:id w:val="${id}"/><w:showingPlcHdr/></w:sdtPr>` +
  `<w:sdtContent><w:p><w:pPr><w:pStyle w:val="BodyText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>Klik of tik om tekst in te voeren.</w:t></w:r></w:p></w:sdtContent></w:sdt>`;

/** (c) Content controls, written by hand as Word does: titled block controls for passages, an inline plain-text
 * control after a label for a figure, a tag-only control, and a drop-down list the filler leaves to the user. */
export function controlsTemplate(): Uint8Array {
  const document =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>` +
    `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Formulier kwaliteitsverantwoording</w:t></w:r></w:p>` +
    `<w:p><w:pPr><w:pStyle w:val="BodyText"/></w:pPr><w:r><w:t>Aantal forensische cliënten: </w:t></w:r>` +
    `<w:sdt><w:sdtPr><w:alias w:val="Aantal forensische cliënten"/><w:tag w:val="aantalForensisch"/><w:id w:val="11"/><w:showingPlcHdr/><w:text/></w:sdtPr>` +
    `<w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>aantal</w:t></w:r></w:sdtContent></w:sdt></w:p>` +
    blockControl(12, 'Hoe bewaakt u de veiligheid van cliënten en omgeving (veiligheidsmanagement)?', 'veiligheid') +
    blockControl(13, null, 'thema_4_betrekken_client_en_netwerk') +
    `<w:p><w:pPr><w:pStyle w:val="BodyText"/></w:pPr><w:r><w:t>Status van de implementatie: </w:t></w:r>` +
    `<w:sdt><w:sdtPr><w:alias w:val="Status"/><w:id w:val="14"/><w:showingPlcHdr/><w:dropDownList><w:listItem w:displayText="Gereed" w:value="gereed"/><w:listItem w:displayText="In werking" w:value="in-werking"/></w:dropDownList></w:sdtPr>` +
    `<w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>Kies een item.</w:t></w:r></w:sdtContent></w:sdt></w:p>` +
    `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>` +
    `</w:body></w:document>`;
  const styles =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="120"/></w:pPr></w:style>` +
    `<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>` +
    `</w:styles>`;
  const part = (s: string) => strToU8(s);
  return zipSync({
    '[Content_Types].xml': part(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
        `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`,
    ),
    '_rels/.rels': part(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/_rels/document.xml.rels': part(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ),
    'word/document.xml': part(document),
    'word/styles.xml': part(styles),
  });
}
