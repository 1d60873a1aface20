// Writing guidance per checklist item as data (guidance.json), validated once at load: the questions to ask
// the author, the evidence a reader expects and the quality aspects the item covers; and the framework's
// measurable norms per aspect. An aspect or item id that does not exist, or an item without guidance, fails loudly.
import { z } from 'zod';
import raw from './guidance.json';
import { aspects } from './aspects';
import { checklistItemIds } from './checklist-profile';
import type { ChecklistVerdict } from '../schema';

export const ItemGuidance = z.object({
  questions: z.array(z.string().min(10)).min(1),
  evidence: z.array(z.string().min(3)),
  aspects: z.array(z.string()),
});
export type ItemGuidance = z.infer<typeof ItemGuidance>;

/** A measurable norm of the framework, stated under the aspect (article) whose sub-item it is. */
export const Norm = z.object({
  aspect: z.string(),
  /** the sub-item's letter: "b" of 3.1.3 b */
  clause: z.string().regex(/^[a-h]$/),
  text: z.string().min(10),
});
export type Norm = z.infer<typeof Norm>;

const aspectIds = new Set(aspects.map((a) => a.id));

export const Guidance = z
  .object({ items: z.record(z.string(), ItemGuidance), norms: z.array(Norm).default([]) })
  .superRefine((g, ctx) => {
    // a missing or thin item always comes with questions (cli --json `guidance`, the Schrijfhulp)
    for (const id of checklistItemIds)
      if (!Object.hasOwn(g.items, id)) ctx.addIssue({ code: 'custom', message: `checklist item ${id}: no guidance` });
    for (const id of Object.keys(g.items))
      if (!checklistItemIds.includes(id))
        ctx.addIssue({ code: 'custom', message: `guidance ${id}: no such checklist item` });
    for (const [id, item] of Object.entries(g.items))
      for (const a of item.aspects)
        if (!aspectIds.has(a)) ctx.addIssue({ code: 'custom', message: `guidance ${id}: unknown aspect ${a}` });
    for (const n of g.norms)
      if (!aspectIds.has(n.aspect))
        ctx.addIssue({ code: 'custom', message: `norm ${n.clause}: unknown aspect ${n.aspect}` });
  });

const parsed = Guidance.parse(raw);
export const guidance = parsed.items;
export const norms = parsed.norms;

/** The questions for an item in the state it is in: all of them when missing or thin, none when present. */
export function questionsFor(id: string, status: ChecklistVerdict['status']): string[] {
  return status === 'present' ? [] : (guidance[id]?.questions ?? []);
}
