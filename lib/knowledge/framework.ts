// The KKFZ knowledge file, validated once at load: a typo in the data fails loudly instead of silently
// weakening the mapping.
import { z } from 'zod';
import raw from './kkfz.json';

const Term = z.tuple([z.string().min(2), z.union([z.literal(1), z.literal(2), z.literal(3)])]);

export const Framework = z.object({
  pillars: z
    .array(
      z.object({
        id: z.number().int().min(1).max(5),
        name: z.string(),
        aliases: z.array(z.string()),
        articleChapter: z.number().int(),
        terms: z.array(Term),
      }),
    )
    .length(5),
  themes: z
    .array(
      z.object({
        id: z.number().int().min(1).max(14),
        pillar: z.number().int().min(1).max(5),
        name: z.string(),
        aliases: z.array(z.string()),
        terms: z.array(Term),
      }),
    )
    .length(14),
  headings: z.object({ framing: z.array(z.string()), general: z.array(z.string()), mission: z.array(z.string()) }),
  overview: z.object({ minThemes: z.number().int(), minPillars: z.number().int() }),
});
export type Framework = z.infer<typeof Framework>;

export const framework: Framework = Framework.parse(raw);

export function themePillar(theme: number): number {
  return framework.themes.find((t) => t.id === theme)?.pillar ?? 0;
}

export function pillarName(pillar: number): string {
  return pillar === 0 ? 'Algemeen' : (framework.pillars.find((p) => p.id === pillar)?.name ?? `Pijler ${pillar}`);
}

export function themeName(theme: number): string {
  return framework.themes.find((t) => t.id === theme)?.name ?? `Thema ${theme}`;
}
