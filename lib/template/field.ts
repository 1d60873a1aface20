// A template's place to write as the field a web form would have there, so that it goes through the same matcher,
// form context and fitting (lib/fill). Its words decide what it takes: a place whose words ask for a count, a
// share or an amount takes a figure, like a number input; any other takes text, a line or a whole passage.
import { fieldShape } from '../fill/field-kind';
import { SIGNAL_CAP, type FieldInfo, type FieldKind, type FieldPlace, type FieldSignals } from '../fill/field';
import { normalizeSpace } from '../text/normalize';

export interface FieldSpec {
  key: string;
  /** what it takes when its words do not ask for a figure: a line ('text'), a passage ('textarea'), a choice */
  base: FieldKind;
  /** the name shown for it */
  label: string;
  signals: Partial<FieldSignals>;
  place: FieldPlace;
  inputType?: string;
  readOnly?: boolean;
  options?: FieldInfo['options'];
}

const FIGURE_OR_DATE = new Set(['number', 'percentage', 'amount', 'date']);

export function slotField(spec: FieldSpec): FieldInfo {
  const clip = (s: string | undefined) => normalizeSpace(s ?? '').slice(0, SIGNAL_CAP);
  const signals: FieldSignals = {
    label: (spec.signals.label ?? []).map(clip).filter(Boolean),
    placeholder: clip(spec.signals.placeholder),
    tokens: clip(spec.signals.tokens),
    rowHeader: clip(spec.signals.rowHeader),
    colHeader: clip(spec.signals.colHeader),
    before: normalizeSpace(spec.signals.before ?? '').slice(-SIGNAL_CAP),
    heading: clip(spec.signals.heading),
    outline: (spec.signals.outline ?? []).map(clip),
    group: clip(spec.signals.group),
    description: clip(spec.signals.description),
  };
  const field: FieldInfo = {
    key: spec.key,
    kind: spec.base,
    inputType: spec.base === 'text' ? (spec.inputType ?? 'text') : '',
    label: clip(spec.label),
    signals,
    // what a template shows in a place to write is a placeholder, never content to keep
    value: '',
    empty: true,
    readOnly: spec.readOnly ?? false,
    maxLength: null,
    size: null,
    rows: null,
    autocomplete: '',
    inputMode: '',
    place: spec.place,
    options: spec.options ?? [],
    frame: 0,
  };
  if (spec.base !== 'textarea') return field;
  const asLine = { ...field, kind: 'text' as const, inputType: 'text' };
  return FIGURE_OR_DATE.has(fieldShape(asLine).kind) ? asLine : field;
}
