// The three implementation states of a quality aspect in words: for the UI, messages and the documents lib writes.
import type { AspectState } from '../schema';
import type { Lang } from '../text/localised';

export const STATE_WORDS: Record<Lang, Record<AspectState, string>> = {
  nl: { gereed: 'gereed', 'in-werking': 'in werking', 'niet-gestart': 'niet gestart' },
  en: { gereed: 'done', 'in-werking': 'in operation', 'niet-gestart': 'not started' },
};
