// The checklist profile as data, validated once at load.
import { z } from 'zod';
import raw from './checklist.json';

const Level = z.enum(['required', 'recommended']);

const PillarItem = z.object({ id: z.string(), kind: z.literal('pillar'), pillar: z.number().int().min(1).max(5), level: Level, label: z.string() });
const SectionItem = z.object({
  id: z.string(),
  kind: z.literal('section'),
  level: Level,
  label: z.string(),
  /** words: enough words of its own; figures: a number in its text; mention: any statement; planning: a multi-year table */
  substance: z.enum(['words', 'figures', 'mention', 'planning']),
  headings: z.array(z.string()),
  patterns: z.array(z.string()),
  figures: z.string().optional(),
});

export const ChecklistProfile = z.object({
  thinWords: z.number().int().min(1),
  items: z.array(z.discriminatedUnion('kind', [PillarItem, SectionItem])),
  themeItem: z.object({ level: Level, label: z.string() }),
  overviewThemes: z.number().int().min(2),
});
export type ChecklistProfile = z.infer<typeof ChecklistProfile>;
export type SectionItem = z.infer<typeof SectionItem>;

export const defaultProfile: ChecklistProfile = ChecklistProfile.parse(raw);
