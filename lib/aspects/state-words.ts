// The three implementation states of a quality aspect in words, for messages and documents the lib writes.
import type { AspectState } from '../schema';

export const STATE_WORDS: Record<'nl' | 'en', Record<AspectState, string>> = {
  nl: { gereed: 'gereed', 'in-werking': 'in werking', 'niet-gestart': 'niet gestart' },
  en: { gereed: 'done', 'in-werking': 'in operation', 'niet-gestart': 'not started' },
};
