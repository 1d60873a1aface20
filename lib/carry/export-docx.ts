// A CarryDraft as a .docx to finish in Word: the KKFZ structure as real heading styles (Title, then Heading 1
// per pillar, Heading 2 per theme, the report's own headings as Heading 3), and every passage that needs updating
// highlighted yellow with a Word comment saying why. Runs hold exactly the item texts, so a re-import gives the
// same block texts; the comment references carry no text of their own. Under each pillar's heading, last year's
// status of its quality aspects as a status table with next year's column to fill in.
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type FileChild,
  type ICommentOptions,
  type ParagraphChild,
} from 'docx';
import type { CarryAspect, CarryDraft, CarryItem } from '../schema';
import { aspects as known } from '../knowledge/aspects';
import { blockPillars } from '../knowledge/shape';
import { STATE_WORDS } from '../aspects/state-words';
import { draftFocus } from './forward';
import { DRAFT_WORDS } from './draft-words';
import { sectionTitle } from './sections';
import { markedCells, mergeFlags, type Mark } from './marks';
import { xmlSafe } from '../text/xml-safe';

export interface ExportOptions {
  /** language of the headings, the intro and the comments we add; the report's own text is as written */
  language?: 'nl' | 'en';
}

const AUTHOR = 'KKFZ-assistent';
/** the deepest bullet level Word knows */
const MAX_LIST_LEVEL = 8;

const LABELS = {
  nl: {
    empty: 'Nog geen tekst voor deze pijler.',
    update: 'Bijwerken',
    intro: (fromYear: number) =>
      `Dit is een concept, overgenomen uit het kwaliteitsverslag over ${fromYear}. Gemarkeerde passages moeten worden bijgewerkt; de reden staat in de opmerking bij de passage.`,
    aspects: 'Status van de kwaliteitsaspecten',
    aspectsIntro: (fromYear: number, year: number) =>
      `Onder elke pijler staat de status van zijn kwaliteitsaspecten in ${fromYear}; vul de kolom ${year} in.`,
    columns: (fromYear: number, year: number) => ['Nr.', 'Kwaliteitsaspect', `Status ${fromYear}`, `Status ${year}`],
  },
  en: {
    empty: 'No text for this pillar yet.',
    update: 'Update',
    intro: (fromYear: number) =>
      `This is a draft carried forward from the ${fromYear} quality report. Highlighted passages need updating; the reason is in the comment on the passage.`,
    aspects: 'Status of the quality aspects',
    aspectsIntro: (fromYear: number, year: number) =>
      `Under each pillar is the status of its quality aspects in ${fromYear}; fill in the ${year} column.`,
    columns: (fromYear: number, year: number) => ['No.', 'Quality aspect', `Status ${fromYear}`, `Status ${year}`],
  },
};

const articleOf = new Map(known.map((a) => [a.id, a.article]));
/** "Gereed": a status as reports write it in a table cell */
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One pillar's aspect statuses of last year as a status table, next year's column left empty to fill in: the
 * shape reports keep (and lib/aspects/status-table.ts reads back). */
function aspectTable(
  aspects: readonly CarryAspect[],
  fromYear: number,
  year: number,
  language: 'nl' | 'en',
): FileChild[] {
  const t = LABELS[language];
  const row = (cells: string[]) =>
    new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(xmlSafe(text))] })) });
  return [
    new Paragraph({ children: [new TextRun({ text: t.aspects, bold: true })] }),
    new Table({
      rows: [
        row(t.columns(fromYear, year)),
        ...aspects.map((a) =>
          row([
            articleOf.get(a.aspectId ?? '') ?? '',
            a.aspect,
            a.status ? capitalise(STATE_WORDS[language][a.status]) : '',
            '',
          ]),
        ),
      ],
    }),
  ];
}

