// Text a user reads, in both languages the tool speaks. The string policy:
// - lib/ says everything meant for a user as a Localised (a result's error, a message, a flag's reason) and
//   lets the caller pick the language: the core never knows which one is shown.
// - Words and sentences the UI, the CLI and an export all say (checklist status words, a draft's focus line)
//   live once in lib/, as one table per language next to what they name (lib/checklist/status-words.ts,
//   lib/carry/draft-words.ts, lib/aspects/state-words.ts); the tables below point at them instead of copying.
// - The UI's own words are in components/i18n.ts, one table per language; the CLI's in the `T` table of the
//   command that prints them (cli/format.ts, cli/carry.ts, …) and its help in cli/common.ts; the DJI overview's in
//   lib/overview/dji-text.ts (Dutch only: DJI reads Dutch) and the carried draft's in lib/carry/export-docx.ts.
import { z } from 'zod';

export const Lang = z.enum(['nl', 'en']);
export type Lang = z.infer<typeof Lang>;

/** The zod schema, for stored shapes that hold text (a message, a flag). */
export const Localised = z.object({
  /** Dutch, the default */
  nl: z.string(),
  en: z.string(),
});
export type Localised = z.infer<typeof Localised>;

export const pick = (text: Localised, lang: Lang): string => text[lang];
