// The framework's shape, derived from its data (kkfz.json) by one pure function: which pillars and themes exist,
// the checklist item ids that stand for them, the patterns that find "Pijler 2" or "Thema 12" in text and the
// matchers of their names. Nothing else spells these, so a theme added to the data is a theme everywhere: in the
// mapping, the checklist, the forms, the overview and the command line's --focus.
import { z } from 'zod';
import { framework, type Framework } from './framework';
import { compilePhrases } from './phrases';

/** The words that label a pillar or a theme by its number in a report ("Pijler 2", "Thema 12"). */
export const LABEL = { pillar: 'pijler', theme: 'thema' } as const;
/** Web forms sometimes label them in English ("Theme 6"). */
const LABEL_EN = { pillar: 'pillar', theme: 'theme' } as const;
type Kind = keyof typeof LABEL;

/** The checklist item of a theme or a pillar: "theme-6", "pillar-2". */
export const themeItemId = (theme: number) => `theme-${theme}`;
export const pillarItemId = (pillar: number) => `pillar-${pillar}`;
const ITEM_ID = /^(pillar|theme)-(\d+)$/;
/** An id in the form of a pillar's or theme's item: no other item of the profile may take one. */
export const hasFrameworkItemForm = (id: string) => /^(?:pillar|theme)-/.test(id);

/** Numbers as a regular-expression alternation, longest first, so "Thema 12" is never read as theme 1. */
const alternation = (ids: readonly number[]) =>
  [...ids].sort((a, b) => String(b).length - String(a).length || b - a).join('|');

export function shapeOf(f: Pick<Framework, 'pillars' | 'themes'>) {
  const pillarIds = f.pillars.map((p) => p.id);
  const themeIds = f.themes.map((t) => t.id);
  const pillars = new Set(pillarIds);
  const themes = new Set(themeIds);
  const isPillar = (n: number) => pillars.has(n);
  const isTheme = (n: number) => themes.has(n);
  const numberIn = (kind: Kind, id: string) => {
    const m = ITEM_ID.exec(id);
    return m && m[1] === kind ? Number(m[2]) : null;
  };
  /** The theme a checklist item stands for; null for any other item, a theme the framework lacks included. */
  const themeOfItem = (id: string) => {
    const n = numberIn('theme', id);
    return n !== null && isTheme(n) ? n : null;
  };
  const pillarOfItem = (id: string) => {
    const n = numberIn('pillar', id);
    return n !== null && isPillar(n) ? n : null;
  };
  const number = { pillar: alternation(pillarIds), theme: alternation(themeIds) };
  const names = (list: { id: number; name: string; aliases: string[] }[]) =>
    list.flatMap((x) => [x.name, ...x.aliases].map((a) => [a, x.id] as [string, number]));
  return {
    pillarIds,
    themeIds,
    /** every pillar a block can have: 0, the general part, and the framework's */
    blockPillars: [0, ...pillarIds],
    isPillar,
    isTheme,
    themeOfItem,
    pillarOfItem,
    isThemeItem: (id: string) => themeOfItem(id) !== null,
    isPillarItem: (id: string) => pillarOfItem(id) !== null,
    /** "1-14": the themes' numbers, for a message */
    themeRange: `${themeIds[0]}-${themeIds.at(-1)}`,
    /** regex source of an existing pillar's or theme's number, capture-free: "5|4|3|2|1", "14|13|…|1" */
    number,
    /** regex source of any number as long as the longest id: a label's number whether or not it exists */
    anyNumber: `\\d{1,${String(Math.max(...pillarIds, ...themeIds)).length}}`,
    /** regex source of both labels, capture-free: "pijler|thema" */
    labels: `${LABEL.pillar}|${LABEL.theme}`,
    /**
     * Regex source of a label with an existing number, the number captured: "pijler 2", "thema 12" (and "theme 12"
     * with `english`). The caller adds what must stand around it (\b, ^).
     */
    numbered(kind: Kind, { gap = '\\s{0,3}', english = false }: { gap?: string; english?: boolean } = {}): string {
      const word = english ? `(?:${LABEL[kind]}|${LABEL_EN[kind]})` : LABEL[kind];
      return `${word}${gap}(${number[kind]})`;
    },
    /** every name and alias of a pillar or theme, with its id */
    pillarNames: names(f.pillars),
    themeNames: names(f.themes),
    /** the names and aliases as matchers on folded text */
    pillarNameMatcher: compilePhrases(names(f.pillars)),
    themeNameMatcher: compilePhrases(names(f.themes)),
  };
}
export type FrameworkShape = ReturnType<typeof shapeOf>;

export const shape: FrameworkShape = shapeOf(framework);
export const {
  pillarIds,
  themeIds,
  blockPillars,
  isPillar,
  isTheme,
  themeOfItem,
  pillarOfItem,
  isThemeItem,
  isPillarItem,
  numbered,
} = shape;

/** A pillar of the framework, in other knowledge data (aspects, the checklist). */
export const PillarNumber = z
  .number()
  .int()
  .refine(isPillar, `geen pijler van het kader (${pillarIds.join(', ')})`);
/** A theme of the framework, in other knowledge data and in stored analyses. */
export const ThemeNumber = z.number().int().refine(isTheme, `geen thema van het kader (${shape.themeRange})`);
/** A block's pillar: 0 (the general part) or one of the framework's. */
export const BlockPillar = z
  .number()
  .int()
  .refine((n) => n === 0 || isPillar(n), `geen pijler van het kader (0 = algemeen, ${pillarIds.join(', ')})`);
