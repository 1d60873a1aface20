// A form field as the filler sees it: what kind of control, the texts that say what it asks for, and what
// it holds now. `FieldInfo` travels between the page and the side panel; `CollectedField` keeps the element.
import { z } from 'zod';
import { normalizeSpace } from '../text/normalize';

export const FieldKind = z.enum(['text', 'textarea', 'select', 'editable']);
export type FieldKind = z.infer<typeof FieldKind>;

/** The most characters of each signal kept (the end of the text before a field, the start of the others): enough to
 * say what a field asks for, little enough to match fast whatever the page or template holds. */
export const SIGNAL_CAP = 300;

/** Everything on the page that may say what a field is for, each as plain text ('' when absent). */
export const FieldSignals = z.object({
  /** its own label: the parts of aria-labelledby (most specific, i.e. last, first), else its accessible name */
  label: z.array(z.string()),
  placeholder: z.string(),
  /** name and id split into words ("thema_10_clientmetingen" → "thema 10 clientmetingen") */
  tokens: z.string(),
  /** a field in a table: the header of its row and of its column */
  rowHeader: z.string(),
  colHeader: z.string(),
  /** the text between the previous field (or heading) and this one, its own label left out: an unlinked label,
   * a question, a hint */
  before: z.string(),
  /** the nearest heading above */
  heading: z.string(),
  /** the headings that hold that one, outermost first ("Deel 2 – Medewerkers" above "Tevredenheid") */
  outline: z.array(z.string()),
  /** the fieldset legend or the name of the group around it */
  group: z.string(),
  description: z.string(),
});
export type FieldSignals = z.infer<typeof FieldSignals>;

/** Where a field stands among the others, as keys that are equal for fields that share the place ('' for none). */
export const FieldPlace = z.object({
  /** its table row: the fields of one row answer one question together */
  row: z.string(),
  /** its table, fieldset or named group */
  group: z.string(),
  /** the headings above it, outermost first, as in `outline` followed by `heading` */
  sections: z.array(z.string()),
});
export type FieldPlace = z.infer<typeof FieldPlace>;

export const FieldInfo = z.object({
  /** unique on the page for one collection */
  key: z.string(),
  kind: FieldKind,
  /** an input's type ('text', 'email', 'number', …); '' for other kinds */
  inputType: z.string(),
  /** the text shown to the user as the field's name */
  label: z.string(),
  signals: FieldSignals,
  /** what it holds now (its value, the chosen option's value, or an editor's text) when the filler may write to
   * it; null for any other field, whose content stays in the page: `empty` says whether it holds anything */
  value: z.string().nullable(),
  empty: z.boolean(),
  readOnly: z.boolean(),
  maxLength: z.number().int().min(0).nullable(),
  /** an input's visible width in characters, a textarea's rows: how much the form expects */
  size: z.number().int().min(0).nullable(),
  rows: z.number().int().min(0).nullable(),
  /** the autocomplete and inputmode hints ('' when absent): "email", "organization", "numeric" */
  autocomplete: z.string(),
  inputMode: z.string(),
  place: FieldPlace,
  options: z.array(z.object({ value: z.string(), label: z.string() })),
  /** 0 for the page itself, 1… for its same-origin frames */
  frame: z.number().int().min(0),
});
export type FieldInfo = z.infer<typeof FieldInfo>;

/** A name or id as words: "thema_10_clientmetingen" → "thema 10 clientmetingen", "aantalClienten" → "aantal Clienten". */
export const nameWords = (raw: string): string =>
  normalizeSpace(
    raw
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/[_\-.[\]:]+/g, ' ')
      .replace(/(\d+)/g, ' $1 '),
  );

export type CollectedField = FieldInfo & { element: HTMLElement };
