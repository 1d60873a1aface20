// How forms ask for KKFZ content (see fill.json), validated once at load.
import { z } from 'zod';
import raw from './fill.json';

const Phrases = z.array(z.string().min(2)).min(1);

export const FillTerms = z.object({
  items: z.record(z.string(), Phrases),
  personal: Phrases,
  generic: Phrases,
});
export type FillTerms = z.infer<typeof FillTerms>;

export const fillTerms: FillTerms = FillTerms.parse(raw);
