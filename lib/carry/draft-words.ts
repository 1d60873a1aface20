// How next year's draft is said, once for the Jaarovergang view, `kkfz carry` and the .docx intro
// (lib/text/localised.ts): its focus line, its counts, the kinds of block and why a passage is flagged.
import type { BlockKind, CarryState, StaleReason } from '../schema';
import type { Lang } from '../text/localised';

type Counts = Record<CarryState, number>;

interface DraftWords {
  /** "Focusthema’s 2026 (jaarschema DJI): 4 Betrekken cliënt/netwerk, …", without a full stop; `themes` from
   * draftFocus (lib/carry/forward.ts), which this file leaves out so the UI's words load without the framework */
  focus(year: number, themes: string[] | null): string;
  counts(c: Counts): string;
  kinds: Record<BlockKind, string>;
  reasons: Record<StaleReason, string>;
}

export const DRAFT_WORDS: Record<Lang, DraftWords> = {
  nl: {
    focus: (year, themes) =>
      themes === null
        ? `Focusthema’s ${year}: niet bekend in het jaarschema`
        : `Focusthema’s ${year} (jaarschema DJI): ${themes.length ? themes.join(', ') : 'geen'}`,
    counts: (c) => `${c.keep} overnemen · ${c.update} bijwerken · ${c.drop} weglaten`,
    kinds: { heading: 'kop', paragraph: 'alinea', 'list-item': 'opsomming', table: 'tabel' },
    reasons: { 'current-year': 'huidig jaar', goal: 'doel of plan', figures: 'cijfers', 'status-table': 'statustabel' },
  },
  en: {
    focus: (year, themes) =>
      themes === null
        ? `Focus themes ${year}: not known in the schedule`
        : `Focus themes ${year} (DJI schedule): ${themes.length ? themes.join(', ') : 'none'}`,
    counts: (c) => `${c.keep} keep · ${c.update} update · ${c.drop} drop`,
    kinds: { heading: 'heading', paragraph: 'paragraph', 'list-item': 'list item', table: 'table' },
    reasons: {
      'current-year': 'current year',
      goal: 'goal or plan',
      figures: 'figures',
      'status-table': 'status table',
    },
  },
};
