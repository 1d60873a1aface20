// Builds small real .docx files for tests with the `docx` package: a Word-like file, not a mock.
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, DeletedTextRun } from 'docx';

export type Part =
  | { h: 1 | 2 | 3 | 4; text: string; style?: string }
  | { p: string; bold?: boolean; size?: number; caps?: boolean; style?: string }
  | { li: string; level?: number }
  | { table: string[][] }
  | { deleted: string; kept: string };

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
] as const;

/** `paragraphStyles`: extra named styles, e.g. a Dutch "Kop 2" that is a heading by name only. */
export async function makeDocx(
  parts: Part[],
  options: { styles?: { id: string; name: string; bold?: boolean; size?: number; outlineLevel?: number }[] } = {},
): Promise<Uint8Array> {
  const children = parts.map((part) => {
    if ('h' in part)
      return part.style
        ? new Paragraph({ text: part.text, style: part.style })
        : new Paragraph({ text: part.text, heading: HEADINGS[part.h - 1] });
    if ('p' in part) {
      return new Paragraph({
        ...(part.style && { style: part.style }),
        children: [
          new TextRun({
            text: part.p,
            bold: part.bold ?? false,
            ...(part.size && { size: part.size * 2 }),
            ...(part.caps && { allCaps: true }),
          }),
        ],
      });
    }
    if ('li' in part) return new Paragraph({ text: part.li, bullet: { level: part.level ?? 0 } });
    if ('deleted' in part) {
      return new Paragraph({
        children: [
          new TextRun(part.kept),
          new DeletedTextRun({ text: part.deleted, id: 1, author: 'test', date: '2025-01-01T00:00:00Z' }),
        ],
      });
    }
    return new Table({
      rows: part.table.map(
        (row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) }),
      ),
    });
  });
  const doc = new Document({
    creator: 'kkfz-tests',
    styles: {
      paragraphStyles: (options.styles ?? []).map((s) => ({
        id: s.id,
        name: s.name,
        basedOn: 'Normal',
        run: { ...(s.bold && { bold: true }), ...(s.size && { size: s.size * 2 }) },
        ...(s.outlineLevel !== undefined && { paragraph: { outlineLevel: s.outlineLevel } }),
      })),
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