export async function exportCarryDocx(
  draft: CarryDraft,
  options: ExportOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const language = options.language ?? 'nl';
  const t = LABELS[language];
  const comments: ICommentOptions[] = [];
  // the flags are as of the draft's last change, not of the moment it is exported
  const date = new Date(draft.updatedAt);
  const comment = (notes: readonly string[]): number => {
    const id = comments.length;
    comments.push({
      id,
      author: AUTHOR,
      initials: 'KKFZ',
      date,
      children: notes.map((n) => new Paragraph(xmlSafe(n))),
    });
    return id;
  };

  /** The item's marks; an item to update without flags is marked as a whole. */
  const marksOf = (item: CarryItem): Mark[] => {
    const marks = mergeFlags(item.flags, item.text.length, language);
    return marks.length === 0 && item.state === 'update' && item.text
      ? [{ start: 0, end: item.text.length, notes: [t.update] }]
      : marks;
  };

  /** The text as runs, each mark highlighted and wrapped in its comment. Made XML-safe piece by piece, as the
   * marks' offsets are in the text as it is. */
  const runs = (text: string, marks: readonly Mark[]): ParagraphChild[] => {
    const out: ParagraphChild[] = [];
    let at = 0;
    for (const m of marks) {
      if (m.start > at) out.push(new TextRun(xmlSafe(text.slice(at, m.start))));
      const id = comment(m.notes);
      out.push(
        new CommentRangeStart(id),
        new TextRun({ text: xmlSafe(text.slice(m.start, m.end)), highlight: 'yellow' }),
        new CommentRangeEnd(id),
        new TextRun({ children: [new CommentReference(id)] }),
      );
      at = m.end;
    }
    if (at < text.length) out.push(new TextRun(xmlSafe(text.slice(at))));
    return out;
  };

  /** Marked cells are highlighted whole; one comment, on the first of them, lists every reason. */
  const table = (item: CarryItem, marks: readonly Mark[]): Table => {
    const rows = item.rows?.length ? item.rows : [[item.text]];
    const marked = markedCells(rows, item.text, marks);
    const notes = [...new Set(marks.flatMap((m) => m.notes))];
    let commented = false;
    const cell = (text: string, highlight: boolean): TableCell => {
      let children: ParagraphChild[];
      if (!highlight) children = runs(text, []);
      else if (commented) children = [new TextRun({ text: xmlSafe(text), highlight: 'yellow' })];
      else {
        children = runs(text, [{ start: 0, end: text.length, notes }]);
        commented = true;
      }
      return new TableCell({ children: [new Paragraph({ children })] });
    };
    return new Table({
      rows: rows.map(
        (row, r) =>
          // Word cannot open a row without cells; an empty cell gives the same block text as none
          new TableRow({ children: (row.length ? row : ['']).map((text, c) => cell(text, marked[r]?.[c] === true)) }),
      ),
    });
  };

  const block = (item: CarryItem): FileChild => {
    const marks = marksOf(item);
    switch (item.kind) {
      case 'heading':
        // the report's own headings sit below the KKFZ levels, whatever their level was
        return new Paragraph({ heading: HeadingLevel.HEADING_3, children: runs(item.text, marks) });
      case 'list-item':
        return new Paragraph({
          bullet: { level: Math.min(item.depth ?? 0, MAX_LIST_LEVEL) },
          children: runs(item.text, marks),
        });
      case 'table':
        return table(item, marks);
      case 'paragraph':
        return new Paragraph({ children: runs(item.text, marks) });
    }
  };

  const named = !draft.organisation || draft.title.toLowerCase().includes(draft.organisation.toLowerCase());
  const title = xmlSafe(named ? draft.title : `${draft.title} — ${draft.organisation}`);
  const intro = [
    t.intro(draft.fromYear),
    `${DRAFT_WORDS[language].focus(draft.year, draftFocus(draft))}.`,
    ...(draft.aspects?.length ? [t.aspectsIntro(draft.fromYear, draft.year)] : []),
  ];
  const body: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, text: title }),
    new Paragraph(intro.join(' ')),
  ];
  const kept = draft.items.filter((item) => item.state !== 'drop');
  for (const pillar of blockPillars) {
    const items = kept.filter((item) => item.pillar === pillar);
    if (pillar === 0 && items.length === 0) continue;
    body.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, text: sectionTitle({ pillar, theme: null }, language) }),
    );
    if (items.length === 0) body.push(new Paragraph({ children: [new TextRun({ text: t.empty, italics: true })] }));
    const statuses = draft.aspects?.filter((a) => a.pillar === pillar) ?? [];
    if (statuses.length) body.push(...aspectTable(statuses, draft.fromYear, draft.year, language));
    // sections in KKFZ order (the general part, then themes by number), items in their given order within one
    const sections = [...new Set(items.map((item) => item.theme))].sort((a, b) => (a ?? 0) - (b ?? 0));
    for (const theme of sections) {
      if (theme !== null)
        body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: sectionTitle({ pillar, theme }, language) }));
      for (const item of items) if (item.theme === theme) body.push(block(item));
    }
  }

  const doc = new Document({
    creator: AUTHOR,
    title,
    // the report is Dutch whatever the interface language, so Word spell-checks it as Dutch
    styles: { default: { document: { run: { language: { value: 'nl-NL' } } } } },
    comments: { children: comments },
    sections: [{ children: body }],
  });
  // not toBuffer (Node only) or toBlob (browser only); an ArrayBuffer's view types as a BlobPart for the download
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
