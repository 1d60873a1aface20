// Many reports make headings with bold text, a bigger font, capitals or numbering instead of heading
// styles. This decides, per paragraph, whether it only looks like a heading and at which level.
import { fold, countWords } from '../text/normalize';
import { framework } from '../knowledge/framework';
import { compilePhrases } from '../knowledge/phrases';

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

export type HeadingCue = 'bold' | 'size' | 'caps' | 'numbered' | 'pillar-or-theme';

export interface HeadingGuess {
  cue: HeadingCue;
  /** 1 = chapter-like wording (or a bigger font), 2 = section, 3 = subsection; turned into levels by assignGuessedLevels */
  rank: number;
  /** depth from a numbering prefix like "4.4.1", if any */
  numberDepth: number | null;
}

const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+(?=\p{Lu})/u;
const PILLAR_OR_THEME_LINE = /^(?:pijler|thema)\s*\d{1,2}\b/i;
/** table-of-contents lines end in a page number, often after dot leaders or a tab */
const TOC_LINE = /(?:\.{3,}|\t|\s)\d{1,3}$/;

const chapterWords = compilePhrases<true>(
  [
    ...framework.headings.framing,
    ...framework.headings.general,
    ...framework.headings.results,
    ...framework.pillars.flatMap((p) => p.aliases),
    'pijler',
  ].map((w) => [w, true] as [string, true]),
);

function looksLikeSentence(text: string): boolean {
  return /[.;,]$/.test(text) || countWords(text) > 16 || text.length > 140;
}

/** Upper-case text with enough letters to be more than an abbreviation ("WMO", "SZT"). */
function isAllCapsText(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 6 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() && /\s/.test(text.trim());
}

/**
 * `formattingOnly`: in a document that uses heading styles, a line is a heading only by its looks
 * (bold, bigger); wording alone ("Pijler 1: …" in a list of pillars) does not make one there.
 */
export function guessHeading(p: ParagraphLook, bodyFontSize: number | null, formattingOnly: boolean): HeadingGuess | null {
  const text = p.text.trim();
  if (!text || p.inTable || p.isListItem || looksLikeSentence(text) || TOC_LINE.test(text)) return null;
  if (!/\p{L}/u.test(text)) return null;
  const numbered = NUMBERED.exec(text);
  const numberDepth = numbered ? numbered[1]!.split('.').length : null;
  const chapterLike = chapterWords.find(fold(text)).some((h) => h.start === 0) || PILLAR_OR_THEME_LINE.test(text);
  const rank = chapterLike ? 1 : 2;
  const bigger = p.fontSize !== null && bodyFontSize !== null && p.fontSize >= bodyFontSize * 1.2;
  if (bigger) return { cue: 'size', rank: 1, numberDepth };
  if (p.bold) return { cue: 'bold', rank, numberDepth };
  if (formattingOnly) return null;
  if (p.caps || isAllCapsText(text)) return countWords(text) <= 10 ? { cue: 'caps', rank, numberDepth } : null;
  if (numbered && countWords(text) <= 10) return { cue: 'numbered', rank, numberDepth };
  if (PILLAR_OR_THEME_LINE.test(text) && countWords(text) <= 10) return { cue: 'pillar-or-theme', rank, numberDepth };
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
  const hasStyles = entries.some((e) => e.styled !== null);
  const sizes = [...new Set(entries.filter((e) => e.guess?.cue === 'size').map((e) => e.fontSize!))].sort((a, b) => b - a);
  let lastStyled = 0;
  return entries.map((e, k) => {
    if (e.styled !== null) {
      lastStyled = e.styled;
      return e.styled;
    }
    const g = e.guess!;
    if (hasStyles) return Math.min(6, lastStyled + 1);
    if (g.numberDepth !== null) return Math.min(6, g.numberDepth + 1);
    if (g.cue === 'size') return Math.min(6, 1 + sizes.indexOf(e.fontSize!));
    // the very first line of a document without styles is its title
    if (k === 0) return 1;
    return Math.min(6, sizes.length + 1 + g.rank);
  });
}
