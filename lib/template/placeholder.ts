// Placeholder text in a template: what marks a place to write ("[Vul hier in]", "<aantal>", "……", Word's "Klik of
// tik om tekst in te voeren") and what is left of it as a hint once the filler words are gone ("[Beschrijf hier
// hoe u naasten betrekt]" asks "hoe u naasten betrekt"), which the matcher reads like a web field's placeholder.
import { fold, normalizeSpace } from '../text/normalize';

export interface Span {
  start: number;
  end: number;
}

/** bracketed text, dot or underscore leaders: places to write in a line */
const MARKED = /\[[^[\]\n]{0,300}\]|<[^<>\n]{0,300}>|«[^«»\n]{0,300}»|\.{4,}|…{2,}|_{3,}/gu;
/** what templates and Word say in an empty place, in Dutch and English (folded) */
const FILLERS = [
  'vul hier in',
  'vul in',
  'hier invullen',
  'nog in te vullen',
  'in te vullen',
  'invullen',
  'typ hier',
  'tekst volgt',
  'tekst invoegen',
  'klik of tik om tekst in te voeren',
  'klik hier om tekst in te voeren',
  'klik of tik om een datum in te voeren',
  'click or tap here to enter text',
  'click here to enter text',
  'enter text here',
  'type here',
  'to be completed',
  'kies een item',
  'choose an item',
  'klik of tik om een item te kiezen',
  'p.m.',
  'pm',
  'nnb',
  'n.n.b.',
  'xxx',
];
const FILLER = new RegExp(
  `^(?:${FILLERS.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[.:!…]*$`,
  'u',
);
/** words that open a hint and say nothing of its topic */
const OPENERS = /^(?:(?:vul|schrijf|beschrijf|geef|noem|typ|plaats|voeg)\s+(?:hier\s+)?(?:in\s+|aan\s+)?|hier\s+)+/u;

/** The marked places in a line, in order. */
export function placeholderSpans(text: string): Span[] {
  return [...text.matchAll(MARKED)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The whole text is a place to write: one mark and nothing else, or only filler words. */
export function isPlaceholderText(text: string): boolean {
  const t = normalizeSpace(text);
  if (!t) return false;
  if (FILLER.test(fold(t))) return true;
  const spans = placeholderSpans(t);
  return (
    spans.length > 0 &&
    normalizeSpace(spans.reduceRight((s, x) => s.slice(0, x.start) + s.slice(x.end), t)).replace(/[:.;,–-]/g, '') === ''
  );
}

/** What a placeholder asks, without its brackets and filler words ('' for a bare "[Vul hier in]"). */
export function hintOf(text: string): string {
  const inner = normalizeSpace(text.replace(/[[\]<>«»]|\.{4,}|…{2,}|_{3,}/gu, ' '));
  if (!inner || FILLER.test(fold(inner))) return '';
  const opener = OPENERS.exec(fold(inner));
  const rest = opener ? inner.slice(opener[0].length) : inner;
  return FILLER.test(fold(rest)) ? '' : normalizeSpace(rest.replace(/^[:.\s]+/, ''));
}
