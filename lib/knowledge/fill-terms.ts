// How forms ask for KKFZ content (see fill.json), validated once at load.
import { z } from 'zod';
import raw from './fill.json';

const Phrases = z.array(z.string().min(1)).min(1);
const Pattern = z.string().refine((p) => {
  try {
    new RegExp(p, 'u');
    return true;
  } catch {
    return false;
  }
}, 'geen geldige reguliere expressie');

export const FillTerms = z.object({
  items: z.record(z.string(), Phrases),
  acts: z.record(z.string(), z.array(Pattern).min(1)),
  pairs: z.array(z.object({ item: z.string(), subjects: Phrases, measure: z.string() })),
  measures: z.record(z.string(), Phrases),
  personal: Phrases,
  personalAlone: Phrases,
  secret: Phrases,
  generic: Phrases,
  asides: Phrases,
  kinds: z.object({ percentage: Phrases, amount: Phrases, number: Phrases, date: Phrases }),
  goals: Phrases,
  meta: Phrases,
}).refine((t) => t.pairs.every((p) => p.measure in t.measures), 'elk paar noemt een bekende maat');
export type FillTerms = z.infer<typeof FillTerms>;

export const fillTerms: FillTerms = FillTerms.parse(raw);
