// A place to write in a Word template, as the matcher sees it (a FieldInfo, the same as a web form's field) and
// where it is in the template's XML. Places are counted in document order over word/document.xml, so the same
// template bytes read again give the same places: the plan stays plain data and the writer needs only the bytes.
import { z } from 'zod';
import { FieldInfo } from '../fill/field';

const Index = z.number().int().min(0);

export const Where = z.discriminatedUnion('kind', [
  /** under a heading or a question: these paragraphs (placeholders, empty lines) give way to the text; with none,
   * it goes in after paragraph `after` */
  z.object({ kind: z.literal('section'), paragraphs: z.array(Index), after: Index.nullable() }),
  /** characters start…end of a paragraph's text (a "[…]" or grey hint inside a line) */
  z.object({ kind: z.literal('inline'), paragraph: Index, start: Index, end: Index }),
  /** an empty (or placeholder) table cell, counted over every w:tc */
  z.object({ kind: z.literal('cell'), cell: Index }),
  /** a content control (w:sdt), counted over every w:sdt */
  z.object({ kind: z.literal('control'), control: Index }),
]);
export type Where = z.infer<typeof Where>;
export type SlotKind = Where['kind'];

export const Slot = z.object({
  field: FieldInfo,
  where: Where,
  /** what the template shows there now ('' for an empty place) */
  shown: z.string(),
});
export type Slot = z.infer<typeof Slot>;

export const TemplateHeading = z.object({ text: z.string(), level: z.number().int().min(1).max(9) });
export type TemplateHeading = z.infer<typeof TemplateHeading>;

export const Template = z.object({
  slots: z.array(Slot),
  /** the template's own outline, in order */
  headings: z.array(TemplateHeading),
});
export type Template = z.infer<typeof Template>;
