// How a checklist status is said, once for the UI, the CLI and the DJI overview (lib/text/localised.ts).
import type { ChecklistStatus } from '../schema';
import type { Lang } from '../text/localised';
import { plural } from '../text/plural';

export const STATUS_WORDS: Record<Lang, Record<ChecklistStatus, string>> = {
  nl: { present: 'aanwezig', thin: 'dun', missing: 'ontbreekt' },
  en: { present: 'present', thin: 'thin', missing: 'missing' },
};

/** The verdict on `n` open required items, without a full stop (the UI shows it as a heading). */
export const REQUIRED_OPEN: Record<Lang, (n: number) => string> = {
  nl: (n) =>
    n
      ? plural('nl', n, {
          one: '# verplicht onderdeel ontbreekt of is dun',
          other: '# verplichte onderdelen ontbreken of zijn dun',
        })
      : 'Alle verplichte onderdelen zijn aanwezig',
  en: (n) =>
    n
      ? plural('en', n, { one: '# required item is missing or thin', other: '# required items are missing or thin' })
      : 'All required items are present',
};
