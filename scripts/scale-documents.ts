// The documents of the bench's scale series: 1,000 to 20,000 short paragraphs without headings, under many
// headings and all under one heading, and a table of as many rows. The same outlines serve the unit tests as
// blocks (tests/support/blocks.ts); as .docx they are written by repeating the XML of a small real document
// (tests/support/make-docx.ts), so 20,000 paragraphs take milliseconds to build, not the docx package's seconds.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { makeDocx } from '../tests/support/make-docx';
import type { Line } from '../tests/support/blocks';
import { splitBody } from './make-large-report';

export const SCALE_SIZES = [1_000, 2_000, 5_000, 10_000, 20_000];

const SENTENCES = [
  'De cliënt krijgt een behandelplan op maat en bespreekt het met de regiebehandelaar',
  'Medewerkers volgden de training agressiehantering en de opleiding risicotaxatie',
  'Met de reclassering en de gemeente werken we samen aan vervolgzorg na het verblijf',
  'Het aantal incidenten daalde; elk incident is besproken in het multidisciplinair overleg',
  'De cliëntenraad gaf advies over het nieuwe veiligheidsbeleid van de afdeling',
];
const paragraph = (k: number): Line => ({ p: `${SENTENCES[k % SENTENCES.length]} (alinea ${k + 1}).` });
const SECTIONS = ['Scholing en opleiding', 'Incidenten', 'Samenwerking in de keten', 'Reflectie'];

/** Each series by the number of paragraphs (rows, for the table) it is asked for. */
export const SCALE_SERIES: Record<string, (n: number) => Line[]> = {
  'zonder koppen': (n) => Array.from({ length: n }, (_, k) => paragraph(k)),
  // a chapter per pillar every 25 paragraphs, a section every 5 ("Reflectie" comes back in each chapter)
  'onder koppen': (n) =>
    Array.from({ length: n }, (_, k) => {
      const head: Line[] =
        k % 25 === 0
          ? [{ h: 1, text: `Pijler ${((k / 25) % 5) + 1}` }]
          : k % 5 === 0
            ? [{ h: 2, text: SECTIONS[(k / 5) % SECTIONS.length]! }]
            : [];
      return [...head, paragraph(k)];
    }).flat(),
  // one long section whose heading names a pillar but no theme: every paragraph asks the section for its theme
  'onder één kop': (n) => [
    { p: 'Voorwoord van de bestuurder.' },
    { h: 1, text: 'Pijler 1' },
    ...Array.from({ length: n }, (_, k) => paragraph(k)),
  ],
  // a status table (two columns: each cell is a paragraph, and the import refuses more than 50,000)
  tabel: (n) => [
    {
      table: [
        ['Onderdeel', 'Status 2025'],
        ...Array.from({ length: n }, (_, k) => [
          `${k + 1}. ${SENTENCES[k % SENTENCES.length]}`,
          k % 3 ? 'Gereed' : 'In werking',
        ]),
      ],
    },
  ],
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const SLOT = (name: string) => `KKFZSLOT${name}`;

let template: Promise<{
  parts: string[];
  head: string;
  sectPr: string;
  tail: string;
  files: Record<string, Uint8Array>;
}> | null = null;

/** A real document with one of each kind of line, text replaced by slots. */
function loadTemplate() {
  return (template ??= makeDocx([
    { h: 1, text: SLOT('H1') },
    { h: 2, text: SLOT('H2') },
    { p: SLOT('P') },
    { table: [[SLOT('C0'), SLOT('C1')]] },
  ]).then((bytes) => {
    const files = unzipSync(bytes);
    const body = splitBody(strFromU8(files['word/document.xml']!));
    return { parts: body.children, head: body.head, sectPr: body.sectPr, tail: body.tail, files };
  }));
}

/** An outline as a .docx: headings of level 1 and 2, paragraphs and two-column tables. */
export async function scaleDocx(lines: Line[]): Promise<Uint8Array> {
  const t = await loadTemplate();
  const [h1, h2, p, table] = t.parts as [string, string, string, string];
  const row = /<w:tr\b[\s\S]*<\/w:tr>/.exec(table)![0];
  const fill = (xml: string, slot: string, text: string) => xml.replace(SLOT(slot), esc(text));
  const xml = lines.map((l) => {
    if ('h' in l) return l.h === 1 ? fill(h1, 'H1', l.text) : fill(h2, 'H2', l.text);
    if ('p' in l) return fill(p, 'P', l.p);
    if ('table' in l)
      return table.replace(row, l.table.map((cells) => cells.reduce((r, c, k) => fill(r, `C${k}`, c), row)).join(''));
    throw new Error('the scale documents have no list items');
  });
  return zipSync({ ...t.files, 'word/document.xml': strToU8(`${t.head}${xml.join('')}${t.sectPr}${t.tail}`) });
}
