// Many reports make headings with bold text, a bigger font, capitals or numbering instead of heading
// styles. This decides, per paragraph, whether it only looks like a heading and at which level.
import { fold, countWords } from '../text/normalize';
import { framework } from '../knowledge/framework';
import { compilePhrases } from '../knowledge/phrases';
import { LABEL, shape } from '../knowledge/shape';
import { aspectKnowledge } from '../knowledge/aspects';
import { compileTerms } from '../text/terms';
import { readHeadingTopic } from '../classify/heading-topic';

export interface ParagraphLook {
  text: string;
  /** every letter is bold (direct formatting, a bold character style or a bold paragraph style) */
  bold: boolean;
  /** largest font size in points, if known */
  fontSize: number | null;
  /** every letter is rendered in capitals (w:caps) */
  caps: boolean;
  inTable: boolean;
  isListItem: boolean;
}

export type HeadingCue = 'bold' | 'size' | 'caps' | 'numbered' | 'pillar-or-theme' | 'wording' | 'plain-line';

export interface HeadingGuess {
  cue: HeadingCue;
  /** 1 = chapter-like wording (or a bigger font), 2 = section, 3 = subsection; turned into levels by assignGuessedLevels */
  rank: number;
  /** depth from a numbering prefix like "4.4.1", if any */
  numberDepth: number | null;
  /** "pijler" or "thema" for a line that opens with that label */
  label: (typeof LABEL)[keyof typeof LABEL] | null;
}

/** What stands around a paragraph: its neighbours outside tables (null at the document's ends). */
export interface Neighbours {
  previous: ParagraphLook | null;
  next: ParagraphLook | null;
  /** the document's first paragraph: a short one is its title */
  first: boolean;
  /** the same line stands elsewhere in the document too */
  recurring: boolean;
  /** the next line is such a recurring one: a part of the report's template under this line */
  nextRecurring: boolean;
}

/** "4.3 Medezeggenschap", "3.1.3 b) Het behandelplan" */
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,4})\.?(?:\s?[a-h]\))?\s+(?=\p{Lu})/u;
const LABEL_LINE = new RegExp(`^(${shape.labels})\\s{0,3}${shape.anyNumber}\\b`, 'i');
/** table-of-contents lines end in a page number, often after dot leaders or a tab (three dots stand for any
 * leader: `\.{3,}` would read a run of dots again from each of its dots) */
const TOC_LINE = /(?:\.{3}|\s)\d{1,3}$/;
/** "Pijler 3", "Hoofdstuk 2": a label and its number, not a contents line's page number */
const BARE_LABEL = new RegExp(`^(?:${shape.labels}|hoofdstuk|bijlage|deel)\\s{1,3}\\d{1,2}$`, 'i');
/** words of a short plain line before body text */
const PLAIN_LINE_WORDS = 8;

const chapterWords = compilePhrases<true>(
  [
    ...framework.headings.framing,
    ...framework.headings.general,
    ...framework.pillars.flatMap((p) => p.aliases),
    LABEL.pillar,
  ].map((w) => [w, true] as [string, true]),
);

/** key-figure chapters: "Kengetallen", "Jaarcijfers", "Feiten en cijfers" */
const keyFigureWords = compileTerms<true>(aspectKnowledge.keyFigures.headings.map((w) => [w, true] as [string, true]));

function looksLikeSentence(text: string): boolean {
  return /[.;,]$/.test(text) || countWords(text) > 16 || text.length > 140;
}

