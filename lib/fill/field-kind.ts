// What a field takes, from its type, size and words: a number, a percentage, an amount, a date, a short or a long
// text (or a choice, or a file). A field's own limit (maxlength, "maximaal 150 woorden" in its text) caps what is
// proposed; a one-line field without one still takes no more than a sentence or two.
import { fillTerms } from '../knowledge/fill-terms';
import { fold } from '../text/normalize';
import type { FieldInfo } from './field';

export type FitKind = 'number' | 'percentage' | 'amount' | 'date' | 'short' | 'long' | 'choice' | 'file';
/** what a figure field asks for: a count, a share, an amount of money */
export type Measure = 'count' | 'share' | 'amount';

export interface FieldShape {
  kind: FitKind;
  /** the most characters that go in; null when the field sets none */
  limit: number | null;
  /** for a figure field, what its words ask for (none: the item decides) */
  asks: Measure[];
}

export type ShapedField = Pick<
  FieldInfo,
  'kind' | 'inputType' | 'maxLength' | 'size' | 'rows' | 'inputMode' | 'signals'
>;

/** A one-line text field with no limit of its own: about two sentences. */
export const SHORT_LIMIT = 250;
/** A stated limit in words, in characters: Dutch words are about six characters with their space. */
const CHARS_PER_WORD = 6;
const DATE_TYPES = new Set(['date', 'month', 'week', 'time', 'datetime-local']);
const FIGURE_TYPES = new Set(['number', 'range']);
/** a box this narrow holds a figure or a code, not a sentence */
const NARROW = 6;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordsOf = (list: string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.map((w) => escape(fold(w))).join('|')})(?![\\p{L}])`, 'u');
const ASKS: [Measure, RegExp][] = [
  ['count', wordsOf(fillTerms.kinds.number)],
  ['share', wordsOf(fillTerms.kinds.percentage)],
  ['amount', wordsOf(fillTerms.kinds.amount)],
];
// "datum" also ends a compound ("peildatum", "ingangsdatum")
const DATE = new RegExp(fillTerms.kinds.date.map((w) => escape(fold(w))).join('|'), 'u');
const STATED =
  /(?:max(?:imaal|imum|\.)?|hoogstens|ten hoogste|niet meer dan|tot)\s*(\d[\d.]*)\s*(tekens|karakters|woorden|characters|words)/u;

/** "Maximaal 150 woorden", "(max. 500 tekens)": a limit the form states in words. */
export function statedLimit(texts: string[]): number | null {
  for (const t of texts) {
    const m = STATED.exec(fold(t));
    if (!m) continue;
    const n = Number(m[1]!.replace(/\./g, ''));
    if (n > 0) return /woord|word/.test(m[2]!) ? n * CHARS_PER_WORD : n;
  }
  return null;
}

/** The words that say what kind of value a field wants, units in brackets included ("Omzet (%)"): its own label,
 * placeholder and column header; with no label of its own, its row header or the question before it. */
function kindWords(s: FieldInfo['signals']): string {
  const own = [...s.label, s.placeholder, s.colHeader];
  const borrowed = s.label.length ? [] : [s.rowHeader, s.before];
  return fold([...own, ...borrowed].filter(Boolean).join(' \n '));
}

export function fieldShape(field: ShapedField): FieldShape {
  const s = field.signals;
  if (field.kind === 'select') return { kind: 'choice', limit: null, asks: [] };
  if (field.inputType === 'file') return { kind: 'file', limit: null, asks: [] };
  if (DATE_TYPES.has(field.inputType)) return { kind: 'date', limit: null, asks: [] };
  const stated = statedLimit([...s.label, s.placeholder, s.description, s.before]);
  if (field.kind !== 'text') {
    const short = field.rows !== null && field.rows <= 2;
    return {
      kind: short ? 'short' : 'long',
      limit: field.maxLength ?? stated ?? (short ? SHORT_LIMIT : null),
      asks: [],
    };
  }
  const words = kindWords(s);
  const asks = ASKS.filter(([, re]) => re.test(words)).map(([m]) => m);
  const figure = FIGURE_TYPES.has(field.inputType) || field.inputMode === 'numeric' || field.inputMode === 'decimal';
  const narrow = (field.maxLength ?? Infinity) <= NARROW || (field.size ?? Infinity) <= NARROW;
  if (asks.length || figure || narrow) {
    if (!asks.length && !figure && DATE.test(words)) return { kind: 'date', limit: field.maxLength, asks };
    const kind =
      asks.length === 1 && asks[0] === 'share'
        ? 'percentage'
        : asks.length === 1 && asks[0] === 'amount'
          ? 'amount'
          : 'number';
    return { kind, limit: field.maxLength, asks };
  }
  if (DATE.test(words)) return { kind: 'date', limit: field.maxLength, asks };
  return { kind: 'short', limit: field.maxLength ?? stated ?? SHORT_LIMIT, asks };
}
