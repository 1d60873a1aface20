// The focus themes of each report year (the sector's implementation schedule, focus.json), validated once at
// load: a typo in the data fails loudly instead of silently making the wrong themes required.
import { z } from 'zod';
import { ThemeId, type FocusChoice } from '../schema';
import raw from './focus.json';

export const FocusSchedule = z
  .object({
    $comment: z.string().min(1),
    years: z.record(z.string().regex(/^20\d\d$/), z.array(ThemeId)),
  })
  .superRefine((s, ctx) => {
    const seen = new Map<number, string>();
    for (const [year, themes] of Object.entries(s.years)) {
      for (const t of themes) {
        if (seen.has(t)) ctx.addIssue({ code: 'custom', message: `theme ${t} in ${seen.get(t)} and ${year}` });
        seen.set(t, year);
      }
    }
  });
export type FocusSchedule = z.infer<typeof FocusSchedule>;

export const focusSchedule = FocusSchedule.parse(raw);

/** The year's focus themes, ascending; `[]` for a year without (2022, 2028); null for an unknown year or none. */
export function scheduledFocus(
  year: number | null | undefined,
  schedule: FocusSchedule = focusSchedule,
): number[] | null {
  if (year === null || year === undefined) return null;
  const themes = schedule.years[String(year)];
  return themes ? [...themes].sort((a, b) => a - b) : null;
}

/** The analysis option (lib/analyse.ts) for the focus themes chosen in the settings: null = the year's, [] = none. */
export const focusOption = (choice: FocusChoice): number[] | null => (choice === 'none' ? [] : choice);
