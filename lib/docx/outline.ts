// A document's outline from its paragraphs' looks: which paragraphs are headings (by style, or only by their looks
// and wording) and at which level. The import reads mammoth's model into looks (convert.ts), a Word template its own
// XML (lib/template/looks.ts); both decide here, the same way.
import {
  assignGuessedLevels,
  bodyFollows,
  guessHeading,
  type HeadingGuess,
  type OutlineEntry,
  type ParagraphLook,
} from './headings';

export interface OutlineParagraph {
  look: ParagraphLook;
  /** the level its heading style gives (null: none, or in a table) */
  styled: number | null;
}

export interface OutlineHeading {
  level: number;
  /** how it was recognised when no heading style says so */
  guess: HeadingGuess | null;
}

/** The font size most body text is set in, weighted by text length. */
function bodyFontSize(looks: ParagraphLook[]): number | null {
  const weight = new Map<number, number>();
  for (const l of looks) if (l.fontSize !== null) weight.set(l.fontSize, (weight.get(l.fontSize) ?? 0) + l.text.length);
  let best: number | null = null;
  for (const [size, w] of weight) if (best === null || w > weight.get(best)!) best = size;
  return best;
}

/** Per paragraph (in document order, tables' included), its heading level, or null for any other paragraph. */
export function readOutline(paragraphs: OutlineParagraph[]): (OutlineHeading | null)[] {
  const body = bodyFontSize(paragraphs.map((p) => p.look));
  // a styled title alone does not make an outline: the rest is read as in a document without styles
  const hasStyled = paragraphs.filter((p) => p.styled !== null && p.look.text).length >= 2;
  // a heading that comes back ("Reflectie", "Huidige situatie") is a part of the report's template, low in the outline
  // (counted where body text follows it: a contents line repeats a chapter's heading without being one)
  const texts = paragraphs.map((p, at) => ({ ...p, at })).filter((p) => p.look.text);
  const seen = new Map<string, number>();
  texts.forEach((p, k) => {
    const key = p.look.text.toLowerCase();
    if (!p.look.inTable && !p.look.isListItem && bodyFollows(texts[k + 1]?.look ?? null))
      seen.set(key, (seen.get(key) ?? 0) + 1);
  });
  const outline: (OutlineEntry & { at: number })[] = [];
  texts.forEach((p, k) => {
    if (p.styled !== null) outline.push({ at: p.at, styled: p.styled, guess: null, fontSize: p.look.fontSize });
    else {
      // a lone number ("2", a pillar's badge) between a line and what follows says nothing about either
      const next = texts.slice(k + 1, k + 3).find((n) => /\p{L}/u.test(n.look.text));
      const recurs = (x: typeof p | undefined) => x !== undefined && (seen.get(x.look.text.toLowerCase()) ?? 0) > 1;
      const around = {
        previous: texts[k - 1]?.look ?? null,
        next: next?.look ?? null,
        first: k === 0,
        recurring: recurs(p),
        nextRecurring: recurs(next),
      };
      const guess = guessHeading(p.look, around, body, hasStyled);
      if (guess) outline.push({ at: p.at, styled: null, guess, fontSize: p.look.fontSize });
    }
  });
  const levels = assignGuessedLevels(outline);
  const out: (OutlineHeading | null)[] = paragraphs.map(() => null);
  outline.forEach((e, k) => {
    out[e.at] = { level: levels[k]!, guess: e.guess };
  });
  return out;
}
