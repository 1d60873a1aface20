// The "Overzicht voor DJI" as .docx: the title in Word's Title style, Heading 1 for the focus themes, each pillar
// and the parts after them, Heading 2 for each theme, so Word's navigation pane is the KKFZ outline; a table per
// pillar (theme | status | woorden | bewijs); the report's passages quoted in italics with their section.
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { DjiExcerpt, DjiItem, DjiNote, DjiOverview, DjiPillar, DjiTheme } from './dji';
import {
  aspectText,
  DJI_NL,
  evidenceCell,
  itemFacts,
  JUSTIFIED_NL,
  noteAbout,
  noteHead,
  pillarTable,
  reasonText,
  sectionLabel,
  statusText,
  themeTitle,
} from './dji-text';
import { xmlSafe } from '../text/xml-safe';

const GREY = '4A5360';
/** column widths of the pillar table, in percent */
const COLUMNS = [38, 14, 10, 38];

const heading = (level: (typeof HeadingLevel)[keyof typeof HeadingLevel], text: string) =>
  new Paragraph({ heading: level, text });
const meta = (text: string) => new Paragraph({ children: [new TextRun({ text, color: GREY })] });

function excerpts(list: DjiExcerpt[]): Paragraph[] {
  if (!list.length) return [meta(DJI_NL.noExcerpt)];
  return list.flatMap((e) => [
    new Paragraph({
      indent: { left: 400 },
      spacing: { before: 120 },
      children: [new TextRun({ text: e.text, italics: true })],
    }),
    new Paragraph({
      indent: { left: 400 },
      children: [new TextRun({ text: sectionLabel(e.section), color: GREY, size: 18 })],
    }),
  ]);
}

function notes(list: DjiNote[]): Paragraph[] {
  if (!list.length) return [];
  return [
    new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: DJI_NL.notes, bold: true })] }),
    ...list.map(
      (n) =>
        new Paragraph({
          bullet: { level: 0 },
          children: [
            new TextRun({ text: `${noteHead(n)}: `, bold: true }),
            new TextRun(n.body),
            ...(noteAbout(n) ? [new TextRun({ text: noteAbout(n), color: GREY, break: 1 })] : []),
          ],
        }),
    ),
  ];
}

const statusLine = (item: DjiItem, focus = false) =>
  new Paragraph({
    children: [
      new TextRun({ text: statusText(item), bold: true }),
      new TextRun({ text: ` · ${itemFacts(item, focus)}`, color: GREY }),
    ],
  });

/** An item in full: status and words, why, the passages, the open notes. */
const itemBody = (item: DjiItem, focus = false): Paragraph[] => [
  statusLine(item, focus),
  meta(reasonText(item)),
  ...excerpts(item.excerpts),
  ...notes(item.notes),
];

function theme(t: DjiTheme, inFocusSection: boolean): Paragraph[] {
  const body = t.focus && !inFocusSection ? [statusLine(t, true), meta(DJI_NL.seeFocus)] : itemBody(t, t.focus);
  return [heading(HeadingLevel.HEADING_2, themeTitle(t)), ...body];
}

function table(p: DjiPillar, keyFigures: DjiItem[]): Table {
  const { head, rows } = pillarTable(p, keyFigures);
  const cell = (text: string, k: number, bold = false) =>
    new TableCell({
      width: { size: COLUMNS[k]!, type: WidthType.PERCENTAGE },
      children: [new Paragraph({ children: [new TextRun({ text, bold })] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      // repeated on every page the table runs over
      new TableRow({ tableHeader: true, children: head.map((h, k) => cell(h, k, true)) }),
      ...rows.map(
        ({ title, item }) =>
          new TableRow({
            children: [title, statusText(item), String(item.words), evidenceCell(item)].map((text, k) => cell(text, k)),
          }),
      ),
    ],
  });
}

function pillar(p: DjiPillar, keyFigures: DjiItem[]): FileChild[] {
  return [
    heading(HeadingLevel.HEADING_1, p.label),
    statusLine(p),
    meta(reasonText(p)),
    table(p, keyFigures),
    // a pillar without themes: its own passages, if any beside the key figures in its table
    ...(p.themes.length ? p.themes.flatMap((t) => theme(t, false)) : p.excerpts.length ? excerpts(p.excerpts) : []),
    ...notes(p.notes),
    heading(HeadingLevel.HEADING_2, DJI_NL.aspects),
    ...(p.aspects.length
      ? p.aspects.map((a) => new Paragraph({ bullet: { level: 0 }, text: aspectText(a) }))
      : [meta(DJI_NL.noAspects)]),
  ];
}

export async function djiOverviewDocx(overview: DjiOverview): Promise<Uint8Array<ArrayBuffer>> {
  // the report's own words (passages, headings, notes, reasons) may hold characters no XML file may contain
  const m = JSON.parse(
    JSON.stringify(overview, (_key, v: unknown) => (typeof v === 'string' ? xmlSafe(v) : v)),
  ) as DjiOverview;
  const body: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, text: m.heading }),
    meta(m.subtitle),
    new Paragraph(m.summary),
    heading(HeadingLevel.HEADING_1, DJI_NL.focus),
    meta(m.focus.line),
    ...m.focusThemes.flatMap((t) => theme(t, true)),
    ...m.pillars.flatMap((p) => pillar(p, m.keyFigures)),
    heading(HeadingLevel.HEADING_1, DJI_NL.keyFigures),
    meta(DJI_NL.keyFiguresIntro),
    ...m.keyFigures.flatMap((k) => [heading(HeadingLevel.HEADING_2, k.label), ...itemBody(k)]),
    heading(HeadingLevel.HEADING_1, DJI_NL.omissions),
    ...(m.omissions.length
      ? m.omissions.map(
          (o) =>
            new Paragraph({
              bullet: { level: 0 },
              children: [
                new TextRun({ text: `${o.label}: `, bold: true }),
                new TextRun(`${JUSTIFIED_NL[o.kind]}: ${o.reason}`),
              ],
            }),
        )
      : [meta(DJI_NL.noOmissions)]),
    ...(m.otherNotes.length ? [heading(HeadingLevel.HEADING_1, DJI_NL.otherNotes), ...notes(m.otherNotes)] : []),
    new Paragraph({
      spacing: { before: 480 },
      children: [new TextRun({ text: DJI_NL.footer, color: GREY, size: 18 })],
    }),
  ];
  const doc = new Document({
    creator: 'KKFZ-assistent',
    title: m.heading,
    // the overview is Dutch, so Word spell-checks it as Dutch
    styles: { default: { document: { run: { language: { value: 'nl-NL' } } } } },
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 } } }, children: body }],
  });
  // not toBuffer (Node only) or toBlob (browser only): bytes that work in both, and type as a BlobPart
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
