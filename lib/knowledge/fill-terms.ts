// How forms ask for KKFZ content (see fill.json), validated once at load.
import { z } from 'zod';
import raw from './fill.json';
import { checklistItemIds } from './checklist-profile';
import { compiles } from './compiles';

const Phrases = z.array(z.string().min(1)).min(1);
const Pattern = z.string().refine(compiles, 'geen geldige reguliere expressie');

/** what a form asks for is a checklist item: one the checklist lacks would be proposed for a field and break the
 * matching of the whole form (lib/fill/form-context.ts) */
const ItemId = z.string().refine((id) => checklistItemIds.includes(id), 'geen item van de checklist');

export const FillTerms = z
  .object({
    items: z.record(ItemId, Phrases),
    acts: z.record(ItemId, z.array(Pattern).min(1)),
    pairs: z.array(z.object({ item: ItemId, subjects: Phrases, measure: z.string() })),
    measures: z.record(z.string(), Phrases),
    personal: Phrases,
    personalAlone: Phrases,
    secret: Phrases,
    generic: Phrases,
    asides: Phrases,
    kinds: z.object({ percentage: Phrases, amount: Phrases, number: Phrases, date: Phrases }),
    goals: Phrases,
    meta: Phrases,
  })
  .refine((t) => t.pairs.every((p) => p.measure in t.measures), 'elk paar noemt een bekende maat');
export type FillTerms = z.infer<typeof FillTerms>;

export const fillTerms: FillTerms = FillTerms.parse(raw);
