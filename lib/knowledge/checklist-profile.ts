// The checklist profile as data, validated once at load.
import { z } from 'zod';
import { fold } from '../text/normalize';
import raw from './checklist.json';
import { aspectKnowledge } from './aspects';
import { compiles } from './compiles';
import { hasFrameworkItemForm, PillarNumber, pillarIds, pillarItemId, themeIds, themeItemId } from './shape';

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

/** Text patterns run on folded text: upper case or diacritics outside an escape (\D, \P{L}) would never match. */
const isFolded = (pattern: string) => {
  const bare = pattern.replace(/\\[pP]\{[^}]*\}|\\./g, '');
  return fold(bare) === bare;
};
const TextPattern = z
  .string()
  .min(1)
  .refine(
    (p) => compiles(patternSource(p, 2025)) && compiles(patternSource(p, null)),
    'geen geldige reguliere expressie (ook met {year} en {next} ingevuld)',
  )
  .refine(isFolded, 'patronen lopen over gevouwen tekst: geen hoofdletters of diakrieten');
const Heading = z
  .string()
  .min(1)
  .refine((h) => !/[{}]/.test(h.replace(YEAR_SLOT, '')), 'een kop kent alleen {year} en {next}')
  .refine((h) => fold(h) === h, 'koppen worden gevouwen geschreven: kleine letters, geen diakrieten');

/** a pillar's item is found through the mapping; its id is the one the overview, forms and guidance look for */
const PillarItem = z
  .strictObject({
    id: z.string().min(1),
    kind: z.literal('pillar'),
    pillar: PillarNumber,
    level: Level,
    label: z.string().min(1),
  })
  .refine((item) => item.id === pillarItemId(item.pillar), {
    message: 'het id van een pijler is “pillar-” en zijn nummer',
    path: ['id'],
  });
const SectionItem = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/, 'een id is kleine letters, cijfers en streepjes')
      .refine((id) => !hasFrameworkItemForm(id), 'ids als “theme-N” en “pillar-N” zijn van de thema’s en pijlers zelf'),
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
    figures: z.string().min(1).refine(compiles, 'geen geldige reguliere expressie').optional(),
  })
  .refine((item) => item.headings.length + item.patterns.length > 0, {
    message: 'zonder koppen en patronen wordt het nooit gevonden',
    path: ['headings'],
  })
  .refine((item) => (item.substance === 'figures') === (item.figures !== undefined), {
    message: "'figures' hoort bij substance 'figures', en alleen daarbij",
    path: ['figures'],
  })
  .refine((item) => !item.patternsInHeadings || item.patterns.length > 0, {
    message: "'patternsInHeadings' zonder patronen",
    path: ['patternsInHeadings'],
  });

export const ChecklistProfile = z
  .strictObject({
    $comment: z.string().optional(),
    thinWords: z.number().int().min(1),
    items: z.array(z.discriminatedUnion('kind', [PillarItem, SectionItem])),
    /** every theme's item: {n} its number, {name} its name */
    themeItem: z.strictObject({
      level: Level,
      label: z.string().includes('{n}', { message: 'het label van een thema noemt zijn nummer: {n}' }),
    }),
    overviewThemes: z.number().int().min(2).max(themeIds.length),
  })
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.items.forEach((item, k) => {
      if (seen.has(item.id))
        ctx.addIssue({ code: 'custom', message: `id “${item.id}” staat er twee keer in`, path: ['items', k, 'id'] });
      seen.add(item.id);
    });
    for (const pillar of pillarIds)
      if (!seen.has(pillarItemId(pillar)))
        ctx.addIssue({
          code: 'custom',
          message: `pijler ${pillar} heeft geen item (“${pillarItemId(pillar)}”)`,
          path: ['items'],
        });
  });
export type ChecklistProfile = z.infer<typeof ChecklistProfile>;
export type SectionItem = z.infer<typeof SectionItem>;

export const defaultProfile: ChecklistProfile = ChecklistProfile.parse(raw);

/** Every item a checklist of the profile has: its own, then one per theme (lib/checklist/evaluate.ts). */
export const itemIdsOf = (profile: ChecklistProfile): string[] => [
  ...profile.items.map((i) => i.id),
  ...themeIds.map(themeItemId),
];
export const checklistItemIds = itemIdsOf(defaultProfile);
