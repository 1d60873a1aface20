// Plan (pure): every place of the template with its item, score, evidence and proposed text, decided exactly as a
// web form's fields are (lib/fill/plan.ts: the matcher with the form around it, the same fitting), and the text as
// the pieces the writer puts in. Nothing is written here; a view shows it as the preview to confirm or change.
import { planFill, type PlanEntry } from '../fill/plan';
import { piecesFromText, piecesOf, type Piece } from './pieces';
import type { Template, Where } from './slot';
import type { TemplateSource } from './source';

export interface TemplateEntry extends PlanEntry {
  where: Where;
  /** what the template shows there now */
  shown: string;
  /** what goes in; empty without text */
  pieces: Piece[];
}

export interface PlanOptions {
  /** the user's choices: an item id per slot key, or null to leave a slot as it is */
  targets?: Record<string, string | null>;
  /** the language of the comments on flagged passages */
  lang?: 'nl' | 'en';
}

export function planTemplate(template: Template, source: TemplateSource, options: PlanOptions = {}): TemplateEntry[] {
  const entries = planFill(
    template.slots.map((s) => s.field),
    source,
    options.targets ?? {},
  );
  return entries.map((e, k) => ({
    ...e,
    where: template.slots[k]!.where,
    shown: template.slots[k]!.shown,
    pieces: piecesOf(e, source, options.lang),
  }));
}

/** An entry whose text the user changed: its pieces follow the new text. */
export const withText = (entry: TemplateEntry, text: string): TemplateEntry => ({
  ...entry,
  text,
  pieces: piecesFromText(text),
});
