// A field's signals (lib/fill/field.ts) with nothing in them but what a test gives.
import type { FieldSignals } from '../../lib/fill/field';

export const signalsOf = (given: Partial<FieldSignals> = {}): FieldSignals => ({
  label: [],
  placeholder: '',
  tokens: '',
  rowHeader: '',
  colHeader: '',
  before: '',
  heading: '',
  outline: [],
  group: '',
  description: '',
  ...given,
});
