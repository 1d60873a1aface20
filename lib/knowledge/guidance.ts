// Writing guidance per checklist item as data (guidance.json), validated once at load: the questions to ask
// the author, the evidence a reader expects and the quality aspects the item covers. An aspect id that does
// not exist fails loudly.
import { z } from 'zod';
import raw from './guidance.json';
import { aspects } from './aspects';
import type { ChecklistVerdict } from '../schema';

export const ItemGuidance = z.object({
  questions: z.array(z.string().min(10)).min(1),
  evidence: z.array(z.string().min(3)),
  aspects: z.array(z.string()),
});
export type ItemGuidance = z.infer<typeof ItemGuidance>;

const aspectIds = new Set(aspects.map((a) => a.id));

export const Guidance = z
  .object({ items: z.record(z.string(), ItemGuidance) })
  .superRefine((g, ctx) => {
    for (const [id, item] of Object.entries(g.items))
      for (const a of item.aspects) if (!aspectIds.has(a)) ctx.addIssue({ code: 'custom', message: `guidance ${id}: unknown aspect ${a}` });
  });

export const guidance = Guidance.parse(raw).items;

/** The questions for an item in the state it is in: all of them when missing or thin, none when present. */
export function questionsFor(id: string, status: ChecklistVerdict['status']): string[] {
  return status === 'present' ? [] : (guidance[id]?.questions ?? []);
}
