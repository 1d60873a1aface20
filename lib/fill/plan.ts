// Plan (pure): for every collected field its item (decided with the whole form), the text proposed for it, shaped
// to the field, and whether it is filled by default. Nothing is written here; the side panel shows this as the
// preview the user confirms.
import type { FieldInfo } from './field';
import { fieldShape, type FitKind } from './field-kind';
import { matchForm } from './form-context';
import { propose, type FillSource } from './propose';

/** A field is ticked for filling by default only with a match at least this sure. */
export const SURE = 0.6;

export interface PlanEntry {
  key: string;
  label: string;
  kind: FieldInfo['kind'];
  /** what the field takes: a number, a percentage, an amount, a date, a short or a long text, a choice, a file */
  fit: FitKind;
  /** the most characters it takes (null: no limit) */
  limit: number | null;
  target: string | null;
  score: number;
  /** why this target */
  evidence: string;
  /** the proposed text ('' when there is none) */
  text: string;
  /** what the report has for it, before it was cut to the field */
  full: string;
  /** `text` is a shortened `full` */
  shortened: boolean;
  /** the report's blocks the text comes from, in document order ([] without text) */
  blocks: number[];
  /** where the text comes from (nl; '' without text) */
  source: string;
  /** what the field holds now; '' when the page does not tell (a field the filler does not fill by itself) */
  existing: string;
  /** the field holds nothing now; one that does is filled only when the user confirms overwriting it */
  empty: boolean;
  /** filled when the user confirms, unless unticked */
  selected: boolean;
  /** a non-empty field is only overwritten when the user says so, field by field */
  overwrite: boolean;
  /** why it is not ticked, or what was done to the text (nl) */
  note: string;
}

/** One entry per field; `targets` are the user's choices now (a checklist item id, or null to skip a field),
 * `remembered` the user's choices of an earlier visit to the same portal (lib/fill/remembered.ts). */
export function planFill(
  fields: FieldInfo[],
  source: FillSource,
  targets: Record<string, string | null> = {},
  remembered: Record<string, string | null> = {},
): PlanEntry[] {
  const auto = matchForm(fields);
  return fields.map((field, i) => {
    const match = auto[i]!;
    const now = field.key in targets;
    const before = !now && field.key in remembered;
    const chosen = now || before;
    const target = now ? targets[field.key]! : before ? remembered[field.key]! : match.target;
    const score = chosen ? 1 : match.score;
    const shape = fieldShape(field);
    const proposal = target ? propose(field, target, source) : null;
    const text = proposal?.text ?? '';
    const note = !target
      ? match.nonContent && !chosen
        ? 'geen verslaginhoud: blijft leeg'
        : 'geen onderdeel herkend'
      : !text
        ? proposal!.source
        : field.readOnly
          ? 'alleen-lezen veld'
          : !field.empty
            ? 'bevat al tekst: alleen met jouw bevestiging overschrijven'
            : score < SURE
              ? 'onzeker: controleer het onderdeel'
              : proposal!.shortened
                ? `ingekort tot ${text.length} van ${proposal!.full.length} tekens: meer neemt het veld niet`
                : '';
    const fillable = target !== null && text !== '' && !field.readOnly;
    return {
      key: field.key,
      label: field.label,
      kind: field.kind,
      fit: shape.kind,
      limit: shape.limit,
      target,
      score,
      evidence: now ? 'door jou gekozen' : before ? 'jouw keuze van een eerder bezoek aan deze site' : match.evidence,
      text,
      full: text ? proposal!.full : '',
      shortened: text !== '' && proposal!.shortened,
      blocks: text ? proposal!.blocks : [],
      source: text ? proposal!.source : '',
      existing: field.value ?? '',
      empty: field.empty,
      selected: fillable && field.empty && (chosen || score >= SURE),
      overwrite: false,
      note,
    };
  });
}
