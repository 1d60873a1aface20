// The KKFZ knowledge file, validated once at load: a typo in the data fails loudly instead of silently
// weakening the mapping. The ids are checked as the code reads them (pillars and themes numbered 1, 2, 3, … in
// order, every theme under a pillar that exists), so a theme added to the data needs no change in the code.
import { z } from 'zod';
import raw from './kkfz.json';
import { compiles } from './compiles';

const Term = z.tuple([z.string().min(2), z.union([z.literal(1), z.literal(2), z.literal(3)])]);
const Comment = z.string().optional();
/** a regular expression on folded text; {client} stands for the words reports use for their clients */
const Survey = z
  .string()
  .refine((p) => compiles(p.replaceAll('{client}', '(?:client)')), 'geen geldige reguliere expressie');

const Pillar = z.strictObject({
  id: z.number().int(),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  /** the chapter of the framework's text with this pillar's articles ("3.1.3" is pillar 1's) */
  articleChapter: z.number().int(),
  terms: z.array(Term),
});
const Theme = z.strictObject({
  id: z.number().int(),
  pillar: z.number().int(),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  terms: z.array(Term),
  /** what finds a survey of this theme ("bewonerstevredenheid", "tevredenheid van de medewerkers") */
  surveys: z.array(Survey).optional(),
});

export const Framework = z
  .strictObject({
    $comment: Comment,
    pillars: z.array(Pillar).min(1),
    themes: z.array(Theme).min(1),
    headings: z.strictObject({
      $comment: Comment,
      framing: z.array(z.string()),
      general: z.array(z.string()),
      mission: z.array(z.string()),
    }),
    overview: z.strictObject({ $comment: Comment, minThemes: z.number().int(), minPillars: z.number().int() }),
  })
  .superRefine((f, ctx) => {
    // "Pijler 2" and "Thema 12" are read by their number: the numbers are the places in the list
    const inOrder = (list: { id: number }[], what: string, path: 'pillars' | 'themes') =>
      list.forEach((x, k) => {
        if (x.id !== k + 1)
          ctx.addIssue({
            code: 'custom',
            message: `${what} ${x.id} staat op plaats ${k + 1}: nummer ze 1, 2, 3, … in volgorde`,
            path: [path, k, 'id'],
          });
      });
    inOrder(f.pillars, 'pijler', 'pillars');
    inOrder(f.themes, 'thema', 'themes');
    const pillars = new Set(f.pillars.map((p) => p.id));
    f.themes.forEach((t, k) => {
      if (!pillars.has(t.pillar))
        ctx.addIssue({
          code: 'custom',
          message: `thema ${t.id} hoort bij pijler ${t.pillar}, die er niet is`,
          path: ['themes', k, 'pillar'],
        });
    });
    // articles are cited by chapter ("3.1.3 b" is pillar 1's): chapter = pillar + 2, as the framework numbers them
    f.pillars.forEach((p, k) => {
      if (p.articleChapter !== p.id + 2)
        ctx.addIssue({
          code: 'custom',
          message: `pijler ${p.id}: hoofdstuk ${p.articleChapter} is niet pijler + 2`,
          path: ['pillars', k, 'articleChapter'],
        });
    });
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
