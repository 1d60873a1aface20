// The checklist profile as data, validated once at load.
import { z } from 'zod';
import { fold } from '../text/normalize';
import raw from './checklist.json';
import { aspectKnowledge } from './aspects';

const Level = z.enum(['required', 'recommended']);

const YEAR_SLOT = /\{(year|next)\}/g;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What {year} and {next} stand for: the reporting year and the one after, or any year when it is unknown. */
function slots(year: number | null): Record<'year' | 'next', string> {
  return year === null ? { year: '20\\d\\d', next: '20\\d\\d' } : { year: String(year), next: String(year + 1) };
}

/** Does a profile string name {year} or {next}? */
export const namesYear = (s: string) => /\{(?:year|next)\}/.test(s);

/** {client}: any word reports use for their clients, in the plural too ("cliënten", "deelnemers", "jongeren") */
const CLIENT = `(?:${aspectKnowledge.clientWords.map((w) => escape(fold(w))).join('|')})\\p{L}{0,3}`;

/** A text pattern of the profile (a regular expression on folded text) with {year}, {next} and {client} filled in. */
export function patternSource(pattern: string, year: number | null): string {
  const s = slots(year);
  return pattern.replace(YEAR_SLOT, (_, k: 'year' | 'next') => s[k]).replace(/\{client\}/g, CLIENT);
}

/** A heading of the profile as a regular expression: its text literal (folded, any run of spaces for a space),
 * {year} and {next} filled in. */
export function headingSource(heading: string, year: number | null): string {
  const s = slots(year);
  return fold(heading)
    .split(/(\{year\}|\{next\})/)
    .map((part) => (part === '{year}' ? s.year : part === '{next}' ? s.next : escape(part).replace(/ +/g, '\\s+')))
    .join('');
}

const compiles = (source: string) => {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
};
/** Text patterns run on folded text: upper case or diacritics outside an escape (\D, \P{L}) would never match. */
const isFolded = (pattern: string) => {
  const bare = pattern.replace(/\\[pP]\{[^}]*\}|\\./g, '');
  return fold(bare) === bare;
};
const TextPattern = z
  .string()
  .min(1)
  .refine((p) => compiles(patternSource(p, 2025)) && compiles(patternSource(p, null)), 'geen geldige reguliere expressie (ook met {year} en {next} ingevuld)')
  .refine(isFolded, 'patronen lopen over gevouwen tekst: geen hoofdletters of diakrieten');
const Heading = z
  .string()
  .min(1)
  .refine((h) => !/[{}]/.test(h.replace(YEAR_SLOT, '')), 'een kop kent alleen {year} en {next}')
  .refine((h) => fold(h) === h, 'koppen worden gevouwen geschreven: kleine letters, geen diakrieten');

const PillarItem = z.strictObject({ id: z.string().min(1), kind: z.literal('pillar'), pillar: z.number().int().min(1).max(5), level: Level, label: z.string().min(1) });
const SectionItem = z.strictObject({
  id: z.string().min(1),
  kind: z.literal('section'),
  level: Level,
  label: z.string().min(1),
  /** words: enough words of its own; figures: a number in its text; mention: any statement; planning: a multi-year table */
  substance: z.enum(['words', 'figures', 'mention', 'planning']),
  /** literal heading text (folded); a matching heading brings its whole section */
  headings: z.array(Heading),
  /** regular expressions on the folded text of a paragraph, list item or table */
  patterns: z.array(TextPattern),
  /** patterns find headings as well: such a heading states the item itself ("Doel voor 2026: Eenduidig werken"),
   * brings its section, and the words after its colon count as its own */
  patternsInHeadings: z.boolean().optional(),
  /** a heading or block matching one of these is not found by the item's headings or patterns (blocks inside a
   * found section stay); an exclusion naming {year} or {next} applies only when the reporting year is known */
  exclude: z.array(TextPattern).optional(),
  /** on the block's own text (not folded), for substance 'figures' */
  figures: z
    .string()
    .min(1)
    .refine(compiles, 'geen geldige reguliere expressie')
    .optional(),
}).refine((item) => item.substance !== 'figures' || item.figures !== undefined, { message: "substance 'figures' vraagt om 'figures'", path: ['figures'] });

export const ChecklistProfile = z
  .strictObject({
    $comment: z.string().optional(),
    thinWords: z.number().int().min(1),
    items: z.array(z.discriminatedUnion('kind', [PillarItem, SectionItem])),
    themeItem: z.strictObject({ level: Level, label: z.string().min(1) }),
    overviewThemes: z.number().int().min(2),
  })
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.items.forEach((item, k) => {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', message: `id “${item.id}” staat er twee keer in`, path: ['items', k, 'id'] });
      seen.add(item.id);
    });
  });
export type ChecklistProfile = z.infer<typeof ChecklistProfile>;
export type SectionItem = z.infer<typeof SectionItem>;

export const defaultProfile: ChecklistProfile = ChecklistProfile.parse(raw);