/** Upper-case text with enough letters to be more than an abbreviation ("WMO", "SZT"). */
function isAllCapsText(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 5 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

const sameDepth = (n: ParagraphLook | null, depth: number) => {
  const m = n && !n.inTable && countWords(n.text) <= 10 ? NUMBERED.exec(n.text.trim()) : null;
  return m !== null && m[1]!.split('.').length === depth;
};

const labelOf = (text: string) => (LABEL_LINE.exec(text)?.[1]?.toLowerCase() ?? null) as HeadingGuess['label'];

/** Body text follows: a sentence, a list, a table, or a line that introduces one ("We starten met:"). */
export function bodyFollows(next: ParagraphLook | null): boolean {
  if (!next) return false;
  return (
    next.inTable ||
    next.isListItem ||
    looksLikeSentence(next.text) ||
    /:$/.test(next.text) ||
    countWords(next.text) >= PLAIN_LINE_WORDS
  );
}

/**
 * Whether a paragraph is a heading only by its looks or its wording, and how high. In a document that uses
 * heading styles, a line is one by its looks (bold, bigger), or by wording that only headings have ("Pijler 1",
 * "Thema 5: …", "4.3 Medezeggenschap", a pillar's, theme's or aspect's name) when body text follows. Without
 * styles, capitals, numbering and a short plain line before body text count too. A run of lines with the
 * same label ("Pijler 1: …", "Pijler 2: …") is a list, not headings.
 */
export function guessHeading(
  p: ParagraphLook,
  around: Neighbours,
  bodyFontSize: number | null,
  hasStyles: boolean,
): HeadingGuess | null {
  const text = p.text.trim();
  if (!text || p.inTable || p.isListItem || looksLikeSentence(text) || (TOC_LINE.test(text) && !BARE_LABEL.test(text)))
    return null;
  if (!/\p{L}/u.test(text)) return null;
  const numbered = NUMBERED.exec(text);
  const numberDepth = numbered ? numbered[1]!.split('.').length : null;
  const folded = fold(text);
  const label = labelOf(text);
  const topic = readHeadingTopic(text);
  const appendix = topic.kind === 'none' && topic.appendix;
  const chapterLike =
    chapterWords.find(folded).some((h) => h.start === 0) ||
    keyFigureWords.find(folded).some((h) => h.start === 0) ||
    label === LABEL.pillar ||
    appendix ||
    topic.kind === 'general' ||
    topic.kind === 'results' ||
    (topic.kind === 'pillar' && label !== LABEL.theme);
  // a line that comes back ("Reflectie", "Successen") sits below the chapters and sections it recurs in
  const rank = around.recurring && label === null ? 3 : chapterLike ? 1 : 2;
  const guess = (cue: HeadingCue, r = rank): HeadingGuess => ({ cue, rank: r, numberDepth, label });
  const bigger = p.fontSize !== null && bodyFontSize !== null && p.fontSize >= bodyFontSize * 1.2;
  if (bigger) return guess('size', 1);
  if (p.bold) return guess('bold');
  const words = countWords(text);
  const inList =
    (label !== null &&
      [around.previous, around.next].some((n) => n && !n.inTable && labelOf(n.text.trim()) === label)) ||
    // "1 Inleiding", "2 …", "3 …" one after another: a list of contents, not chapters ("4 …" then "4.1 …" is)
    (numberDepth !== null &&
      (sameDepth(around.next, numberDepth) || (sameDepth(around.previous, numberDepth) && !bodyFollows(around.next))));
  const body = bodyFollows(around.next);
  const opensLine = /^[\p{Lu}\d]/u.test(text);
  // a chapter's name may stand right above its first section's heading
  const next = around.next?.text.trim() ?? '';
  const headingNext =
    around.nextRecurring ||
    (next !== '' &&
      !around.next!.inTable &&
      (labelOf(next) !== null || NUMBERED.test(next) || (isAllCapsText(next) && countWords(next) <= 10)));
  // wording that only headings have: a pillar, theme, aspect, key figures, a general part; not a few loose words
  const named = topic.kind === 'none' ? appendix : topic.rule !== 'kop-woorden';
  const wording =
    words <= 12 && opensLine && named && !inList && !/:$/.test(text) && (body || (rank === 1 && headingNext));
  if (label && words <= 10 && !inList && (body || headingNext || !around.next)) return guess('pillar-or-theme');
  if (numbered && words <= 10 && !inList && !/:$/.test(text)) return guess('numbered');
  if (hasStyles) return wording ? guess('wording') : null;
  if (around.first && words <= 12 && opensLine) return guess('plain-line', 1);
  if ((p.caps || isAllCapsText(text)) && words <= 10) return guess('caps');
  if (wording) return guess('wording');
  if (
    words <= PLAIN_LINE_WORDS &&
    opensLine &&
    /[\p{L}\d?)]$/u.test(text) &&
    (body || (around.nextRecurring && !around.recurring))
  )
    return guess('plain-line', Math.max(2, rank));
  return null;
}

export interface OutlineEntry {
  /** level from a heading style, or null for a guessed heading */
  styled: number | null;
  guess: HeadingGuess | null;
  fontSize: number | null;
}

/**
 * Levels for guessed headings. Inside a document that has styled headings, a guessed heading sits one
 * level below the styled heading above it. Without any styles, the outline is rebuilt from what is
 * left: numbering depth first, then font size (bigger = higher), then wording (chapter-like words such
 * as "Inleiding", "Kengetallen" or a pillar name open a chapter; anything else is a section in it).
 */
export function assignGuessedLevels(entries: OutlineEntry[]): number[] {
  const hasStyles = entries.filter((e) => e.styled !== null).length >= 2;
  const sizes = [...new Set(entries.filter((e) => e.guess?.cue === 'size').map((e) => e.fontSize!))].sort(
    (a, b) => b - a,
  );
  // headings that look alike are siblings: the level a look gets the first time holds for the whole document
  const byLook = new Map<string, number>();
  let lastStyled = 0;
  return entries.map((e, k) => {
    if (e.styled !== null) {
      lastStyled = e.styled;
      return e.styled;
    }
    const g = e.guess!;
    // capitals mark one level of heading; bold and plain lines serve several, told apart by their wording
    const look = `${g.cue}:${g.label ?? ''}:${g.numberDepth ?? ''}:${g.cue === 'size' ? e.fontSize : ''}:${g.cue === 'caps' ? '' : g.rank}`;
    if (hasStyles) {
      // a labelled or numbered line keeps the level its kind got first, so "Pijler 2" is no child of "Pijler 1"
      const fixed = g.label !== null || g.numberDepth !== null ? byLook.get(look) : undefined;
      const level = fixed ?? Math.min(6, lastStyled + 1);
      if (g.label !== null || g.numberDepth !== null) byLook.set(look, level);
      return level;
    }
    if (g.numberDepth !== null) return Math.min(6, g.numberDepth + 1);
    if (g.cue === 'size') return Math.min(6, 1 + sizes.indexOf(e.fontSize!));
    // the very first line of a document without styles is its title
    if (k === 0 && g.rank === 1 && g.cue !== 'pillar-or-theme') return 1;
    const known = byLook.get(look);
    if (known !== undefined) return known;
    const level = Math.min(
      6,
      sizes.length + 1 + (g.label === LABEL.theme || g.cue === 'plain-line' ? Math.max(2, g.rank) : g.rank),
    );
    byLook.set(look, level);
    return level;
  });
}
