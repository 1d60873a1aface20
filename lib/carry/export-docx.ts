// A CarryDraft as a .docx to finish in Word: the KKFZ structure as real heading styles (Title, then Heading 1
// per pillar, Heading 2 per theme, the report's own headings as Heading 3), and every passage that needs updating
// highlighted yellow with a Word comment saying why. Runs hold exactly the item texts, so a re-import gives the
// same block texts; the comment references carry no text of their own.
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
import type { CarryDraft, CarryItem, PillarId } from '../schema';
import { draftFocus } from './forward';
import { sectionTitle } from './sections';
import { markedCells, mergeFlags, type Mark } from './marks';

export interface ExportOptions {
  /** language of the headings, the intro and the comments we add; the report's own text is as written */
  language?: 'nl' | 'en';
}

const AUTHOR = 'KKFZ-assistent';
const PILLARS: PillarId[] = [0, 1, 2, 3, 4, 5];
/** the deepest bullet level Word knows */
const MAX_LIST_LEVEL = 8;

const LABELS = {
  nl: {
    empty: 'Nog geen tekst voor deze pijler.',
    update: 'Bijwerken',
    intro: (fromYear: number) =>
      `Dit is een concept, overgenomen uit het kwaliteitsverslag over ${fromYear}. Gemarkeerde passages moeten worden bijgewerkt; de reden staat in de opmerking bij de passage.`,
    focus: (year: number, themes: string[] | null) =>
      themes === null ? `Focusthema’s ${year}: niet bekend in het jaarschema.` : `Focusthema’s ${year} (jaarschema DJI): ${themes.length ? themes.join(', ') : 'geen'}.`,
  },
  en: {
    empty: 'No text for this pillar yet.',
    update: 'Update',
    intro: (fromYear: number) =>
      `This is a draft carried forward from the ${fromYear} quality report. Highlighted passages need updating; the reason is in the comment on the passage.`,
    focus: (year: number, themes: string[] | null) =>
      themes === null ? `Focus themes ${year}: not known in the schedule.` : `Focus themes ${year} (DJI schedule): ${themes.length ? themes.join(', ') : 'none'}.`,
  },
};

export async function exportCarryDocx(draft: CarryDraft, options: ExportOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const language = options.language ?? 'nl';
  const t = LABELS[language];
  const comments: ICommentOptions[] = [];
  // the flags are as of the draft's last change, not of the moment it is exported
  const date = new Date(draft.updatedAt);
  const comment = (notes: readonly string[]): number => {
    const id = comments.length;
    comments.push({ id, author: AUTHOR, initials: 'KKFZ', date, children: notes.map((n) => new Paragraph(n)) });
    return id;
  };

  /** The item's marks; an item to update without flags is marked as a whole. */
  const marksOf = (item: CarryItem): Mark[] => {
    const marks = mergeFlags(item.flags, item.text.length, language);
    return marks.length === 0 && item.state === 'update' && item.text ? [{ start: 0, end: item.text.length, notes: [t.update] }] : marks;
  };

  /** The text as runs, each mark highlighted and wrapped in its comment. */
  const runs = (text: string, marks: readonly Mark[]): ParagraphChild[] => {
    const out: ParagraphChild[] = [];
    let at = 0;
    for (const m of marks) {
      if (m.start > at) out.push(new TextRun(text.slice(at, m.start)));
      const id = comment(m.notes);
      out.push(
        new CommentRangeStart(id),
        new TextRun({ text: text.slice(m.start, m.end), highlight: 'yellow' }),
        new CommentRangeEnd(id),
        new TextRun({ children: [new CommentReference(id)] }),
      );
      at = m.end;
    }
    if (at < text.length) out.push(new TextRun(text.slice(at)));
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
      else if (commented) children = [new TextRun({ text, highlight: 'yellow' })];
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
        return new Paragraph({ bullet: { level: Math.min(item.depth ?? 0, MAX_LIST_LEVEL) }, children: runs(item.text, marks) });
      case 'table':
        return table(item, marks);
      case 'paragraph':
        return new Paragraph({ children: runs(item.text, marks) });
    }
  };

  const named = !draft.organisation || draft.title.toLowerCase().includes(draft.organisation.toLowerCase());
  const title = named ? draft.title : `${draft.title} — ${draft.organisation}`;
  const body: FileChild[] = [new Paragraph({ heading: HeadingLevel.TITLE, text: title }), new Paragraph(`${t.intro(draft.fromYear)} ${t.focus(draft.year, draftFocus(draft))}`)];
  const kept = draft.items.filter((item) => item.state !== 'drop');
  for (const pillar of PILLARS) {
    const items = kept.filter((item) => item.pillar === pillar);
    if (pillar === 0 && items.length === 0) continue;
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: sectionTitle({ pillar, theme: null }, language) }));
    if (items.length === 0) body.push(new Paragraph({ children: [new TextRun({ text: t.empty, italics: true })] }));
    // sections in KKFZ order (the general part, then themes by number), items in their given order within one
    const sections = [...new Set(items.map((item) => item.theme))].sort((a, b) => (a ?? 0) - (b ?? 0));
    for (const theme of sections) {
      if (theme !== null) body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: sectionTitle({ pillar, theme }, language) }));
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
