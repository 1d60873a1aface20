// The messages between the side panel and the fill script in a page, checked on arrival on both sides.
import { z } from 'zod';
import { FieldInfo } from './field';

export const FillRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('kkfz-fill:collect') }),
  z.object({
    type: z.literal('kkfz-fill:fill'),
    entries: z.array(z.object({ key: z.string(), text: z.string(), overwrite: z.boolean() })),
  }),
  z.object({ type: z.literal('kkfz-fill:undo') }),
]);
export type FillRequest = z.infer<typeof FillRequest>;

export const CollectReply = z.object({ url: z.string(), title: z.string(), fields: z.array(FieldInfo) });
export type CollectReply = z.infer<typeof CollectReply>;

export const FillReply = z.object({
  outcomes: z.array(z.object({ key: z.string(), status: z.enum(['filled', 'kept', 'missing', 'failed']) })),
});
export type FillReply = z.infer<typeof FillReply>;

export const UndoReply = z.object({ restored: z.number().int().min(0) });
export type UndoReply = z.infer<typeof UndoReply>;
