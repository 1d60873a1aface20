// The KKFZ quality aspects and the vocabulary of key figures and clients, validated once at load: a typo in
// the data fails loudly instead of silently weakening the mapping.
import { z } from 'zod';
import raw from './aspects.json';
import { PillarNumber, ThemeNumber } from './shape';

const Term = z.tuple([z.string().min(2), z.union([z.literal(1), z.literal(2), z.literal(3)])]);

export const Aspect = z.object({
  id: z.string().min(1),
  pillar: PillarNumber,
  /** KKFZ article ("3.1.3"), chapter = pillar + 2; null where the number is not known */
  article: z
    .string()
    .regex(/^[3-7]\.[12]\.\d{1,2}$/)
    .nullable(),
  /** how sure the number is: quoted from the framework in a report, from the order only, or a guess */
  sure: z.enum(['quoted', 'order', 'guess']),
  title: z.string().min(5),
  /** the themes a section about this aspect serves; the first is the one its blocks take */
  themes: z.array(ThemeNumber),
  terms: z.array(Term).min(1),
});
export type Aspect = z.infer<typeof Aspect>;

export const AspectKnowledge = z
  .object({
    aspects: z.array(Aspect).min(20),
    keyFigures: z.object({ headings: z.array(z.string().min(2)).min(1), words: z.array(z.string().min(2)).min(1) }),
    clientWords: z.array(z.string().min(3)).min(1),
  })
  .superRefine((k, ctx) => {
    const ids = new Set<string>();
    for (const a of k.aspects) {
      if (ids.has(a.id)) ctx.addIssue({ code: 'custom', message: `aspect ${a.id} twice` });
      ids.add(a.id);
      if (a.article && Number(a.article[0]) !== a.pillar + 2)
        ctx.addIssue({ code: 'custom', message: `aspect ${a.id}: article chapter is not pillar + 2` });
    }
  });

export const aspectKnowledge = AspectKnowledge.parse(raw);
export const aspects = aspectKnowledge.aspects;
