// Plan (pure): for every collected field its item, the text proposed for it and whether it is filled by
// default. Nothing is written here; the side panel shows this as the preview the user confirms.
import type { FieldInfo } from './field';
import { matchField } from './match';
import { proposeText, type FillSource } from './propose';

/** A field is ticked for filling by default only with a match at least this sure. */
export const SURE = 0.6;

export interface PlanEntry {
  key: string;
  label: string;
  kind: FieldInfo['kind'];
  target: string | null;
  score: number;
  /** why this target */
  evidence: string;
  /** the proposed text ('' when there is none) */
  text: string;
  /** what the field holds now */
  existing: string;
  /** filled when the user confirms, unless unticked */
  selected: boolean;
  /** a non-empty field is only overwritten when the user says so, field by field */
  overwrite: boolean;
  /** why it is not ticked, or what was done to the text (nl) */
  note: string;
}

function clip(text: string, max: number | null): { text: string; clipped: boolean } {
  if (max === null || text.length <= max) return { text, clipped: false };
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return { text: (space > max * 0.8 ? cut.slice(0, space) : cut).trimEnd(), clipped: true };
}

/** One entry per field; `targets` are the user's choices (a checklist item id, or null to skip a field). */
export function planFill(fields: FieldInfo[], source: FillSource, targets: Record<string, string | null> = {}): PlanEntry[] {
  return fields.map((field) => {
    const auto = matchField(field);
    const chosen = field.key in targets;
    const target = chosen ? targets[field.key]! : auto.target;
    const score = chosen ? 1 : auto.score;
    const evidence = chosen ? 'door jou gekozen' : auto.evidence;
    const proposal = target && field.kind !== 'select' ? proposeText(target, source).text : '';
    const { text, clipped } = clip(proposal, field.maxLength);
    const note = !target
      ? 'geen onderdeel herkend'
      : field.kind === 'select'
        ? 'keuzelijst: kies zelf een waarde'
        : field.inputType === 'number'
          ? 'getalveld: vul het getal zelf in'
          : !text
            ? 'het verslag heeft hier geen tekst voor'
            : field.readOnly
              ? 'alleen-lezen veld'
              : !field.empty
                ? 'bevat al tekst: alleen met jouw bevestiging overschrijven'
                : score < SURE
                  ? 'onzeker: controleer het onderdeel'
                  : clipped
                    ? `ingekort tot ${field.maxLength} tekens`
                    : '';
    const fillable = target !== null && text !== '' && field.kind !== 'select' && field.inputType !== 'number' && !field.readOnly;
    return {
      key: field.key,
      label: field.label,
      kind: field.kind,
      target,
      score,
      evidence,
      text,
      existing: field.value,
      selected: fillable && field.empty && (chosen || score >= SURE),
      overwrite: false,
      note,
    };
  });
}
